// Issue #16 §1: an intra-Community supply (AVL 72 a §) needs a business buyer in another EU member
// state with a valid VAT number, reverse charge a business buyer; the invoice then prints the
// buyer's VAT number (AVL 209 e §).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/api/customers';
import type { Invoice } from '../../shared/api/invoices';
import type { Organization } from '../../shared/api/organizations';
import { person } from '../support/customers';
import { keepLetter } from '../support/pdf';
import { value } from '../support/register';
import { invoicingRegister, line, pdfText, type Call } from '../support/invoicing';

type Pdf = { filename: string; base64: string };
const intraEu = (over: Record<string, unknown> = {}) => line({ description: 'Hyllykkö', vatCategory: 'zero', exemptionReason: 'intraEuGoods', quantity: 1, unitPriceCents: 12000, ...over });

describe('exemption reasons and the buyer', () => {
  let r: Awaited<ReturnType<typeof invoicingRegister>>;
  let m: Call;
  let ukConsumer: Customer;
  let germanNoVat: Customer;
  let germanWithVat: Customer;
  beforeAll(async () => {
    r = await invoicingRegister();
    m = r.m;
    ukConsumer = value(await m<Customer>('customers.create', { ...person({ firstName: 'John', lastName: 'Smith', email: 'john@example.co.uk', phone: '+44 20 7946 0958', street: '1 High Street', postalCode: 'SW1A 1AA', city: 'London', country: 'GB', language: 'en' }), confirmNotDuplicate: true }));
    const gmbh = value(await m<Organization>('organizations.create', { name: 'Holz GmbH', street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' }));
    germanNoVat = value(await m<Customer>('customers.create', { ...person({ firstName: 'Hans', lastName: 'Müller', email: 'hans@holz.de', phone: '+49 30 123456', organizationId: gmbh.id, country: 'DE', postalCode: '10115', city: 'Berlin', language: 'en' }), confirmNotDuplicate: true }));
    const ag = value(await m<Organization>('organizations.create', { name: 'Möbel AG', vatNumber: 'de 123 456 789', street: 'Ring 2', postalCode: '80331', city: 'München', country: 'DE' }));
    expect(ag.vatNumber).toBe('DE123456789');
    germanWithVat = value(await m<Customer>('customers.create', { ...person({ firstName: 'Greta', lastName: 'Schmidt', email: 'greta@moebel.de', phone: '+49 89 654321', organizationId: ag.id, country: 'DE', postalCode: '80331', city: 'München', language: 'en' }), confirmNotDuplicate: true }));
  });
  afterAll(() => r.close());

  it('refuses an intra-Community supply to a UK consumer, on the line’s field', async () => {
    const res = await m('invoices.createDraft', { customerId: ukConsumer.id, lines: [line(), intraEu()] });
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error.code).toBe('VALIDATION');
    expect(!res.ok && res.error.details?.fields?.['lines.1.exemptionReason']).toMatch(/another EU member state|toisessa EU-maassa/);
  });

  it('refuses it already on the order (typed at the counter), and accepts it for a customer whose company qualifies', async () => {
    const res = await m('orders.create', { customerId: ukConsumer.id, lines: [line(), intraEu()] });
    expect(!res.ok && res.error.details?.fields?.['lines.1.exemptionReason']).toMatch(/another EU member state|toisessa EU-maassa/);
    const ok = value(await m<{ id: number; lines: unknown[] }>('orders.create', { customerId: germanWithVat.id, lines: [intraEu()] }));
    expect(ok.lines).toHaveLength(1);
    const changed = await m('orders.update', { id: ok.id, lines: [intraEu({ exemptionReason: 'reverseChargeConstruction' }), intraEu()] });
    expect(changed.ok).toBe(true);
    const germanOrder = await m('orders.create', { customerId: germanNoVat.id, lines: [intraEu()] });
    expect(!germanOrder.ok && germanOrder.error.code).toBe('VALIDATION');
  });

  it('refuses reverse charge to a consumer', async () => {
    const res = await m('invoices.createDraft', { customerId: r.maija.id, lines: [line({ vatCategory: 'zero', exemptionReason: 'reverseChargeConstruction' })] });
    expect(!res.ok && res.error.details?.fields?.['lines.0.exemptionReason']).toMatch(/yritys|business/);
  });

  it('refuses a German company without a VAT number', async () => {
    const res = await m('invoices.createDraft', { customerId: germanNoVat.id, lines: [intraEu()] });
    expect(!res.ok && res.error.code).toBe('VALIDATION');
  });

  it('refuses a Finnish company even with its (derived) VAT number', async () => {
    const org = value(await m<Organization>('organizations.get', { id: r.organizationId }));
    expect(org.effectiveVatNumber).toBe('FI07375462');
    const res = await m('invoices.createDraft', { customerId: r.pasi.id, lines: [intraEu()] });
    expect(!res.ok && res.error.code).toBe('VALIDATION');
  });

  it('refuses at issue when the buyer lost its VAT number after the draft', async () => {
    const ag = value(await m<Organization>('organizations.create', { name: 'Tisch KG', vatNumber: 'DE987654321', street: 'Weg 3', postalCode: '20095', city: 'Hamburg', country: 'DE' }));
    const c = value(await m<Customer>('customers.create', { ...person({ firstName: 'Karl', lastName: 'Tisch', email: 'karl@tisch.de', phone: '+49 40 111222', organizationId: ag.id, country: 'DE', postalCode: '20095', city: 'Hamburg', language: 'en' }), confirmNotDuplicate: true }));
    const draft = value(await m<Invoice>('invoices.createDraft', { customerId: c.id, lines: [intraEu()] }));
    value(await m('organizations.update', { id: ag.id, organization: { name: 'Tisch KG', vatNumber: '', street: 'Weg 3', postalCode: '20095', city: 'Hamburg', country: 'DE' } }));
    const res = await m('invoices.issue', { id: draft.id });
    expect(!res.ok && res.error.code).toBe('VALIDATION');
  });

  it('accepts a German company with a DE VAT number and prints both VAT numbers, also on the credit note', async () => {
    const draft = value(await m<Invoice>('invoices.createDraft', { customerId: germanWithVat.id, lines: [intraEu()] }));
    const inv = value(await m<Invoice>('invoices.issue', { id: draft.id }));
    expect(inv.buyer.vatNumber).toBe('DE123456789');
    const pdf = value(await m<Pdf>('invoices.pdf', { id: inv.id }));
    keepLetter(pdf.base64, 'intra-eu-invoice.pdf'); // for looking at (pdftoppm)
    const { text } = pdfText(r.tmp.dir, pdf);
    expect(text).toMatch(/Buyer’s VAT ID\s+DE123456789/);
    expect(text).toMatch(/72 a §/);
    const cn = value(await m<Invoice>('invoices.creditNote', { invoiceId: inv.id, reason: 'Returned' }));
    const cnText = pdfText(r.tmp.dir, value(await m<Pdf>('invoices.pdf', { id: cn.id }))).text;
    expect(cnText).toMatch(/Buyer’s VAT ID\s+DE123456789/);
  });

  it('refuses a VAT number in the wrong format, and a Finnish one that is not the business ID', async () => {
    const bad = await m('organizations.create', { name: 'X GmbH', vatNumber: 'DE12345', country: 'DE' });
    expect(!bad.ok && bad.error.details?.fields?.vatNumber).toMatch(/ALV-tunniste|VAT number/);
    const fi = await m('organizations.create', { name: 'Y Oy', businessId: '0737546-2', vatNumber: 'FI01120389' });
    expect(!fi.ok && fi.error.details?.fields?.vatNumber).toBeTruthy();
  });
});
