// npm run bench:camt [-- --size small|ten-years] — issue #18: a camt.054 file of 5 000 entries
// previewed and applied on a register of the given size. Prints figures; asserts nothing.
// The register is seeded as in run.ts; then 5 000 open invoices with real references are added
// (clones of one issued invoice, as the sales seeding makes them), and the bank's file pays them:
// most by reference, some by RF, some by amount only, a few unknown.
import { parseArgs } from 'node:util';
import { createCore } from '../../electron/core';
import { openDatabase } from '../../electron/core/store/database';
import { dataPaths } from '../../electron/core/store/dataFolder';
import { Keyring, usernameLookup } from '../../electron/core/store/keyring';
import { referenceNumber } from '../../shared/finnish/referenceNumber';
import { rfReference } from '../../shared/finnish/rfReference';
import { helsinkiDate } from '../../shared/format/dates';
import type { BankImportPreview, BankImportResult } from '../../shared/api/paymentsImport';
import { MANAGER, client, setUpRegister, tempDir, value } from '../support/register';
import { rng, seedCustomers, seedSales } from './dataset';
import { sizeOf } from './sizes';
import { printTable } from './table';

const ENTRIES = 5_000;
const { values } = parseArgs({ options: { size: { type: 'string', default: 'ten-years' } } });
const { size } = sizeOf(values.size);
const tmp = tempDir('asiakasrekisteri-bench-camt-');
const results: Record<string, unknown> = { size: values.size, entries: ENTRIES };

function camt054(entries: { ref: string; cents: number; reference: string }[], date: string): string {
  const amount = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
  const total = entries.reduce((s, e) => s + e.cents, 0);
  const ntry = entries
    .map(
      (e, i) => `<Ntry><Amt Ccy="EUR">${amount(e.cents)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>${date}</Dt></BookgDt><ValDt><Dt>${date}</Dt></ValDt><AcctSvcrRef>${e.ref}</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Maksaja ${i}</Nm></Dbtr></RltdPties>${e.reference ? `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>${e.reference}</Ref></CdtrRefInf></Strd></RmtInf>` : ''}</TxDtls></NtryDtls></Ntry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>BENCH</MsgId><CreDtTm>${date}T18:00:00</CreDtTm></GrpHdr><Ntfctn><Id>BENCH-1</Id><CreDtTm>${date}T18:00:00</CreDtTm><Acct><Id><IBAN>FI7944052020036082</IBAN></Id></Acct><TxsSummry><TtlCdtNtries><NbOfNtries>${entries.length}</NbOfNtries><Sum>${amount(total)}</Sum></TtlCdtNtries></TxsSummry>
${ntry}
</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>`;
}

let core = createCore({ dataDir: tmp.dir });
try {
  await setUpRegister(core);
  core.close();
  const paths = dataPaths(tmp.dir);
  const key = (await Keyring.load(paths.keyring).unlockUser(usernameLookup(MANAGER.username), MANAGER.password))!.key;
  let db = openDatabase(paths.database, key, { create: false });
  seedCustomers(db, size);
  db.close();

  core = createCore({ dataDir: tmp.dir });
  const seeder = client(core, 'seeder');
  value(await seeder('session.login', { username: MANAGER.username, password: MANAGER.password }));
  value(await seeder('invoicing.settings.update', { iban: 'FI7944052020036082', bic: 'HELSFIHH' }));
  const draft = value(await seeder<{ id: number }>('invoices.createDraft', { customerId: 1, lines: [{ description: 'Kopiopaperi A4', quantity: 5, unitPriceCents: 595, vatCategory: 'general' }] }));
  const template = value(await seeder<{ id: number }>('invoices.issue', { id: draft.id }));
  core.close();

  db = openDatabase(paths.database, key, { create: false });
  const seedStart = performance.now();
  seedSales(db, size, template.id);
  // 5 000 open invoices the file pays, with valid national and RF references, dated today.
  const today = helsinkiDate();
  const r = rng(20261204);
  const cols = (db.prepare(`SELECT name FROM pragma_table_info('invoices')`).all() as { name: string }[]).map((c) => c.name).filter((c) => c !== 'id');
  const override = ['number', 'customer_id', 'invoice_date', 'due_date', 'effective_due_date', 'reference', 'rf_reference', 'paid_cents', 'open_cents', 'gross_cents'];
  const keep = cols.filter((c) => !override.includes(c));
  const clone = db.prepare(
    `INSERT INTO invoices (${[...keep, ...override].join(', ')}) SELECT ${keep.join(', ')}, @number, @customer, @date, @date, @date, @reference, @rf, 0, @gross, @gross FROM invoices WHERE id = @template`,
  );
  const entries: { ref: string; cents: number; reference: string }[] = [];
  db.transaction(() => {
    const start = (db.prepare('SELECT max(number) AS n FROM invoices').get() as { n: number }).n + 1;
    for (let i = 0; i < ENTRIES; i++) {
      const number = start + i;
      const reference = referenceNumber(String(number));
      // Unique amounts so the by-amount matches are unambiguous.
      const gross = 10_000 + i * 7 + r.int(5);
      clone.run({ number, customer: 1 + r.int(size.customers), date: today, reference, rf: rfReference(reference), gross, template: template.id });
      const kind = i % 50;
      const given = kind === 0 ? '' : kind === 1 ? '99999999999999999997' : kind < 10 ? rfReference(reference) : reference;
      const cents = kind === 2 ? gross - 500 : kind === 3 ? gross + 500 : gross;
      entries.push({ ref: `BENCH${String(i).padStart(8, '0')}`, cents, reference: given });
    }
  })();
  results.seedSeconds = +((performance.now() - seedStart) / 1000).toFixed(1);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();

  const xml = Buffer.from(camt054(entries, today));
  results.fileMiB = +(xml.length / 1024 / 1024).toFixed(2);
  core = createCore({ dataDir: tmp.dir });
  const c = client(core);
  value(await c('session.login', { username: MANAGER.username, password: MANAGER.password }));
  const fileBase64 = xml.toString('base64');
  let t = performance.now();
  const preview = value(await c<BankImportPreview>('payments.importPreview', { fileBase64 }));
  const previewMs = performance.now() - t;
  results['payments.importPreview ms'] = +previewMs.toFixed(0);
  results.counts = preview.counts;
  // The same bytes again: the parse is reused, so this is the matching against the register alone.
  t = performance.now();
  value(await c<BankImportPreview>('payments.importPreview', { fileBase64 }));
  results['payments.importPreview again (parse reused: matching only) ms'] = +(performance.now() - t).toFixed(0);
  const rows = preview.rows.filter((x) => x.invoice && x.status !== 'alreadyApplied').map((x) => ({ key: x.key, invoiceId: x.invoice!.id }));
  t = performance.now();
  const applied = value(await c<BankImportResult>('payments.importApply', { fileBase64, sha256: preview.sha256, rows }));
  const applyMs = performance.now() - t;
  results['payments.importApply ms'] = +applyMs.toFixed(0);
  results.applied = applied.applied;
  results['preview + apply s (target < 5 s)'] = +((previewMs + applyMs) / 1000).toFixed(2);
  t = performance.now();
  const again = value(await c<BankImportResult>('payments.importApply', { fileBase64, sha256: preview.sha256, rows }));
  results['the same file again: apply ms'] = +(performance.now() - t).toFixed(0);
  results['the same file again: applied / already'] = `${again.applied} / ${again.alreadyApplied}`;
} finally {
  core.close();
  tmp.remove();
}
printTable(results);
