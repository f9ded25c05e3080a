import { beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import type { Customer } from '../../shared/api/customers';
import type { PrivacyRequest } from '../../shared/api/privacy';
import { helsinkiDate } from '../../shared/format/dates';
import { value } from '../support/register';
import { suiteRegister } from '../support/suite';
import { person } from '../support/customers';
import { pdfText as readPdf } from '../support/pdf';
const pdfText = (base64: string, name: string) => readPdf(base64, name, { squash: true });


describe('register extract and portability', () => {
  const reg = suiteRegister({ invoicing: true });
  const { manager: m } = reg;
  let c: Customer;
  let invoiceNumber = 0;
  const request = async (types: string[], language = 'fi') =>
    value(await m<PrivacyRequest>('privacy.requests.create', { types, customerId: c.id, requesterName: 'Šárka Łukasiewicz-Äijälä', receivedDate: '2026-11-20', channel: 'letter', language, signed: true, identityMethod: 'signature_compared' }));
  beforeAll(async () => {
    c = value(await m<Customer>('customers.create', person({ firstName: 'Šárka', lastName: 'Łukasiewicz-Äijälä', email: 'sarka@example.cz', phone: '040 765 4321' })));
    value(await m('customers.create', { ...person({ firstName: 'Toinen', lastName: 'Asiakas', email: 'toinen@example.fi', phone: '040 111 2222', postalCode: '20100' }), confirmNotDuplicate: true }));
    value(await m('customers.update', { id: c.id, customer: { ...person().customer, firstName: 'Šárka', lastName: 'Łukasiewicz-Äijälä', email: 'sarka@example.cz', phone: '040 765 4321', street: 'Uusikatu 3' }, reason: 'muutto' }));
    const today = helsinkiDate();
    value(await m('orders.create', { customerId: c.id, date: today, channel: 'shop', lines: [{ description: 'Mustekasetti', quantity: 2, unitPriceCents: 2490, vatCategory: 'general' }] }));
    const draft = value(await m<{ id: number }>('invoices.createDraft', { customerId: c.id, lines: [{ description: 'Työtuoli', quantity: 1, unitPriceCents: 19900, vatCategory: 'general' }] }));
    const issued = value(await m<{ id: number; number: number }>('invoices.issue', { id: draft.id }));
    invoiceNumber = issued.number;
    value(await m('invoices.addPayment', { invoiceId: issued.id, date: today, amountCents: 5000 }));
    value(await m('privacy.disclosures.create', { date: today, recipient: 'Luottotieto Oy', recipientKind: 'credit_check', purpose: 'Luottopäätös', dataCategories: ['identity'], customerIds: [c.id] }));
  });

  it('the extract holds every category for this person and nobody else’s data; issuing it completes the request', async () => {
    const r = await request(['access']);
    const doc = value(await m<{ base64: string; verificationCode: string }>('privacy.extract', { requestId: r.id }));
    const text = pdfText(doc.base64, 'rekisteriote-fi.pdf');
    for (const e of [
      'REKISTERIOTE',
      'Henkilö- ja yhteystiedot', 'Šárka Łukasiewicz-Äijälä', 'sarka@example.cz', '040 765 4321', 'Uusikatu 3',
      // the source and the order's channel in the words the customer card and order screens use
      'Mistä tiedot on saatu', 'Ostos myymälässä', 'myymälä, avoin',
      'Kiellot ja rajoitukset', 'Suoramainonta',
      'Tietojen muutoshistoria', 'Kauppakatu 1 → Uusikatu 3',
      'Tilaukset', 'Mustekasetti',
      'Laskut ja maksut', `Lasku ${invoiceNumber}`, 'Maksu',
      'Tietojen luovutukset', 'Luottotieto Oy',
      'Käsittelyn tarkoitus ja oikeusperuste', 'Säilytysaika', '10 vuotta', 'Oikeutenne',
      'Tietosuojavaltuutetun toimisto', 'Lintulahdenkuja 4', doc.verificationCode,
    ]) expect(text, e).toContain(e);
    expect(text).not.toContain('liikkeessä');
    expect(text).not.toContain('Toinen Asiakas');
    expect(text).not.toContain('toinen@example.fi');
    expect(value(await m<PrivacyRequest>('privacy.requests.get', { id: r.id })).status).toBe('completed');
  });

  it('in English for an English-speaking requester', async () => {
    const r = await request(['access'], 'en');
    const text = pdfText(value(await m<{ base64: string }>('privacy.extract', { requestId: r.id })).base64, 'register-extract-en.pdf');
    for (const e of ['REGISTER EXTRACT', 'Identity and contact data', 'Invoices and payments', 'Disclosures of your data', 'Retention period', 'Office of the Data Protection Ombudsman', 'before a court']) expect(text, e).toContain(e);
  });

  it('portability: JSON and CSV in one ZIP', async () => {
    const r = await request(['portability']);
    const zip = unzipSync(Buffer.from(value(await m<{ base64: string }>('privacy.portability', { requestId: r.id })).base64, 'base64'));
    expect(Object.keys(zip).sort()).toEqual(['README.txt', 'customer.csv', 'disclosures.csv', 'history.csv', 'invoice-lines.csv', 'invoices.csv', 'orders.csv', 'payments.csv', 'person.json', 'requests.csv', 'sources.csv']);
    const json = JSON.parse(strFromU8(zip['person.json']!)) as { customer: { email: string }; invoices: { number: number }[] };
    expect(json.customer.email).toBe('sarka@example.cz');
    expect(json.invoices[0]!.number).toBe(invoiceNumber);
    expect(strFromU8(zip['customer.csv']!)).toContain('Łukasiewicz-Äijälä');
    expect(strFromU8(zip['payments.csv']!)).toContain('5000');
  });
});
