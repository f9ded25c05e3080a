// GDPR Art. 19 after an erasure or a restriction (letters to every recipient of the person's data,
// or the recorded reason for not telling one), and Art. 18(3) before a restriction is lifted.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { Customer, HistoryEntry } from '../../shared/api/customers';
import type { ErasureResult } from '../../shared/api/erasure';
import type { PrivacyRequest } from '../../shared/api/privacy';
import type { NoticeRecipient } from '../../shared/api/recipients';
import type { IssuedDocument } from '../../shared/api/rectification';
import { formatDate } from '../../shared/format/dates';
import { MANAGER, value } from '../support/register';
import { suiteRegister } from '../support/suite';
import { daysBeforeToday, person, today } from '../support/customers';
import { pdfText } from '../support/pdf';
import { decryptedBytes } from '../support/plaintext';

// Letters to recipients need their postal address (test/integration/recipientAddresses.test.ts).
const ADDRESS = { street: 'Vastaanottajankatu 1', postalCode: '00100', city: 'Helsinki', country: 'FI' };
const LINE = { description: 'Toimistotuoli', quantity: 1, unitPriceCents: 10000, vatCategory: 'general' };
const text = (doc: { base64: string }, name: string) => pdfText(doc.base64, name, { squash: true });
const sha = (doc: { base64: string }) => createHash('sha256').update(Buffer.from(doc.base64, 'base64')).digest('hex');

describe('recipients are told of erasures and restrictions; a restriction is lifted only after notice', () => {
  const reg = suiteRegister({ invoicing: true, clerk: true });
  const { manager: m, clerk: s } = reg;
  let n = 0;
  const newCustomer = async () => {
    n++;
    return value(await m<Customer>('customers.create', { ...person({ firstName: `Ilmoitettava${n}`, lastName: `Vastaanottajatesti${n}`, email: `vastaanotto${n}@example.fi`, phone: `040 66${n} 4321`, street: `Luovutuskuja ${n}` }), confirmNotDuplicate: true }));
  };
  const disclose = (c: Customer, recipient: string, over: Record<string, unknown> = {}) =>
    m('privacy.disclosures.create', { date: daysBeforeToday(30), recipient, recipientKind: 'collection', purpose: 'Perintä', dataCategories: ['identity', 'contact', 'invoices'], customerIds: [c.id], recipientAddress: ADDRESS, ...over });
  const request = async (c: Customer, types: string[], language = 'fi') =>
    value(await s<PrivacyRequest>('privacy.requests.create', { types, customerId: c.id, requesterName: `${c.firstName} ${c.lastName}`, receivedDate: daysBeforeToday(2), channel: 'counter', language, signed: true, identityMethod: 'id_document' }));


  it('full erasure: a letter to each recipient comes with the erasure, names the person, is verifiable and not stored; nothing personal remains', async () => {
    const c = await newCustomer();
    value(await disclose(c, 'Perintätoimisto Saatava Oy', { reference: 'PT-4411' }));
    value(await disclose(c, 'Tilitoimisto Tase Oy', { recipientKind: 'accounting', purpose: 'Kirjanpito', dataCategories: ['identity', 'invoices', 'payments'] }));
    const r = await request(c, ['erasure'], 'en');
    const done = value(await m<ErasureResult>('privacy.erasure.execute', { requestId: r.id, mode: 'full' }));

    expect(done.recipientLetters.map((x) => x.recipient.recipient)).toEqual(['Perintätoimisto Saatava Oy', 'Tilitoimisto Tase Oy']);
    const first = done.recipientLetters[0]!;
    // Addressed to a business partner: the shop's Finnish, whatever the person's request language.
    const t = text(first.letter, 'poistoilmoitus-vastaanottajalle.pdf');
    for (const e of ['ILMOITUS HENKILÖTIETOJEN POISTAMISESTA', 'Perintätoimisto Saatava Oy', `${c.firstName} ${c.lastName}`, String(c.customerNumber), 'PT-4411', done.erasureNumber, r.number, '19 artiklan', formatDate(daysBeforeToday(30)), 'henkilötiedot, yhteystiedot, laskut', first.letter.verificationCode, MANAGER.fullName])
      expect(t, e).toContain(e);
    expect(first.letter.filename).not.toContain(c.lastName);
    expect(first.recipient.done).toMatchObject({ kind: 'letter', verificationCode: first.letter.verificationCode });

    const check = value(await s<{ found: boolean; kind: string; sha256: string; requestNumber: string }>('privacy.documents.verify', { code: first.letter.verificationCode }));
    expect(check).toMatchObject({ found: true, kind: 'erasure-notice', requestNumber: r.number, sha256: sha(first.letter) });
    const stored = value(await m<PrivacyRequest>('privacy.requests.get', { id: r.id })).documents.find((d) => d.verificationCode === first.letter.verificationCode)!;
    const reread = await m<{ base64: string }>('privacy.requests.document', { id: r.id, documentId: stored.id });
    expect(reread.ok ? reread.value.base64 : '').toBe('');

    // The manager decides not to write to the second: the reason is recorded, not a letter.
    const second = done.recipientLetters[1]!.recipient;
    const byStaff = await s('privacy.recipients.notNotified', { customerId: c.id, context: 'erasure', disclosureId: second.disclosureId, reason: 'disproportionate', note: 'Kirjanpitäjä saa tiedon kuukausiraportissa.' });
    expect(!byStaff.ok && byStaff.error.code).toBe('FORBIDDEN');
    const recorded = value(await m<NoticeRecipient>('privacy.recipients.notNotified', { customerId: c.id, context: 'erasure', disclosureId: second.disclosureId, reason: 'disproportionate', note: 'Kirjanpitäjä saa tiedon kuukausiraportissa.' }));
    expect(recorded.done).toMatchObject({ kind: 'not-notified', reason: 'disproportionate' });
    const list = value(await m<NoticeRecipient[]>('privacy.recipients.list', { customerId: c.id, context: 'erasure' }));
    expect(list.map((x) => x.done?.kind)).toEqual(['letter', 'not-notified']);
    const events = value(await m<PrivacyRequest>('privacy.requests.get', { id: r.id })).events.map((e) => e.event);
    expect(events).toContain('recipient-not-notified');
    expect(value(await m<{ ok: boolean }>('privacy.log.verify')).ok).toBe(true);
    expect(value(await m<{ ok: boolean }>('audit.verify')).ok).toBe(true);

    const bytes = await decryptedBytes(reg.dir);
    for (const needle of [c.firstName, c.lastName, c.email, 'Luovutuskuja']) {
      for (const enc of ['utf8', 'utf16le'] as const) expect(bytes.includes(Buffer.from(needle, enc)), `${needle} (${enc})`).toBe(false);
    }
  });

  it('partial erasure: the letter says the invoice data is kept under the Accounting Act; English on request', async () => {
    const c = await newCustomer();
    const inv = value(await m<{ id: number }>('invoices.createDraft', { customerId: c.id, lines: [LINE] }));
    const issued = value(await m<{ id: number; grossCents: number }>('invoices.issue', { id: inv.id }));
    value(await m('invoices.addPayment', { invoiceId: issued.id, date: today(), amountCents: issued.grossCents }));
    value(await disclose(c, 'Luottotieto Oy', { recipientKind: 'credit_check', purpose: 'Luottopäätös' }));
    const r = await request(c, ['erasure']);
    const done = value(await m<ErasureResult>('privacy.erasure.execute', { requestId: r.id, mode: 'partial', recipientLanguage: 'en' }));
    const t = text(done.recipientLetters[0]!.letter, 'erasure-notice-partial-en.pdf');
    for (const e of ['NOTICE OF ERASURE OF PERSONAL DATA', 'Luottotieto Oy', `${c.firstName} ${c.lastName}`, 'Accounting Act', 'Article 19']) expect(t, e).toContain(e);
  });

  it('restriction: recipients are listed with a letter each (kept with the restriction request) or a recorded reason; the extract lists them', async () => {
    const c = await newCustomer();
    const d = value(await disclose(c, 'Perintä Oy', { reference: 'P-77' })) as { id: number };
    const notYet = await m('privacy.recipients.list', { customerId: c.id, context: 'restriction' });
    expect(!notYet.ok && notYet.error.code).toBe('CONFLICT');
    const r = await request(c, ['restriction', 'access']);
    value(await m('privacy.requests.applyProhibitions', { id: r.id, prohibitions: [], restrict: true }));
    const recipients = value(await m<NoticeRecipient[]>('privacy.recipients.list', { customerId: c.id, context: 'restriction' }));
    expect(recipients).toMatchObject([{ disclosureId: d.id, recipient: 'Perintä Oy', reference: 'P-77', done: null }]);

    const letter = value(await m<IssuedDocument>('privacy.restriction.notificationLetter', { customerId: c.id, disclosureId: d.id }));
    const t = text(letter, 'rajoitusilmoitus-vastaanottajalle.pdf');
    for (const e of ['ILMOITUS KÄSITTELYN RAJOITTAMISESTA', 'Perintä Oy', `${c.firstName} ${c.lastName}`, 'P-77', r.number, formatDate(today()), '18 artikla', letter.verificationCode]) expect(t, e).toContain(e);
    const withRequest = value(await m<PrivacyRequest>('privacy.requests.get', { id: r.id }));
    expect(withRequest.documents.map((x) => x.kind)).toContain('restriction-notice');
    expect(value(await m<NoticeRecipient[]>('privacy.recipients.list', { customerId: c.id, context: 'restriction' }))[0]!.done).toMatchObject({ kind: 'letter', verificationCode: letter.verificationCode });

    const extract = value(await m<{ base64: string }>('privacy.extract', { requestId: r.id }));
    const e = text(extract, 'rekisteriote-vastaanottajat.pdf');
    expect(e).toContain('Tietojen luovutukset');
    expect(e).toContain('Perintä Oy');
  });

  it('a customer-level restriction (no request): the letter is verifiable but not stored; "not notified" is recorded', async () => {
    const c = await newCustomer();
    const d = value(await disclose(c, 'Viranomainen X', { recipientKind: 'authority', purpose: 'Lakisääteinen ilmoitus' })) as { id: number };
    value(await m('customers.setRestriction', { id: c.id, restricted: true, reason: 'Oikeellisuus kiistetty puhelimessa' }));
    const letter = value(await m<IssuedDocument>('privacy.restriction.notificationLetter', { customerId: c.id, disclosureId: d.id, language: 'en' }));
    expect(text(letter, 'restriction-notice-en.pdf')).toContain('NOTICE OF RESTRICTION OF PROCESSING');
    expect(value(await s<{ found: boolean; kind: string; sha256: string }>('privacy.documents.verify', { code: letter.verificationCode }))).toMatchObject({ found: true, kind: 'restriction-notice', sha256: sha(letter) });
    const other = value(await disclose(c, 'Kadonnut Oy')) as { id: number };
    const none = await m('privacy.recipients.notNotified', { customerId: c.id, context: 'restriction', disclosureId: other.id, reason: 'impossible', note: '' });
    expect(!none.ok && none.error.code).toBe('VALIDATION');
    value(await m('privacy.recipients.notNotified', { customerId: c.id, context: 'restriction', disclosureId: other.id, reason: 'impossible', note: 'Yritys on lopettanut toimintansa, ei osoitetta.' }));
    const audit = value(await m<{ action: string; details: Record<string, unknown> }[]>('audit.list', { limit: 5 }));
    expect(audit.find((a) => a.action === 'privacy.recipient.notNotified')?.details).toMatchObject({ customerId: c.id, context: 'restriction', disclosureId: other.id, reason: 'impossible' });
    const foreign = await m('privacy.restriction.notificationLetter', { customerId: c.id, disclosureId: 999_999 });
    expect(!foreign.ok && foreign.error.code).toBe('NOT_FOUND');
  });

  it('lifting a restriction: staff FORBIDDEN; without the recorded notice refused with a clear message; the notice prints; the lift records date and method', async () => {
    const c = await newCustomer();
    const r = await request(c, ['restriction']);
    value(await m('privacy.requests.applyProhibitions', { id: r.id, prohibitions: [], restrict: true }));

    const byStaff = await s('customers.setRestriction', { id: c.id, restricted: false, reason: '', notice: { date: today(), method: 'letter' } });
    expect(!byStaff.ok && byStaff.error.code).toBe('FORBIDDEN');
    const noNotice = await m('customers.setRestriction', { id: c.id, restricted: false, reason: 'Oikeellisuus tarkistettu' });
    expect(!noNotice.ok && noNotice.error.code).toBe('CONFLICT');
    expect(!noNotice.ok && noNotice.error.message).toMatch(/ilmoitettiin etukäteen.*18 artiklan 3 kohta/);
    const english = await reg.core.call('manager', 'en', 'customers.setRestriction', { id: c.id, restricted: false, reason: '' });
    expect(!english.ok && english.error.message).toMatch(/told beforehand.*Article 18\(3\)/);
    const tooEarly = await m('customers.setRestriction', { id: c.id, restricted: false, reason: '', notice: { date: daysBeforeToday(5), method: 'letter' } });
    expect(!tooEarly.ok && tooEarly.error.code).toBe('VALIDATION');
    expect(value(await m<Customer>('customers.get', { id: c.id })).restriction).not.toBeNull();

    const past = await m('privacy.restriction.liftNotice', { customerId: c.id, liftDate: daysBeforeToday(1) });
    expect(!past.ok && past.error.code).toBe('VALIDATION');
    const notice = value(await m<IssuedDocument>('privacy.restriction.liftNotice', { customerId: c.id, liftDate: today() }));
    const t = text(notice, 'rajoituksen-paattyminen.pdf');
    for (const e of ['ILMOITUS KÄSITTELYN RAJOITUKSEN PÄÄTTYMISESTÄ', `${c.firstName} ${c.lastName}`, 'Luovutuskuja', r.number, `käsittelyn rajoitus poistetaan ${formatDate(today())}`, '18 artiklan 3 kohdan', 'Tietosuojavaltuutetun toimisto', notice.verificationCode]) expect(t, e).toContain(e);
    expect(value(await m<PrivacyRequest>('privacy.requests.get', { id: r.id })).documents.map((x) => x.kind)).toContain('restriction-lift-notice');

    const lifted = value(await m<Customer>('customers.setRestriction', { id: c.id, restricted: false, reason: 'Oikeellisuus tarkistettu', notice: { date: today(), method: 'letter' } }));
    expect(lifted.restriction).toBeNull();
    const history = value(await m<HistoryEntry[]>('customers.history', { id: c.id }));
    expect(history.find((h) => h.field === 'restrictionNotice')?.newValue).toBe(`${today()} letter`);
    const events = value(await m<PrivacyRequest>('privacy.requests.get', { id: r.id })).events;
    expect(events.find((e) => e.event === 'restriction-lifted')?.details).toMatchObject({ customerId: c.id, noticeDate: today(), noticeMethod: 'letter' });
    const audit = value(await m<{ action: string; details: Record<string, unknown> }[]>('audit.list', { limit: 5 }));
    expect(audit.find((a) => a.action === 'customer.unrestrict')?.details).toMatchObject({ customerId: c.id, noticeDate: today(), noticeMethod: 'letter' });
    expect(value(await m<{ ok: boolean }>('privacy.log.verify')).ok).toBe(true);
  });

  it('a restriction applied from an objection request: the notices are kept with that request', async () => {
    const c = await newCustomer();
    const r = await request(c, ['objection']);
    value(await m('privacy.requests.applyProhibitions', { id: r.id, prohibitions: ['directMarketing'], restrict: true }));
    const notice = value(await m<IssuedDocument>('privacy.restriction.liftNotice', { customerId: c.id, liftDate: today() }));
    expect(text(notice, 'rajoituksen-paattyminen-vastustus.pdf')).toContain(r.number);
    value(await m('customers.setRestriction', { id: c.id, restricted: false, reason: '', notice: { date: today(), method: 'email' } }));
    const after = value(await m<PrivacyRequest>('privacy.requests.get', { id: r.id }));
    expect(after.documents.map((d) => d.kind)).toContain('restriction-lift-notice');
    expect(after.events.find((e) => e.event === 'restriction-lifted')?.details).toMatchObject({ noticeMethod: 'email' });
  });

  it('a restricted person is left out of the reminder run and mailing labels; staff cannot remind them', async () => {
    const c = await newCustomer();
    const inv = value(await m<{ id: number }>('invoices.createDraft', { customerId: c.id, lines: [LINE] }));
    const issued = value(await m<{ id: number }>('invoices.issue', { id: inv.id }));
    const asOf = '2099-01-01';
    const before = value(await m<{ rows: { id: number }[]; restrictedExcluded: number }>('invoices.listOverdue', { asOf, limit: 1000 }));
    expect(before.rows.map((x) => x.id)).toContain(issued.id);
    value(await m('customers.setRestriction', { id: c.id, restricted: true, reason: 'Käsittelyn rajoittaminen pyydetty' }));
    const after = value(await m<{ total: number; rows: { id: number }[]; restrictedExcluded: number }>('invoices.listOverdue', { asOf, limit: 1000 }));
    expect(after.rows.map((x) => x.id)).not.toContain(issued.id);
    expect(after.restrictedExcluded).toBe(before.restrictedExcluded + 1);
    expect(after.total).toBe(after.rows.length);
    const remind = await s('invoices.remind', { invoiceId: issued.id });
    expect(!remind.ok && remind.error.code).toBe('FORBIDDEN');
    const labels = value(await m<{ excluded: { restricted: number } }>('marketing.labels.preview', {}));
    expect(labels.excluded.restricted).toBeGreaterThanOrEqual(1);
  });
});
