import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Customer } from '../../shared/api/customers';
import type { ErasureBlockers, ErasureResult } from '../../shared/api/erasure';
import type { PrivacyRequest } from '../../shared/api/privacy';
import { MANAGER, tempDir, testClock, value } from '../support/register';
import { suiteRegister } from '../support/suite';
import { daysBeforeToday, person } from '../support/customers';
import { pdfText as readPdf } from '../support/pdf';
const pdfText = (base64: string, name: string) => readPdf(base64, name, { layout: true });
import { decryptedBytes } from '../support/plaintext';
import { helsinkiDate } from '../../shared/format/dates';

const LINE = { description: 'Toimistotuoli', quantity: 1, unitPriceCents: 10000, vatCategory: 'general' };

describe('erasure', () => {
  const reg = suiteRegister({ invoicing: true, clerk: true });
  const { manager: m, clerk: s } = reg;
  let n = 0;
  const newCustomer = async (over: Record<string, unknown> = {}) => {
    n++;
    return value(await m<Customer>('customers.create', { ...person({ firstName: `Pyyhittävä${n}`, lastName: `Henkilö${n}`, email: `poista${n}@example.fi`, phone: `040 55${n} 1234`, street: `Unohduksentie ${n}`, postalCode: `2610${n % 10}`, ...over }), confirmNotDuplicate: true }));
  };
  const erasureRequest = async (c: Customer, language = 'fi') =>
    value(await s<PrivacyRequest>('privacy.requests.create', { types: ['erasure'], customerId: c.id, requesterName: `${c.firstName} ${c.lastName}`, receivedDate: '2026-11-20', channel: 'counter', language, signed: true, identityMethod: 'id_document', details: `Poistakaa kaikki tietoni, ${c.firstName} ${c.lastName}, salainen-lisätieto-${c.id}` }));

  it('full erasure: nothing of the person is left anywhere in the decrypted database; the certificate is not stored, only its hash', async () => {
    const c = await newCustomer();
    value(await m('customers.update', { id: c.id, customer: { ...person().customer, firstName: c.firstName, lastName: c.lastName, email: c.email, phone: c.phone, street: 'Vanha Unohduksentie 99', postalCode: c.postalCode }, reason: 'muutto' }));
    const r = await erasureRequest(c);
    value(await s('privacy.requests.attach', { id: r.id, filename: 'pyynto.pdf', base64: Buffer.from(`%PDF-1.4 ${c.lastName} allekirjoitettu`).toString('base64') }));
    const byStaff = await s('privacy.erasure.execute', { requestId: r.id, mode: 'full' });
    expect(!byStaff.ok && byStaff.error.code).toBe('FORBIDDEN');
    const blockers = value(await m<ErasureBlockers>('privacy.erasure.blockers', { requestId: r.id }));
    expect(blockers.allowed).toBe('full');
    const done = value(await m<ErasureResult>('privacy.erasure.execute', { requestId: r.id, mode: 'full' }));
    expect(done.request.status).toBe('completed');
    expect(done.erasureNumber).toMatch(/^E-2026-\d{4}$/);

    const text = pdfText(done.certificate.base64, 'poistotodistus-fi.pdf');
    for (const e of ['POISTOTODISTUS', done.erasureNumber, r.number, 'Poistettu', 'Poiston suoritti', MANAGER.fullName, 'Poistetut tiedot', 'Teistä ei säilytetä henkilötietoja', `${c.firstName} ${c.lastName}`, done.certificate.verificationCode, 'Tietosuojavaltuutetun toimisto']) expect(text, e).toContain(e);

    const check = value(await s<{ found: boolean; sha256: string; kind: string }>('privacy.documents.verify', { code: done.certificate.verificationCode }));
    expect(check).toMatchObject({ found: true, kind: 'erasure-certificate' });
    expect(check.sha256).toBe(createHash('sha256').update(Buffer.from(done.certificate.base64, 'base64')).digest('hex'));
    const gone = await m('customers.get', { id: c.id });
    expect(!gone.ok && gone.error.code).toBe('NOT_FOUND');
    expect(value(await m<{ ok: boolean }>('privacy.log.verify')).ok).toBe(true);
    expect(value(await m<{ ok: boolean }>('audit.verify')).ok).toBe(true);

    const bytes = await decryptedBytes(reg.dir);
    for (const needle of [c.firstName, c.lastName, c.email, '+35804055', '40 551', c.phone, 'Unohduksentie', `salainen-lisätieto-${c.id}`]) {
      for (const enc of ['utf8', 'utf16le'] as const) expect(bytes.includes(Buffer.from(needle, enc)), `${needle} (${enc})`).toBe(false);
    }
  });

  it('an open invoice refuses the erasure with a written notice; once paid, the erasure is partial and keeps the invoice buyer until the retention date', async () => {
    const c = await newCustomer();
    const inv = value(await m<{ id: number; number: number; grossCents: number }>('invoices.createDraft', { customerId: c.id, lines: [LINE] }));
    const issued = value(await m<{ id: number; number: number; grossCents: number }>('invoices.issue', { id: inv.id }));
    const r = await erasureRequest(c);
    const b = value(await m<ErasureBlockers>('privacy.erasure.blockers', { requestId: r.id }));
    expect(b.allowed).toBe('refuse');
    expect(b.openInvoices.map((i) => i.number)).toEqual([issued.number]);
    const blocked = await m('privacy.erasure.execute', { requestId: r.id, mode: 'partial' });
    expect(!blocked.ok && blocked.error.code).toBe('BLOCKED');
    const refused = value(await m<{ request: PrivacyRequest; notice: { base64: string; verificationCode: string } }>('privacy.erasure.refuse', { requestId: r.id }));
    expect(refused.request.status).toBe('refused');
    const notice = pdfText(refused.notice.base64, 'poiston-epaaminen-fi.pdf');
    for (const e of ['ILMOITUS TIETOJEN POISTAMISEN EPÄÄMISESTÄ', `Lasku ${issued.number} on avoinna`, 'tietosuojavaltuutetun', 'tuomioistuimen', 'Lintulahdenkuja 4', refused.notice.verificationCode]) expect(notice, e).toContain(e);

    value(await m('invoices.addPayment', { invoiceId: issued.id, date: helsinkiDate(), amountCents: issued.grossCents }));
    const r2 = await erasureRequest(c, 'en');
    const b2 = value(await m<ErasureBlockers>('privacy.erasure.blockers', { requestId: r2.id }));
    expect(b2.allowed).toBe('partial');
    expect(b2.retainedInvoices).toEqual([{ number: issued.number, invoiceDate: expect.any(String), retainUntil: `${Number(b2.retainedInvoices[0]!.invoiceDate.slice(0, 4)) + 6}-12-31` }]);
    const full = await m('privacy.erasure.execute', { requestId: r2.id, mode: 'full' });
    expect(!full.ok && full.error.code).toBe('BLOCKED');
    const labelsFor = async () => pdfText(value(await m<{ base64: string }>('marketing.labels.pdf', { postalFrom: c.postalCode, postalTo: c.postalCode })).base64, 'labels.pdf');
    expect(await labelsFor()).toContain(c.lastName);
    const done = value(await m<ErasureResult>('privacy.erasure.execute', { requestId: r2.id, mode: 'partial' }));
    expect(done.request.status).toBe('partly_completed');
    const cert = pdfText(done.certificate.base64, 'erasure-certificate-en.pdf');
    for (const e of ['CERTIFICATE OF ERASURE', 'Data kept', `invoice ${issued.number}`, 'Accounting Act', '31.12.20']) expect(cert, e).toContain(e);

    // Gone from searches, lists and labels; the invoice keeps its buyer.
    expect(value(await m<unknown[]>('customers.search', { query: c.lastName }))).toEqual([]);
    expect(value(await m<{ rows: { id: number }[] }>('customers.list', {})).rows.map((x) => x.id)).not.toContain(c.id);
    expect(await labelsFor()).not.toContain(c.lastName);
    const kept = value(await m<{ buyer: { name: string } }>('invoices.get', { id: issued.id }));
    expect(JSON.stringify(kept.buyer)).toContain(c.lastName);
    // … marked with the date it will be purged (the end of the Accounting Act period).
    const t = tempDir('asiakasrekisteri-plain-');
    const file = join(t.dir, 'plain.db');
    writeFileSync(file, await decryptedBytes(reg.dir));
    const plain = new Database(file, { readonly: true });
    try {
      expect(plain.prepare('SELECT buyer_retained_until AS until FROM invoices WHERE id = ?').get(issued.id)).toEqual({ until: b2.retainedInvoices[0]!.retainUntil });
    } finally {
      plain.close();
      t.remove();
    }
  });

  it('an active contact role blocks; one that ended yesterday does not', async () => {
    const clock = testClock();
    const c = await newCustomer();
    const org = value(await m<{ id: number; contacts: { id: number }[] }>('organizations.create', { name: `Yhteisö ${c.id} Oy` }));
    const withContact = value(await m<{ contacts: { id: number }[] }>('organizations.addContact', { id: org.id, customerId: c.id, startDate: '2025-01-01' }));
    const r = await erasureRequest(c);
    expect(value(await m<ErasureBlockers>('privacy.erasure.blockers', { requestId: r.id })).activeContactRoles).toHaveLength(1);
    const yesterday = daysBeforeToday(1);
    value(await m('organizations.endContact', { id: org.id, contactId: withContact.contacts[0]!.id, endDate: yesterday }));
    expect(value(await m<ErasureBlockers>('privacy.erasure.blockers', { requestId: r.id })).allowed).toBe('full');
  });

  it('a legal hold blocks; erasing without an erasure request is refused', async () => {
    const c = await newCustomer();
    const hold = value(await m<{ id: number }>('privacy.legalHolds.add', { customerId: c.id, reason: 'Poliisin tietopyyntö vireillä' }));
    const r = await erasureRequest(c);
    expect(value(await m<ErasureBlockers>('privacy.erasure.blockers', { requestId: r.id })).legalHolds).toHaveLength(1);
    value(await m('privacy.legalHolds.release', { id: hold.id }));
    expect(value(await m<ErasureBlockers>('privacy.erasure.blockers', { requestId: r.id })).allowed).toBe('full');
    const access = value(await s<PrivacyRequest>('privacy.requests.create', { types: ['access'], customerId: c.id, requesterName: 'X', receivedDate: '2026-11-20', channel: 'counter', language: 'fi', signed: true, identityMethod: 'id_document' }));
    const wrong = await m('privacy.erasure.execute', { requestId: access.id, mode: 'full' });
    expect(!wrong.ok && wrong.error.code).toBe('CONFLICT');
  });
});
