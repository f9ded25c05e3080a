// Issue #16 §3: the disclosures register keeps each recipient's postal address and business ID, so
// the Art. 19 letters (erasure, restriction, rectification) fit a window envelope; a letter to a
// recipient without an address is refused with a clear message, and an erasure waits for the
// addresses (its letters cannot be made afterwards), erasing nothing meanwhile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/api/customers';
import type { Disclosure, RecipientEntry } from '../../shared/api/disclosures';
import type { ErasureBlockers, ErasureResult } from '../../shared/api/erasure';
import type { PrivacyRequest } from '../../shared/api/privacy';
import type { IssuedDocument } from '../../shared/api/rectification';
import { client, loggedIn, MANAGER, openRegister, value } from '../support/register';
import { counterRequest, daysBeforeToday, person } from '../support/customers';
import { pdfText } from '../support/pdf';

const HELSINKI = { street: 'Perijänkatu 3 B', postalCode: '00100', city: 'Helsinki', country: 'FI', businessId: '0737546-2' };
const STOCKHOLM = { street: 'Kungsgatan 12', postalCode: '111 43', city: 'Stockholm', country: 'SE', businessId: '556677-8899' };

describe('recipients have postal addresses; letters without one are refused', () => {
  let r: Awaited<ReturnType<typeof openRegister>>;
  let m: ReturnType<typeof client>;
  let n = 0;
  const newCustomer = async () => {
    n++;
    return value(await m<Customer>('customers.create', { ...person({ firstName: `Osoitettava${n}`, lastName: `Vastaanotto${n}`, email: `osoite${n}@example.fi`, phone: `040 77${n} 1200` }), confirmNotDuplicate: true }));
  };
  const disclose = (c: Customer, recipient: string, over: Record<string, unknown> = {}) =>
    m<Disclosure>('privacy.disclosures.create', { date: daysBeforeToday(10), recipient, recipientKind: 'collection', purpose: 'Perintä', dataCategories: ['identity', 'contact'], customerIds: [c.id], ...over });

  beforeAll(async () => {
    r = await openRegister();
    m = r.manager;
  });
  afterAll(() => r.close());

  it('an address is checked like any Finnish address; a foreign one keeps its own postal code and business ID', async () => {
    const badCode = await m('privacy.recipients.saveAddress', { recipient: 'Perintä Oy', address: { ...HELSINKI, postalCode: '123' } });
    expect(!badCode.ok && badCode.error.details?.fields).toMatchObject({ 'address.postalCode': expect.any(String) });
    const badId = await m('privacy.recipients.saveAddress', { recipient: 'Perintä Oy', address: { ...HELSINKI, businessId: '0737546-3' } });
    expect(!badId.ok && badId.error.details?.fields).toMatchObject({ 'address.businessId': expect.any(String) });
    const noStreet = await m('privacy.recipients.saveAddress', { recipient: 'Perintä Oy', address: { ...HELSINKI, street: ' ' } });
    expect(!noStreet.ok && noStreet.error.code).toBe('VALIDATION');
    const saved = value(await m<RecipientEntry>('privacy.recipients.saveAddress', { recipient: 'Inkasso AB', address: STOCKHOLM }));
    expect(saved.address).toEqual(STOCKHOLM);
    // The six-digit old form of a Y-tunnus is kept in today's form.
    const padded = value(await m<RecipientEntry>('privacy.recipients.saveAddress', { recipient: 'Vanha Oy', address: { ...HELSINKI, businessId: '737546-2' } }));
    expect(padded.address?.businessId).toBe('0737546-2');
  });

  it('the directory names every recipient once (case and spacing ignored), the ones without an address first', async () => {
    const c = await newCustomer();
    value(await disclose(c, 'Luettelo Oy'));
    value(await disclose(c, 'luettelo  OY'));
    const withAddress = value(await disclose(c, 'Osoitteellinen Oy', { recipientAddress: HELSINKI }));
    expect(withAddress.hasAddress).toBe(true);
    const dir = value(await m<RecipientEntry[]>('privacy.recipients.directory', {}));
    const luettelo = dir.filter((e) => e.recipient.toLowerCase().startsWith('luettelo'));
    expect(luettelo).toMatchObject([{ address: null, disclosureCount: 2 }]);
    expect(dir.findIndex((e) => e.address !== null)).toBeGreaterThan(dir.findIndex((e) => e.address === null));
    expect(dir.find((e) => e.recipient === 'Osoitteellinen Oy')).toMatchObject({ address: HELSINKI, disclosureCount: 1 });
    const list = value(await m<Disclosure[]>('privacy.disclosures.list', { customerId: c.id }));
    expect(list.map((d) => [d.recipient, d.hasAddress])).toEqual([
      ['Osoitteellinen Oy', true],
      ['luettelo  OY', false],
      ['Luettelo Oy', false],
    ]);
  });

  it('a restriction letter is refused without the address (fi and en), and carries it in the envelope window once added', async () => {
    const c = await newCustomer();
    const d = value(await disclose(c, 'Saatava Oy', { reference: 'S-1' }));
    value(await m('customers.setRestriction', { id: c.id, restricted: true, reason: 'Oikeellisuus kiistetty' }));
    const refused = await m('privacy.restriction.notificationLetter', { customerId: c.id, disclosureId: d.id });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Vastaanottajan Saatava Oy postiosoite puuttuu/), details: { recipientsWithoutAddress: ['Saatava Oy'] } });
    const en = await loggedIn(r.core, MANAGER, 'window-en', 'en');
    const refusedEn = await en('privacy.restriction.notificationLetter', { customerId: c.id, disclosureId: d.id, language: 'en' });
    expect(!refusedEn.ok && refusedEn.error.message).toMatch(/postal address of Saatava Oy is missing/);

    value(await m('privacy.recipients.saveAddress', { recipient: 'Saatava Oy', address: HELSINKI }));
    const fi = pdfText(value(await m<IssuedDocument>('privacy.restriction.notificationLetter', { customerId: c.id, disclosureId: d.id })).base64, 'rajoitusilmoitus-osoite.pdf');
    for (const e of ['Saatava Oy', 'Perijänkatu 3 B', '00100 HELSINKI', 'Y-tunnuksenne', '0737546-2', 'S-1']) expect(fi, e).toContain(e);

    // Abroad: the post town as the destination writes it, the country in capitals in the letter's language.
    const e = value(await disclose(c, 'Inkasso AB', { recipientAddress: STOCKHOLM }));
    const sv = pdfText(value(await m<IssuedDocument>('privacy.restriction.notificationLetter', { customerId: c.id, disclosureId: e.id })).base64, 'rajoitusilmoitus-ruotsi.pdf');
    for (const x of ['Inkasso AB', 'Kungsgatan 12', '111 43 Stockholm', 'RUOTSI', 'Yritystunnuksenne', '556677-8899']) expect(sv, x).toContain(x);
    const svEn = pdfText(value(await m<IssuedDocument>('privacy.restriction.notificationLetter', { customerId: c.id, disclosureId: e.id, language: 'en' })).base64, 'restriction-notice-sweden.pdf');
    for (const x of ['111 43 Stockholm', 'SWEDEN', 'Your company ID']) expect(svEn, x).toContain(x);
  });

  it('an erasure waits for the addresses: refused naming every recipient without one, nothing erased; then it goes through with addressed letters', async () => {
    const c = await newCustomer();
    value(await disclose(c, 'Ensimmäinen Perintä Oy'));
    value(await disclose(c, 'Toinen Luotto Oy', { recipientKind: 'credit_check' }));
    const req = value(await m<PrivacyRequest>('privacy.requests.create', counterRequest(c, ['erasure'])));
    const blockers = value(await m<ErasureBlockers>('privacy.erasure.blockers', { requestId: req.id }));
    expect(blockers).toMatchObject({ allowed: 'full', recipientsWithoutAddress: ['Ensimmäinen Perintä Oy', 'Toinen Luotto Oy'] });

    const refused = await m('privacy.erasure.execute', { requestId: req.id, mode: 'full' });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Ensimmäinen Perintä Oy, Toinen Luotto Oy') });
    // Nothing was erased: the person is still there, the request still open.
    expect(value(await m<Customer>('customers.get', { id: c.id })).lastName).toBe(c.lastName);
    expect(value(await m<PrivacyRequest>('privacy.requests.get', { id: req.id })).status).not.toMatch(/completed/);

    value(await m('privacy.recipients.saveAddress', { recipient: 'Ensimmäinen Perintä Oy', address: HELSINKI }));
    const stillOne = await m('privacy.erasure.execute', { requestId: req.id, mode: 'full' });
    expect(!stillOne.ok && stillOne.error.message).toMatch(/Vastaanottajan Toinen Luotto Oy postiosoite puuttuu/);
    value(await m('privacy.recipients.saveAddress', { recipient: 'Toinen Luotto Oy', address: STOCKHOLM }));
    expect(value(await m<ErasureBlockers>('privacy.erasure.blockers', { requestId: req.id })).recipientsWithoutAddress).toEqual([]);

    const done = value(await m<ErasureResult>('privacy.erasure.execute', { requestId: req.id, mode: 'full' }));
    const [first, second] = done.recipientLetters.map((x, i) => pdfText(x.letter.base64, `poistoilmoitus-osoite-${i}.pdf`));
    for (const e of ['Ensimmäinen Perintä Oy', 'Perijänkatu 3 B', '00100 HELSINKI']) expect(first, e).toContain(e);
    for (const e of ['Toinen Luotto Oy', '111 43 Stockholm', 'RUOTSI']) expect(second, e).toContain(e);
    expect(done.recipientLetters[0]!.recipient.address).toEqual(HELSINKI);
  });
});
