// Finvoice 3.0 out (issue #18 §2–3): an organisation's e-invoice address on its card, and issued
// invoices, credit notes and reminders as Finvoice messages that validate against the official
// XSD (test/fixtures/finvoice/Finvoice3.0.xsd, with xmllint) and carry the same amounts,
// reference and barcode as the PDF of the same document. On a real encrypted register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Invoice } from '../../shared/api/invoices';
import type { Organization } from '../../shared/api/organizations';
import type { Disclosure } from '../../shared/api/disclosures';
import { money } from '../../electron/core/documents/invoiceParts';
import { parseAmount } from '../../electron/core/finvoice/format';
import { isValidOvt, isValidOperatorId, ovtFromBusinessId } from '../../shared/finnish/einvoiceAddress';
import { MANAGER, loggedIn, staffClerk, value } from '../support/register';
import { invoicingRegister, issuedInvoice, line, pdfText, type Call } from '../support/invoicing';

const XSD = join(process.cwd(), 'test', 'fixtures', 'finvoice', 'Finvoice3.0.xsd');
type File = { filename: string; base64: string };

/** Validates with libxml2 against the official schema; returns xmllint's complaint when it fails. */
function schemaErrors(dir: string, file: File): string {
  const path = join(dir, file.filename);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  const r = spawnSync('xmllint', ['--noout', '--schema', XSD, path], { encoding: 'utf8' });
  return r.status === 0 ? '' : `${r.stderr}`;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false, isArray: (name) => ['InvoiceRow', 'VatSpecificationDetails', 'VatFreeText', 'BuyerOrganisationName'].includes(name) });
const read = (file: File) => parser.parse(Buffer.from(file.base64, 'base64').toString('utf8')).Finvoice;
const text = (node: unknown): string => (typeof node === 'object' && node !== null ? String((node as Record<string, unknown>)['#text'] ?? '') : String(node ?? ''));
const cents = (node: unknown) => parseAmount(text(node));

describe('Finvoice 3.0 out', () => {
  let r: Awaited<ReturnType<typeof invoicingRegister>>;
  let m: Call;
  let dir: string;
  let threeRates: Invoice;
  let zeroRated: Invoice;

  beforeAll(async () => {
    r = await invoicingRegister('2026-03-02T09:00:00Z');
    m = r.m;
    dir = join(r.tmp.dir, 'finvoice-out');
    mkdirSync(dir, { recursive: true });
    threeRates = await issuedInvoice(m, r.pasi.id, {
      lines: [
        line({ description: 'Tulostin & värikasetit <Pro>', quantity: 2, unitPriceCents: 12990, vatCategory: 'general' }),
        line({ description: 'Kahvi, 500 g', quantity: 12, unitPriceCents: 749, discountPercent: 10, vatCategory: 'reducedA' }),
        line({ description: 'Aikakauslehti Toimisto 1/2026', quantity: 1.5, unit: 'vsk', unitPriceCents: 4500, vatCategory: 'reducedB' }),
      ],
      yourReference: 'Tilaus 77/Pasi',
    });
  });
  afterAll(() => r.close());

  it('validates the e-invoice address and the operator ID on the organisation’s card', async () => {
    expect(ovtFromBusinessId('0737546-2')).toBe('003707375462');
    expect(isValidOvt('003707375462')).toBe(true);
    expect(isValidOvt('003707375462ABC12')).toBe(true);
    expect(isValidOvt('003707375463')).toBe(false); // check digit
    expect(isValidOvt('0037073754621234567')).toBe(false); // more than 5 after the Y-tunnus
    expect(isValidOperatorId('NDEAFIHH')).toBe(true);
    expect(isValidOperatorId('003721291126')).toBe(true);
    expect(isValidOperatorId('maventa!')).toBe(false);

    const org = value(await m<Organization>('organizations.get', { id: r.organizationId }));
    const base = { name: org.name, businessId: org.businessId, street: org.street, postalCode: org.postalCode, city: org.city, country: org.country, vatNumber: '' };
    const bad = await m('organizations.update', { id: org.id, organization: { ...base, einvoiceAddress: '0037 0737546-3', einvoiceOperator: 'NDEAFIHH' } });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    expect(!bad.ok && bad.error.details?.fields?.['organization.einvoiceAddress']).toMatch(/OVT-tunnus/);
    const noOperator = await m('organizations.update', { id: org.id, organization: { ...base, einvoiceAddress: '003707375462' } });
    expect(!noOperator.ok && noOperator.error.details?.fields?.['organization.einvoiceOperator']).toMatch(/välittäjän/);
    // Nothing was saved by the refused attempts.
    expect(value(await m<Organization>('organizations.get', { id: org.id })).einvoiceAddress).toBe('');
  });

  it('refuses, with a clear message and no disclosure, an organisation without an e-invoice address and a private customer’s invoice', async () => {
    const before = value(await m<Disclosure[]>('privacy.disclosures.list', {})).length;
    const noAddress = await m('invoices.finvoice', { id: threeRates.id });
    expect(!noAddress.ok && noAddress.error.code).toBe('CONFLICT');
    expect(!noAddress.ok && noAddress.error.message).toMatch(/verkkolaskuosoitetta/);
    expect(value(await m<Invoice>('invoices.get', { id: threeRates.id })).einvoice).toBeNull();
    const consumer = await issuedInvoice(m, r.maija.id);
    const res = await m('invoices.finvoice', { id: consumer.id });
    expect(!res.ok && res.error.code).toBe('CONFLICT');
    expect(!res.ok && res.error.message).toMatch(/henkilöasiakkaalle/);
    expect(value(await m<Disclosure[]>('privacy.disclosures.list', {})).length).toBe(before);
  });

  it('saves a valid address on the card: spaces removed, upper case; the invoice then offers Finvoice', async () => {
    const org = value(await m<Organization>('organizations.get', { id: r.organizationId }));
    const saved = value(
      await m<Organization>('organizations.update', {
        id: org.id,
        organization: { name: org.name, businessId: org.businessId, street: org.street, postalCode: org.postalCode, city: org.city, country: org.country, vatNumber: '', einvoiceAddress: '0037 0737 5462', einvoiceOperator: 'ndeafihh' },
      }),
    );
    expect(saved).toMatchObject({ einvoiceAddress: '003707375462', einvoiceOperator: 'NDEAFIHH' });
    expect(value(await m<Invoice>('invoices.get', { id: threeRates.id })).einvoice).toEqual({ address: '003707375462', operator: 'NDEAFIHH' });
  });

  it('an invoice with three VAT rates validates against the Finvoice 3.0 XSD and says what its PDF says', async () => {
    const file = value(await m<File>('invoices.finvoice', { id: threeRates.id }));
    expect(file.filename).toBe(`finvoice-lasku-${threeRates.number}.xml`);
    expect(schemaErrors(dir, file)).toBe('');
    const f = read(file);
    expect(f['@_Version']).toBe('3.0');
    expect(f.MessageTransmissionDetails.MessageSenderDetails).toMatchObject({ FromIdentifier: { '#text': '003710074353', '@_SchemeID': '0037' }, FromIntermediator: 'OKOYFIHH' });
    expect(f.MessageTransmissionDetails.MessageReceiverDetails).toMatchObject({ ToIdentifier: { '#text': '003707375462', '@_SchemeID': '0037' }, ToIntermediator: 'NDEAFIHH' });
    expect(f.BuyerPartyDetails).toMatchObject({ BuyerPartyIdentifier: '0737546-2', BuyerOrganisationName: ['Rauman Puutyö Oy'], BuyerOrganisationTaxCode: 'FI07375462' });
    expect(text(f.InvoiceDetails.InvoiceTypeCode)).toBe('INV01');
    expect(String(f.InvoiceDetails.InvoiceNumber)).toBe(String(threeRates.number));
    // XML-special characters are escaped by the builder, and come back intact.
    expect(f.InvoiceRow[0].ArticleName).toBe('Tulostin & värikasetit <Pro>');

    const pdf = pdfText(dir, value(await m<File>('invoices.pdf', { id: threeRates.id }))).text;
    const specs = f.InvoiceDetails.VatSpecificationDetails as Record<string, unknown>[];
    expect(specs.map((s) => s.VatRatePercent)).toEqual(['25,5', '13,5', '10']);
    for (const [i, s] of specs.entries()) {
      const row = threeRates.vatRows[i]!;
      expect([cents(s.VatBaseAmount), cents(s.VatRateAmount)]).toEqual([row.netCents, row.vatCents]);
      // The PDF's VAT summary row of that rate: rate, taxable amount, tax, with tax.
      expect(pdf).toMatch(new RegExp(`${String(s.VatRatePercent)} %\\s+${money(row.netCents)}\\s+${money(row.vatCents)}\\s+${money(row.grossCents)}`));
    }
    const total = cents(f.InvoiceDetails.InvoiceTotalVatIncludedAmount);
    expect(total).toBe(threeRates.grossCents);
    expect(cents(f.InvoiceDetails.InvoiceTotalVatAmount)).toBe(threeRates.vatCents);
    expect(cents(f.EpiDetails.EpiPaymentInstructionDetails.EpiInstructedAmount)).toBe(total);
    expect(pdf).toContain(money(total));
    // Each line's net amount as the lines table prints it.
    for (const [i, row] of (f.InvoiceRow as Record<string, unknown>[]).entries()) expect(cents(row.RowVatExcludedAmount)).toBe(threeRates.lines[i]!.netCents);
    // Reference and barcode: the same value the PDF prints under the transfer form.
    const reference = text(f.EpiDetails.EpiPaymentInstructionDetails.EpiRemittanceInfoIdentifier);
    expect(reference).toBe(threeRates.referenceFormatted!.replace(/\s/g, ''));
    expect(pdf).toContain(threeRates.referenceFormatted!);
    expect(String(f.VirtualBankBarcode)).toBe(threeRates.virtualBarcode);
    expect(pdf.replace(/\s/g, '')).toContain(String(f.VirtualBankBarcode));
    expect(text(f.EpiDetails.EpiPaymentInstructionDetails.EpiDateOptionDate)).toBe(threeRates.dueDate!.replace(/-/g, ''));
  });

  it('each export is a disclosure to the operator and an audit entry', async () => {
    const disclosures = value(await m<Disclosure[]>('privacy.disclosures.list', { customerId: r.pasi.id }));
    expect(disclosures[0]).toMatchObject({ recipient: 'NDEAFIHH', purpose: `Verkkolaskun välitys (Finvoice): lasku ${threeRates.number}` });
    expect(disclosures[0]!.reference).toContain('003707375462');
    const audit = value(await m<{ action: string; details: Record<string, unknown> }[]>('audit.list', { limit: 20 })).find((a) => a.action === 'invoice.finvoice');
    expect(audit?.details).toMatchObject({ invoiceId: threeRates.id, disclosureId: disclosures[0]!.id, organizationId: r.organizationId });
  });

  it('a 0 % line carries its exemption reason (words, category and VATEX code) and validates', async () => {
    zeroRated = await issuedInvoice(m, r.pasi.id, {
      lines: [line({ quantity: 3 }), line({ description: 'Asennustyö (rakentamispalvelu)', quantity: 4, unit: 'h', unitPriceCents: 5200, vatCategory: 'zero', exemptionReason: 'reverseChargeConstruction' })],
    });
    const file = value(await m<File>('invoices.finvoice', { id: zeroRated.id }));
    expect(schemaErrors(dir, file)).toBe('');
    const f = read(file);
    const zero = (f.InvoiceDetails.VatSpecificationDetails as Record<string, unknown>[]).find((s) => s.VatRatePercent === '0')!;
    expect(zero).toMatchObject({ VatCode: 'AE', VatExemptionReasonCode: 'VATEX-EU-AE', VatFreeText: ['Käännetty verovelvollisuus (rakentamispalvelu), AVL 8 c §'] });
    expect(cents(zero.VatBaseAmount)).toBe(20800);
    expect(cents(zero.VatRateAmount)).toBe(0);
    expect(f.InvoiceRow[1]).toMatchObject({ RowVatRatePercent: '0', RowVatCode: 'AE' });
    const pdf = pdfText(dir, value(await m<File>('invoices.pdf', { id: zeroRated.id }))).text;
    expect(pdf).toMatch(/Käännetty verovelvollisuus \(rakentamispalvelu\)/);
    expect(pdf).toContain(money(cents(f.InvoiceDetails.InvoiceTotalVatIncludedAmount)));
  });

  it('a credit note: INV02, negative amounts, the invoice it credits; validates', async () => {
    const credit = value(await m<Invoice>('invoices.creditNote', { invoiceId: threeRates.id, reason: 'Palautus' }));
    const file = value(await m<File>('invoices.finvoice', { id: credit.id }));
    expect(file.filename).toBe(`finvoice-hyvityslasku-${credit.number}.xml`);
    expect(schemaErrors(dir, file)).toBe('');
    const f = read(file);
    expect(text(f.InvoiceDetails.InvoiceTypeCode)).toBe('INV02');
    expect(f.InvoiceDetails).toMatchObject({ InvoiceTypeCodeUN: '381', OriginalInvoiceNumber: String(threeRates.number) });
    expect(cents(f.InvoiceDetails.InvoiceTotalVatIncludedAmount)).toBe(-threeRates.grossCents);
    expect(f.VirtualBankBarcode).toBeUndefined();
    const pdf = pdfText(dir, value(await m<File>('invoices.pdf', { id: credit.id }))).text;
    expect(pdf).toContain(money(credit.grossCents));
    for (const [i, s] of (f.InvoiceDetails.VatSpecificationDetails as Record<string, unknown>[]).entries()) expect(cents(s.VatRateAmount)).toBe(credit.vatRows[i]!.vatCents);
  });

  it('a reminder: its rows add up to what the reminder letter asks; same reference, barcode and total as its PDF; validates', async () => {
    await r.advanceDays(32); // 3.4.2026: the invoice of 2.3. (14 days) is well overdue
    const reminded = value(await m<Invoice>('invoices.remind', { invoiceId: zeroRated.id, businessCompensation: true }));
    const rem = reminded.reminders[0]!;
    const file = value(await m<File>('invoices.reminderFinvoice', { reminderId: rem.id }));
    expect(file.filename).toBe(`finvoice-maksumuistutus-${zeroRated.number}-1.xml`);
    expect(schemaErrors(dir, file)).toBe('');
    const f = read(file);
    expect(text(f.InvoiceDetails.InvoiceTypeCode)).toBe('INV09');
    const rows = f.InvoiceRow as Record<string, unknown>[];
    expect(rows.reduce((s, row) => s + cents(row.RowAmount), 0)).toBe(rem.totalCents);
    expect(cents(f.InvoiceDetails.InvoiceTotalVatIncludedAmount)).toBe(rem.totalCents);
    expect(cents(f.EpiDetails.EpiPaymentInstructionDetails.EpiInstructedAmount)).toBe(rem.totalCents);
    expect(text(f.EpiDetails.EpiPaymentInstructionDetails.EpiDateOptionDate)).toBe(rem.dueDate.replace(/-/g, ''));

    const pdf = pdfText(dir, value(await m<File>('invoices.reminderPdf', { reminderId: rem.id }))).text;
    expect(pdf).toContain(money(rem.totalCents));
    expect(pdf).toContain(money(rem.compensationCents));
    expect(pdf).toContain(zeroRated.referenceFormatted!);
    expect(text(f.EpiDetails.EpiPaymentInstructionDetails.EpiRemittanceInfoIdentifier)).toBe(zeroRated.reference);
    expect(String(f.VirtualBankBarcode)).toMatch(/^\d{54}$/);
    expect(pdf.replace(/\s/g, '')).toContain(String(f.VirtualBankBarcode));
  });

  it('messages in English for an English session; a seller without a BIC is told what to fill in', async () => {
    const en = await loggedIn(r.core, MANAGER, 'window-en', 'en');
    const consumer = await issuedInvoice(m, r.maija.id);
    const res = await en('invoices.finvoice', { id: consumer.id });
    expect(!res.ok && res.error.message).toMatch(/private customer: use the PDF invoice/);
    value(await m('invoicing.settings.update', { bic: '' }));
    const noBic = await issuedInvoice(m, r.pasi.id);
    const refused = await en('invoices.finvoice', { id: noBic.id });
    expect(!refused.ok && refused.error.code).toBe('CONFLICT');
    expect(!refused.ok && refused.error.message).toMatch(/BIC \(invoicing settings\)/);
    value(await m('invoicing.settings.update', { bic: 'OKOYFIHH' }));
  });

  it('under a restriction of processing only the manager may send the contact person’s invoice to the operator', async () => {
    const staff = await staffClerk(r.core, m);
    value(await m('customers.setRestriction', { id: r.pasi.id, restricted: true, reason: 'Tietojen oikeellisuus kiistetty' }));
    const byStaff = await staff('invoices.finvoice', { id: zeroRated.id });
    expect(!byStaff.ok && byStaff.error.code).toBe('FORBIDDEN');
    expect(value(await m<File>('invoices.finvoice', { id: zeroRated.id })).filename).toMatch(/\.xml$/);
  });

  it('the XSD really is checked: a message broken on purpose fails xmllint', () => {
    const broken = { filename: 'broken.xml', base64: Buffer.from('<?xml version="1.0"?><Finvoice Version="3.0"><SellerPartyDetails/></Finvoice>').toString('base64') };
    expect(schemaErrors(dir, broken)).toMatch(/fails to validate|not expected|Missing child/);
    expect(execFileSync('xmllint', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) ?? '').toBeDefined();
  });
});
