import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../electron/core';
import type { BackupResult, RestoreResult } from '../../shared/api/backup';
import type { Customer, ImportPreview } from '../../shared/api/customers';
import type { ErasureResult } from '../../shared/api/erasure';
import type { PrivacyRequest } from '../../shared/api/privacy';
import type { RetentionDue } from '../../shared/api/retention';
import { helsinkiDate } from '../../shared/format/dates';
import { MANAGER, loggedIn, registerWithStick, value } from '../support/register';
import { counterRequest, person } from '../support/customers';
import { decryptedBytes } from '../support/plaintext';

describe('erasures that stay erased', () => {
  let reg: Awaited<ReturnType<typeof registerWithStick>>;
  let dir: string;
  let stick: string;
  let core: Core;
  let m: Awaited<ReturnType<typeof loggedIn>>;
  const erase = async (c: Customer, mode: 'full' | 'partial') => {
    const req = value(await m<PrivacyRequest>('privacy.requests.create', counterRequest(c, ['erasure'])));
    return value(await m<ErasureResult>('privacy.erasure.execute', { requestId: req.id, mode }));
  };
  beforeAll(async () => {
    reg = await registerWithStick();
    ({ dir, stick, core, manager: m } = reg);
    value(await m('invoicing.settings.update', { iban: 'FI7944052020036082', bic: 'HELSFIHH' }));
  });
  afterAll(() => reg.close());

  it('a restore of an older backup applies the later erasures again before anyone logs in; certificates still verify; nothing returns', async () => {
    const full = value(await m<Customer>('customers.create', person({ firstName: 'Unohdettava', lastName: 'Täysin', email: 'taysin@example.fi', phone: '040 900 0001' })));
    const part = value(await m<Customer>('customers.create', { ...person({ firstName: 'Osittain', lastName: 'Poistettava', email: 'osittain@example.fi', phone: '040 900 0002', postalCode: '20100' }), confirmNotDuplicate: true }));
    const keep = value(await m<Customer>('customers.create', { ...person({ firstName: 'Pysyvä', lastName: 'Asiakas', email: 'pysyva@example.fi', phone: '040 900 0003', postalCode: '33100' }), confirmNotDuplicate: true }));
    const d = value(await m<{ id: number }>('invoices.createDraft', { customerId: part.id, lines: [{ description: 'Paperi', quantity: 1, unitPriceCents: 500, vatCategory: 'general' }] }));
    const inv = value(await m<{ id: number; grossCents: number }>('invoices.issue', { id: d.id }));
    value(await m('invoices.addPayment', { invoiceId: inv.id, date: helsinkiDate(), amountCents: inv.grossCents }));

    const backup = value(await m<BackupResult>('backup.create', { folder: stick }));
    const e1 = await erase(full, 'full');
    const e2 = await erase(part, 'partial');
    // The newest backup taken afterwards holds none of the erased values either.
    const after = value(await m<BackupResult>('backup.create', { folder: stick }));
    const afterBytes = readFileSync(join(stick, after.file));
    for (const needle of ['taysin@example.fi', 'Unohdettava']) expect(afterBytes.includes(Buffer.from(needle)), needle).toBe(false);

    const restored = value(await m<RestoreResult>('backup.restore', { file: join(stick, backup.file), username: MANAGER.username, password: MANAGER.password }));
    expect(restored.erasuresReapplied).toBe(2);
    m = await loggedIn(core, MANAGER);
    for (const c of [full, part]) {
      const gone = await m('customers.get', { id: c.id });
      expect(!gone.ok && gone.error.code).toBe('NOT_FOUND');
      expect(value(await m<unknown[]>('customers.search', { query: c.lastName }))).toEqual([]);
    }
    expect(value(await m<Customer>('customers.get', { id: keep.id })).firstName).toBe('Pysyvä');
    for (const e of [e1, e2]) {
      expect(value(await m<{ found: boolean; kind: string }>('privacy.documents.verify', { code: e.certificate.verificationCode }))).toMatchObject({ found: true, kind: 'erasure-certificate' });
    }
    const bytes = await decryptedBytes(dir);
    for (const needle of ['taysin@example.fi', 'Unohdettava', 'Täysin', 'osittain@example.fi']) expect(bytes.includes(Buffer.from(needle)), needle).toBe(false);
    // Only the invoice keeps the partly erased person's name (Accounting Act).
    expect(JSON.stringify(value(await m<{ buyer: unknown }>('invoices.get', { id: inv.id })).buyer)).toContain('Poistettava');
  });

  it('the certificate says only one-way fingerprints are kept', async () => {
    const c = value(await m<Customer>('customers.create', { ...person({ firstName: 'Sormenjälki', lastName: 'Testi', email: 'jalki@example.fi', phone: '040 900 0009', postalCode: '90100' }), confirmNotDuplicate: true }));
    const e = await erase(c, 'full');
    const { execFileSync } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    const file = join(reg.tmp.dir, 'cert.pdf');
    writeFileSync(file, Buffer.from(e.certificate.base64, 'base64'));
    expect(execFileSync('pdftotext', [file, '-'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().replace(/\s+/g, ' ')).toContain('yksisuuntaisia tunnisteita');
  });

  it('an erased person coming back is flagged with the certificate; import preview flags the row; going on is recorded', async () => {
    const again = await m('customers.create', person({ firstName: 'Unohdettava', lastName: 'Täysin', email: 'taysin@example.fi', phone: '040 900 0001' }));
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.error.code).toBe('CONFLICT');
      expect(again.error.message).toMatch(/poistettu .* hänen pyynnöstään \(todistus E-\d{4}-\d{4}\)/);
    }
    const csv = 'Etunimi;Sukunimi;Sähköposti\nUnohdettava;Täysin;taysin@example.fi\nUusi;Ihminen;uusi@example.fi\n';
    const preview = value(await m<ImportPreview>('customers.importPreview', { fileBase64: Buffer.from(csv).toString('base64'), source: 'registration', sourceDate: helsinkiDate() }));
    expect(preview.rows[0]!.duplicates[0]!.matchedOn).toContain('erased');
    expect(preview.rows[0]!.duplicates[0]!.name).toMatch(/E-\d{4}-\d{4}/);
    expect(preview.rows[1]!.duplicates).toEqual([]);
    const back = value(await m<Customer>('customers.create', { ...person({ firstName: 'Unohdettava', lastName: 'Täysin', email: 'taysin@example.fi', phone: '040 900 0001' }), confirmErasedReturn: true }));
    const audit = value(await m<{ action: string; details: Record<string, unknown> }[]>('audit.list', { limit: 10 }));
    expect(audit.find((a) => a.action === 'customer.create' && a.details.customerId === back.id)?.details.returnAfterErasure).toBeDefined();
  });

  it('an open request holds the retention purge', async () => {
    const old = value(await m<Customer>('customers.create', { ...person({ firstName: 'Pidätetty', lastName: 'Vanha', email: 'pidatetty@example.fi', phone: '', relationshipStart: '2010-01-01', postalCode: '99800' }), confirmNotDuplicate: true }));
    const r = value(await m<PrivacyRequest>('privacy.requests.create', counterRequest({ id: old.id, firstName: 'Pidätetty', lastName: 'Vanha' }, ['access'])));
    const review = value(await m<{ due: RetentionDue[] }>('privacy.retention.review', {}));
    expect(review.due.find((d) => d.customerId === old.id)?.heldByRequest).toBe(r.number);
    const purge = await m('privacy.retention.purge', { customerIds: [old.id] });
    expect(!purge.ok && purge.error.message).toContain(r.number);
  });
});
