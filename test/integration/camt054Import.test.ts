// Issue #18 §1: the bank's camt.054 file of incoming reference payments, previewed and applied on
// a real encrypted register. Invoices 5001–5008 are issued so that the fixtures' references
// (test/fixtures/camt054/README.md) point at them.
import { readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRow } from '../../shared/api/audit';
import type { Invoice } from '../../shared/api/invoices';
import type { BankImportPreview, BankImportResult, BankRow } from '../../shared/api/paymentsImport';
import { client, staffClerk, value } from '../support/register';
import { invoicingRegister, issuedInvoice, line, type Call } from '../support/invoicing';
import { decryptedBytes } from '../support/plaintext';

const FIXTURES = join(__dirname, '..', 'fixtures', 'camt054');
const b64 = (name: string) => readFileSync(join(FIXTURES, name)).toString('base64');

describe('bank payments in (camt.054)', () => {
  let r: Awaited<ReturnType<typeof invoicingRegister>>;
  let m: Call;
  const inv: Record<number, Invoice> = {};

  /** What a failed import must leave untouched: every invoice's payments and open sum. */
  async function snapshot() {
    const out: Record<number, { open: number; paid: number; payments: number }> = {};
    for (const i of Object.values(inv)) {
      const x = value(await m<Invoice>('invoices.get', { id: i.id }));
      out[x.number!] = { open: x.openCents, paid: x.paidCents, payments: x.payments.filter((p) => !p.cancelled).length };
    }
    return out;
  }
  const preview = async (name: string) => value(await m<BankImportPreview>('payments.importPreview', { fileBase64: b64(name) }));
  const row = (p: BankImportPreview, entryRef: string, txRef = '') => p.rows.find((x) => x.entryRef === entryRef && x.txRef === txRef)!;
  const suggestedRows = (p: BankImportPreview) =>
    p.rows.filter((x) => ['matched', 'matchedByAmount', 'underpaid', 'overpaid'].includes(x.status)).map((x) => ({ key: x.key, invoiceId: x.invoice!.id }));

  beforeAll(async () => {
    r = await invoicingRegister('2026-03-02T09:00:00Z');
    m = r.m;
    value(await m('invoicing.settings.update', { invoiceNumberStart: 5001 }));
    const nets: [number, number][] = [
      [r.maija.id, 10000], // 5001: 125,50 paid by national reference
      [r.pasi.id, 20000], // 5002: 251,00 paid by RF reference
      [r.maija.id, 30000], // 5003: 376,50 paid 200,00 (partial), the rest in a later file
      [r.pasi.id, 40000], // 5004: 502,00 paid 510,00 (overpayment)
      [r.english.id, 5000], // 5005: 62,75 in a batch
      [r.pasi.id, 6000], // 5006: 75,30 in the same batch, by RF
      [r.maija.id, 7000], // 5007: 87,85 paid without a reference (matched by amount)
      [r.maija.id, 8000], // 5008: 100,40 the unknown reference is allocated to by hand
    ];
    for (const [customerId, net] of nets) {
      const i = await issuedInvoice(m, customerId, { lines: [line({ unitPriceCents: net, quantity: 1, unit: 'kpl' })] });
      inv[i.number!] = i;
    }
    expect(Object.values(inv).map((i) => [i.number, i.grossCents, i.reference])).toEqual([
      [5001, 12550, '50018'],
      [5002, 25100, '50021'],
      [5003, 37650, '50034'],
      [5004, 50200, '50047'],
      [5005, 6275, '50050'],
      [5006, 7530, '50063'],
      [5007, 8785, '50076'],
      [5008, 10040, '50089'],
    ]);
    // The file's booking dates are 6.–9.3.; it is read on 10.3.
    await r.advanceDays(8);
  });
  afterAll(() => r.close());

  it('previews every transaction: matched, partial, overpaid, by amount, unmatched and ignored with a reason; nothing is changed', async () => {
    const before = await snapshot();
    const p = await preview('reference-payments.xml');
    expect(p).toMatchObject({ messageId: 'CAMT054-20260309-0001', account: 'FI7944052020036082' });
    expect(p.sha256).toMatch(/^[0-9a-f]{64}$/);
    // 9 entries; the batch entry gives one row per transaction.
    expect(p.rows).toHaveLength(11);
    const show = (x: BankRow) => ({ status: x.status, reason: x.reason, invoice: x.invoice?.number ?? null, amount: x.amountCents, openAfter: x.openAfterCents });
    expect(show(row(p, '260306ABCD0001'))).toEqual({ status: 'matched', reason: null, invoice: 5001, amount: 12550, openAfter: 0 });
    expect(row(p, '260306ABCD0001')).toMatchObject({ bookingDate: '2026-03-06', reference: '50018', referenceKind: 'national', payerName: 'Maija Meikäläinen' });
    expect(show(row(p, '260306ABCD0002'))).toEqual({ status: 'matched', reason: null, invoice: 5002, amount: 25100, openAfter: 0 });
    expect(row(p, '260306ABCD0002').referenceKind).toBe('rf');
    expect(show(row(p, '260309ABCD0003'))).toEqual({ status: 'underpaid', reason: null, invoice: 5003, amount: 20000, openAfter: 17650 });
    expect(show(row(p, '260309ABCD0004'))).toEqual({ status: 'overpaid', reason: null, invoice: 5004, amount: 51000, openAfter: -800 });
    expect(show(row(p, '260309ABCD0005', '260309ABCD0005-1'))).toEqual({ status: 'matched', reason: null, invoice: 5005, amount: 6275, openAfter: 0 });
    expect(show(row(p, '260309ABCD0005', '260309ABCD0005-2'))).toEqual({ status: 'matched', reason: null, invoice: 5006, amount: 7530, openAfter: 0 });
    expect(show(row(p, '260309ABCD0005', '260309ABCD0005-3'))).toEqual({ status: 'unmatched', reason: 'unknownReference', invoice: null, amount: 3333, openAfter: null });
    expect(show(row(p, '260309ABCD0006'))).toEqual({ status: 'matchedByAmount', reason: 'noReference', invoice: 5007, amount: 8785, openAfter: 0 });
    expect(show(row(p, '260309ABCD0007'))).toMatchObject({ status: 'ignored', reason: 'foreignCurrency', invoice: null });
    expect(show(row(p, '260309ABCD0008'))).toMatchObject({ status: 'ignored', reason: 'debit', invoice: null });
    expect(show(row(p, '260309ABCD0009'))).toEqual({ status: 'unmatched', reason: 'invalidReference', invoice: null, amount: 1234, openAfter: null });
    expect(p.counts).toEqual({ matched: 4, matchedByAmount: 1, underpaid: 1, overpaid: 1, alreadyApplied: 0, unmatched: 2, ignored: 2 });
    expect(p.applicableCents).toBe(12550 + 25100 + 20000 + 51000 + 6275 + 7530 + 8785);
    expect(await snapshot()).toEqual(before);

    // The same file by a path the user chose reads the same.
    const path = join(r.tmp.dir, 'viitteet.xml');
    writeFileSync(path, readFileSync(join(FIXTURES, 'reference-payments.xml')));
    const byPath = value(await m<BankImportPreview>('payments.importPreview', { path }));
    expect(byPath.sha256).toBe(p.sha256);
    expect(byPath.rows.map((x) => x.status)).toEqual(p.rows.map((x) => x.status));
  });

  it('refuses files that are not camt.054, truncated or 50 MB of garbage, with a clear message, and changes nothing', async () => {
    const before = await snapshot();
    const good = readFileSync(join(FIXTURES, 'reference-payments.xml'));
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['truncated', { fileBase64: good.subarray(0, 3000).toString('base64') }, /vaurioitunut tai keskeneräinen/],
      ['camt.053', { fileBase64: Buffer.from(good.toString('utf8').replaceAll('camt.054.001.02', 'camt.053.001.02').replaceAll('BkToCstmrDbtCdtNtfctn', 'BkToCstmrStmt')).toString('base64') }, /ei ole saapuvien viitemaksujen tiedosto/],
      ['CSV', { fileBase64: Buffer.from('Kirjauspäivä;Summa;Viite\n9.3.2026;125,50;50018\n').toString('base64') }, /ei ole pankin XML-muotoinen/],
      ['garbage', { fileBase64: randomBytes(1_000_000).toString('base64') }, /ei ole pankin XML-muotoinen/],
      ['50 MB', { fileBase64: randomBytes(50 * 1024 * 1024).toString('base64') }, /liian suuri/],
      ['directory', { path: r.tmp.dir }, /Tiedostoa ei voi lukea/],
      ['missing', { path: join(r.tmp.dir, 'ei-ole.xml') }, /Tiedostoa ei voi lukea/],
    ];
    const big = join(r.tmp.dir, 'roskaa.xml');
    writeFileSync(big, randomBytes(50 * 1024 * 1024));
    cases.push(['50 MB by path', { path: big }, /liian suuri/]);
    for (const [name, params, message] of cases) {
      for (const method of ['payments.importPreview', 'payments.importApply']) {
        const extra = method === 'payments.importApply' ? { sha256: '0'.repeat(64), rows: [{ key: 'x', invoiceId: inv[5001]!.id }] } : {};
        const res = await m(method, { ...params, ...extra });
        expect(res.ok, `${name} ${method}`).toBe(false);
        expect(!res.ok && res.error.code, `${name} ${method}`).toBe('VALIDATION');
        expect(!res.ok && res.error.message, `${name} ${method}`).toMatch(message);
      }
    }
    // The size is said in the core's own words, before the file is parsed.
    const big50 = await m('payments.importPreview', { fileBase64: randomBytes(50 * 1024 * 1024).toString('base64') });
    expect(!big50.ok && big50.error.message).toBe('Tiedosto on liian suuri pankin viitemaksutiedostoksi (enintään 20 Mt). Mitään ei muutettu.');
    // In English too.
    const en = client(r.core, 'manager', 'en');
    const res = await en('payments.importPreview', { fileBase64: good.subarray(0, 3000).toString('base64') });
    expect(!res.ok && res.error.message).toMatch(/damaged or incomplete.*Nothing was changed/);
    expect(await snapshot()).toEqual(before);
  });

  it('applies the confirmed rows with the booking date as the payment date; unconfirmed rows are left for later', async () => {
    const p = await preview('reference-payments.xml');
    const res = value(await m<BankImportResult>('payments.importApply', { fileBase64: b64('reference-payments.xml'), sha256: p.sha256, rows: suggestedRows(p) }));
    expect(res).toMatchObject({ applied: 7, appliedCents: p.applicableCents, alreadyApplied: 0, notApplied: 4 });
    const after = await snapshot();
    expect(after[5001]).toEqual({ open: 0, paid: 12550, payments: 1 });
    expect(after[5002]).toEqual({ open: 0, paid: 25100, payments: 1 });
    expect(after[5003]).toEqual({ open: 17650, paid: 20000, payments: 1 });
    expect(after[5004]).toEqual({ open: -800, paid: 51000, payments: 1 });
    expect(after[5005]!.open).toBe(0);
    expect(after[5006]!.open).toBe(0);
    expect(after[5007]!.open).toBe(0);
    expect(after[5008]).toEqual({ open: 10040, paid: 0, payments: 0 });
    const i1 = value(await m<Invoice>('invoices.get', { id: inv[5001]!.id }));
    expect(i1.status).toBe('paid');
    expect(i1.payments[0]).toMatchObject({ date: '2026-03-06', amountCents: 12550, method: 'bank_transfer', note: '260306ABCD0001' });
    const i5 = value(await m<Invoice>('invoices.get', { id: inv[5005]!.id }));
    expect(i5.payments[0]).toMatchObject({ date: '2026-03-09', note: '260309ABCD0005 260309ABCD0005-1' });
  });

  it('applying the same file again changes nothing and says so', async () => {
    const before = await snapshot();
    const p = await preview('reference-payments.xml');
    expect(p.counts).toMatchObject({ alreadyApplied: 7, matched: 0, matchedByAmount: 0, underpaid: 0, overpaid: 0, unmatched: 2, ignored: 2 });
    expect(row(p, '260306ABCD0001').invoice?.number).toBe(5001);
    expect(p.applicableCents).toBe(0);
    const keys = p.rows.filter((x) => x.status === 'alreadyApplied').map((x) => ({ key: x.key, invoiceId: x.invoice!.id }));
    const res = value(await m<BankImportResult>('payments.importApply', { fileBase64: b64('reference-payments.xml'), sha256: p.sha256, rows: keys }));
    expect(res).toMatchObject({ applied: 0, appliedCents: 0, alreadyApplied: 7 });
    // Even an entry given to another invoice is not applied twice.
    const again = value(await m<BankImportResult>('payments.importApply', { fileBase64: b64('reference-payments.xml'), sha256: p.sha256, rows: [{ key: row(p, '260306ABCD0001').key, invoiceId: inv[5008]!.id }] }));
    expect(again).toMatchObject({ applied: 0, alreadyApplied: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it('an unmatched row is allocated by hand to an invoice; ignored rows and changed files are refused with nothing changed', async () => {
    const p = await preview('reference-payments.xml');
    const unknown = row(p, '260309ABCD0005', '260309ABCD0005-3');
    const before = await snapshot();
    const debit = await m('payments.importApply', { fileBase64: b64('reference-payments.xml'), sha256: p.sha256, rows: [{ key: unknown.key, invoiceId: inv[5008]!.id }, { key: row(p, '260309ABCD0008').key, invoiceId: inv[5008]!.id }] });
    expect(!debit.ok && debit.error.code).toBe('VALIDATION');
    expect(!debit.ok && debit.error.message).toMatch(/ei voi kirjata/);
    const changed = await m('payments.importApply', { fileBase64: b64('later-payments.xml'), sha256: p.sha256, rows: [{ key: unknown.key, invoiceId: inv[5008]!.id }] });
    expect(!changed.ok && changed.error.code).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);

    // A staff clerk may do it too (reading the bank's file is everyday counter work).
    const staff = await staffClerk(r.core, m);
    const res = value(await staff<BankImportResult>('payments.importApply', { fileBase64: b64('reference-payments.xml'), sha256: p.sha256, rows: [{ key: unknown.key, invoiceId: inv[5008]!.id }] }));
    expect(res).toMatchObject({ applied: 1, appliedCents: 3333 });
    const i8 = value(await m<Invoice>('invoices.get', { id: inv[5008]!.id }));
    expect(i8).toMatchObject({ paidCents: 3333, openCents: 10040 - 3333, status: 'partiallyPaid' });
    expect(i8.payments[0]).toMatchObject({ date: '2026-03-09', amountCents: 3333 });
    const now = await preview('reference-payments.xml');
    expect(row(now, '260309ABCD0005', '260309ABCD0005-3')).toMatchObject({ status: 'alreadyApplied', invoice: { number: 5008 } });
  });

  it('a later file: the entry delivered again is already applied, the rest of the partial payment pays the invoice', async () => {
    await r.advanceDays(3); // 13.3.
    const p = await preview('later-payments.xml');
    expect(row(p, '260306ABCD0001')).toMatchObject({ status: 'alreadyApplied', invoice: { number: 5001 } });
    expect(row(p, '260312ABCD0010')).toMatchObject({ status: 'matched', invoice: { number: 5003, openCents: 17650 }, openAfterCents: 0 });
    const res = value(
      await m<BankImportResult>('payments.importApply', {
        fileBase64: b64('later-payments.xml'),
        sha256: p.sha256,
        rows: p.rows.map((x) => ({ key: x.key, invoiceId: x.invoice!.id })),
      }),
    );
    expect(res).toMatchObject({ applied: 1, alreadyApplied: 1, appliedCents: 17650 });
    const i3 = value(await m<Invoice>('invoices.get', { id: inv[5003]!.id }));
    expect(i3.status).toBe('paid');
    expect(i3.payments.map((x) => x.date)).toEqual(['2026-03-09', '2026-03-12']);
  });

  it('a payment cancelled by the manager frees its bank entry to be allocated again', async () => {
    const i7 = value(await m<Invoice>('invoices.get', { id: inv[5007]!.id }));
    value(await m('invoices.cancelPayment', { paymentId: i7.payments[0]!.id, reason: 'Väärä lasku' }));
    const p = await preview('reference-payments.xml');
    expect(row(p, '260309ABCD0006')).toMatchObject({ status: 'matchedByAmount', invoice: { number: 5007 } });
    value(await m('payments.importApply', { fileBase64: b64('reference-payments.xml'), sha256: p.sha256, rows: [{ key: row(p, '260309ABCD0006').key, invoiceId: inv[5007]!.id }] }));
    expect((await preview('reference-payments.xml')).rows.find((x) => x.entryRef === '260309ABCD0006')!.status).toBe('alreadyApplied');
  });

  it('the import is in the audit log without payer names, and neither the file nor the payers’ names are stored', async () => {
    const audit = value(await m<AuditRow[]>('audit.list', { limit: 500 }));
    const applies = audit.filter((a) => a.action === 'payments.importApply');
    expect(applies.length).toBeGreaterThanOrEqual(3);
    expect(applies.at(-1)!.details).toMatchObject({ applied: 7, invoiceIds: expect.any(Array) });
    expect(audit.filter((a) => a.action === 'invoice.payment' && a.details.source === 'camt054').length).toBeGreaterThanOrEqual(9);
    const text = JSON.stringify(audit);
    for (const name of ['Tuntematon Maksaja', 'Väärä Viite', 'Foreign Payer Ltd', 'Palautus Asiakkaalle']) expect(text).not.toContain(name);
    r.core.close();
    const bytes = await decryptedBytes(r.tmp.dir);
    for (const name of ['Tuntematon Maksaja', 'Väärä Viite', 'Foreign Payer Ltd', 'Palautus Asiakkaalle', 'CAMT054-20260309-0001']) {
      expect(bytes.includes(Buffer.from(name, 'utf8')), name).toBe(false);
    }
    // What was applied is there: the bank's archive references.
    expect(bytes.includes(Buffer.from('260309ABCD0005-3'))).toBe(true);
  });
});

