// The demo register behind the README's pictures: a small shop in Rauma with a manager and a
// clerk, a handful of customers (one of them at a business customer), an issued invoice, a
// correction request refused in part with its certificate, and one backup on the "stick".
// Arranged through the API, as the e2e specs do; every name is made up.
import type { RectificationResult } from '../../shared/api/rectification';
import { arrangeRegister, MANAGER, type Harness } from '../e2e/support/harness';
import { shopCustomer } from '../e2e/support/counter';
import { daysBeforeToday } from '../support/customers';
import { writtenRequest, type Arranged, type CreatedRequest } from '../e2e/support/privacy';

export interface Demo {
  invoiceId: number;
  cardCustomerNumber: number;
  refusal: { requestId: number; documentId: number };
}

const PEOPLE: [string, string, string][] = [
  ['Aino', 'Virtanen', '040 123 4567'],
  ['Eino', 'Laaksonen', '044 765 4321'],
  ['Helmi', 'Mäkinen', '050 222 3344'],
  ['Onni', 'Järvinen', '045 888 1212'],
  ['Siiri', 'Heikkilä', '040 555 9090'],
  ['Väinö', 'Koskinen', '050 404 5050'],
  ['Lempi', 'Nieminen', '044 313 2424'],
  ['Toivo', 'Salo', '041 700 8080'],
];

export async function arrangeDemo(h: Harness, stick: string): Promise<Demo> {
  await arrangeRegister(h);
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await h.api('invoicing.settings.update', { iban: 'FI7944052020036082', bic: 'OKOYFIHH' });
  const org = await h.api<{ id: number }>('organizations.create', { name: 'Rauman Puu ja Paperi Oy', businessId: '0112038-9', street: 'Satamakatu 5', postalCode: '26100', city: 'Rauma' });
  const customers: (Arranged & { customerNumber: number })[] = [];
  for (const [i, [first, last, phone]] of PEOPLE.entries()) {
    const email = `${first}.${last}@example.fi`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    customers.push(await h.api('customers.create', shopCustomer(first, last, phone, i === 1 ? org.id : null, email)));
  }
  const aino = customers[0]!;
  // Home's duties: Helmi's invoice of six weeks ago is still unpaid (a reminder is due), and Onni's
  // access request came by post without a signature to compare (waiting for the identity check).
  const sixWeeksAgo = daysBeforeToday(42);
  const old = await h.api<{ id: number }>('invoices.createDraft', {
    customerId: customers[2]!.id,
    invoiceDate: sixWeeksAgo,
    paymentTermDays: 14,
    lines: [{ description: 'Mustekasetti 304 XL', quantity: 2, unit: 'kpl', unitPriceCents: 3490, vatCategory: 'general' }],
  });
  await h.api('invoices.issue', { id: old.id, invoiceDate: sixWeeksAgo });
  await h.api('privacy.requests.create', { ...writtenRequest(['access'], customers[3]!, 'Haluan nähdä tietoni.'), signed: false, identityMethod: 'other', identityNote: 'Osoite täsmää rekisteriin' });
  const draft = await h.api<{ id: number }>('invoices.createDraft', {
    customerId: aino.id,
    lines: [
      { description: 'Toimistotuoli Kaarna', quantity: 1, unit: 'kpl', unitPriceCents: 18900, vatCategory: 'general' },
      { description: 'Kopiopaperi A4 80 g, 500 arkkia', quantity: 5, unit: 'pkt', unitPriceCents: 690, vatCategory: 'general' },
    ],
  });
  const invoice = await h.api<{ id: number }>('invoices.issue', { id: draft.id });
  // Eino asks to have his phone number "corrected" to one that is not his: refused, with reasons.
  const eino = customers[1]!;
  const request = await h.api<CreatedRequest>('privacy.requests.create', writtenRequest(['rectification'], eino, 'Puhelinnumeroni on väärin, oikea on 040 765 4321.'));
  const refused = await h.api<RectificationResult>('privacy.rectification.refuse', {
    requestId: request.id,
    asked: [{ field: 'phone', requestedValue: '040 765 4321' }],
    reasons: ['data_correct'],
    reasonText: 'Numero 044 765 4321 on tarkistettu asiakkaalta puhelimitse.',
  });
  await h.api('backup.create', { folder: stick });
  await h.api('session.logout');
  return {
    invoiceId: invoice.id,
    cardCustomerNumber: aino.customerNumber,
    refusal: { requestId: request.id, documentId: refused.refusalLetter!.documentId },
  };
}
