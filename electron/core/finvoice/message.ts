// Finvoice 3.0 messages (Finanssiala's e-invoice format) for an issued invoice, a credit note and
// a payment reminder, built as a tree and written by fast-xml-parser's XMLBuilder (which escapes
// every text), in the element order of the schema (test/fixtures/finvoice/Finvoice3.0.xsd).
//
// Every amount, the reference and the virtual barcode come from the same values the PDFs print
// (the loaded Invoice's totals and VAT rows, inv.virtualBarcode, the reminder row and
// reminderParts), so the paper and the e-invoice of one document agree by construction.
import { XMLBuilder } from 'fast-xml-parser';
import type { Invoice } from '../../../shared/api/invoices';
import type { PricedLine } from '../../../shared/api/orders';
import { translator } from '../../../shared/i18n/translate';
import type { ReminderRow } from '../invoices/invoicesRepo';
import { addDays } from '../invoices/calendar';
import { letterDate } from '../documents/letterLayout';
import { paidBeforeReminder, reminderBarcode } from '../documents/reminderParts';
import { amount, chunks, date, eur, percent, quantity } from './format';
import { buyerParty, sellerInformation, sellerOrganisationUnitNumber, sellerParty, transmission, type Routing } from './parties';
import { vatCategory, vatSpecifications } from './vat';

/**
 * Finvoice message type codes (the schema allows INV00–INV99; the meaning is Finanssiala's code
 * list). INV01 invoice and INV02 credit note are certain (Finanssiala's examples and every
 * implementation read); INV09 for a payment reminder (maksumuistutus) follows the code list as we
 * know it but could not be checked against the implementation guideline from here — if the
 * operator rejects it, this is the one line to change.
 */
export const TYPE_CODES = { invoice: 'INV01', creditNote: 'INV02', reminder: 'INV09' } as const;
/** UNTDID 1001 equivalents (EN 16931): 380 commercial invoice, 381 credit note. */
const TYPE_CODES_UN = { invoice: '380', creditNote: '381' } as const;

export interface MessageFrame {
  routing: Routing;
  /** Unique per message (the operator refuses a repeated identifier). */
  messageId: string;
  /** ISO-8601 instant. */
  timestamp: string;
}

export interface FinvoiceFile {
  filename: string;
  xml: string;
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', format: true, indentBy: '  ' });

function write(body: Record<string, unknown>): string {
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    Finvoice: { '@_Version': '3.0', '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', '@_xsi:noNamespaceSchemaLocation': 'Finvoice3.0.xsd', ...body },
  }) as string;
}

/** The head of every message: frame, seller, buyer (in the schema's order). */
function head(inv: Invoice, frame: MessageFrame): Record<string, unknown> {
  return {
    MessageTransmissionDetails: transmission(frame.routing, frame.messageId, frame.timestamp),
    SellerPartyDetails: sellerParty(inv.seller),
    SellerOrganisationUnitNumber: sellerOrganisationUnitNumber(inv.seller),
    SellerInformationDetails: sellerInformation(inv.seller, translator(inv.language)('documents.letter.vatRegistered')),
    BuyerPartyDetails: buyerParty(inv.buyer),
    BuyerOrganisationUnitNumber: frame.routing.to.address,
    ...(inv.buyer.attention ? { BuyerContactPersonName: chunks(inv.buyer.attention, 70, 1)[0] } : {}),
  };
}

function delivery(inv: Invoice): Record<string, unknown> {
  return inv.deliveryPeriodStart
    ? { DeliveryPeriodDetails: { StartDate: date(inv.deliveryPeriodStart), EndDate: date(inv.deliveryDate) } }
    : { DeliveryDate: date(inv.deliveryDate) };
}

/** One invoice line: what the PDF's lines table shows (net of VAT; VAT is summed per rate). */
function lineRow(l: PricedLine): Record<string, unknown> {
  const name = chunks(l.description, 100, 1)[0] ?? '';
  return {
    ArticleName: name,
    ...(l.description.length > name.length ? { ArticleDescription: l.description.slice(0, 512) } : {}),
    InvoicedQuantity: { '#text': quantity(l.quantityMilli), '@_QuantityUnitCode': l.unit.slice(0, 14) },
    UnitPriceAmount: { '#text': amount(l.unitPriceCents), '@_AmountCurrencyIdentifier': 'EUR' },
    RowDeliveryDate: date(l.deliveryDate),
    ...(l.discountBp ? { RowDiscountPercent: percent(l.discountBp) } : {}),
    RowVatRatePercent: percent(l.vatRateBp),
    RowVatCode: vatCategory(l),
    RowVatExcludedAmount: eur(l.netCents),
  };
}

function epi(inv: Invoice, o: { date: string; reference: string; cents: number; due: string }): Record<string, unknown> {
  return {
    EpiIdentificationDetails: { EpiDate: date(o.date), EpiReference: o.reference },
    EpiPartyDetails: {
      EpiBfiPartyDetails: { EpiBfiIdentifier: { '#text': inv.seller.bic, '@_IdentificationSchemeName': 'BIC' } },
      EpiBeneficiaryPartyDetails: {
        EpiNameAddressDetails: chunks(inv.seller.name, 35, 1)[0],
        EpiAccountID: { '#text': inv.seller.iban, '@_IdentificationSchemeName': 'IBAN' },
      },
    },
    EpiPaymentInstructionDetails: {
      ...(o.reference ? { EpiRemittanceInfoIdentifier: { '#text': o.reference, '@_IdentificationSchemeName': 'SPY' } } : {}),
      EpiInstructedAmount: eur(o.cents),
      EpiCharge: { '#text': '', '@_ChargeOption': 'SLEV' },
      EpiDateOptionDate: date(o.due),
    },
  };
}

const fileName = (inv: Invoice, fi: string, en: string, tail: string) => `finvoice-${inv.language === 'fi' ? fi : en}-${tail}.xml`;

/** An issued invoice or credit note. */
export function invoiceMessage(inv: Invoice, frame: MessageFrame): FinvoiceFile {
  const t = translator(inv.language);
  const credit = inv.kind === 'credit_note';
  const kind = credit ? 'creditNote' : 'invoice';
  const free = [...(credit && inv.creditReason ? [t('documents.finvoice.creditReason', { reason: inv.creditReason })] : []), ...(inv.notes ? [inv.notes] : [])];
  const details: Record<string, unknown> = {
    InvoiceTypeCode: { '#text': TYPE_CODES[kind], '@_CodeListAgencyIdentifier': 'SPY' },
    InvoiceTypeCodeUN: TYPE_CODES_UN[kind],
    InvoiceTypeText: t(`documents.finvoice.typeText.${kind}`),
    OriginCode: 'Original',
    InvoiceNumber: String(inv.number),
    InvoiceDate: date(inv.invoiceDate!),
    ...(credit && inv.creditedInvoice ? { OriginalInvoiceNumber: String(inv.creditedInvoice.number), OriginalInvoiceDate: date(inv.creditedInvoice.invoiceDate) } : {}),
    ...(inv.deliveryPeriodStart ? { InvoicingPeriodStartDate: date(inv.deliveryPeriodStart), InvoicingPeriodEndDate: date(inv.deliveryDate) } : {}),
    ...(inv.ourReference ? { SellerReferenceIdentifier: inv.ourReference.slice(0, 70) } : {}),
    ...(inv.yourReference ? { BuyerReferenceIdentifier: inv.yourReference.slice(0, 70) } : {}),
    RowsTotalVatExcludedAmount: eur(inv.netCents),
    InvoiceTotalVatExcludedAmount: eur(inv.netCents),
    InvoiceTotalVatAmount: eur(inv.vatCents),
    InvoiceTotalVatIncludedAmount: eur(inv.grossCents),
    VatSpecificationDetails: vatSpecifications(inv, inv.lines, inv.language),
    ...(free.length ? { InvoiceFreeText: free.flatMap((f) => chunks(f, 512)) } : {}),
    ...(credit
      ? {}
      : {
          PaymentTermsDetails: {
            PaymentTermsFreeText: inv.paymentTermDays > 0 ? t('documents.finvoice.paymentTerms', { days: inv.paymentTermDays }) : t('documents.finvoice.paymentTermsNow'),
            InvoiceDueDate: date(inv.dueDate!),
            ...(inv.penaltyInterestBp !== null ? { PaymentOverDueFineDetails: { PaymentOverDueFinePercent: percent(inv.penaltyInterestBp) } } : {}),
          },
        }),
  };
  const body = {
    ...head(inv, frame),
    DeliveryDetails: delivery(inv),
    InvoiceDetails: details,
    ...(inv.virtualBarcode ? { VirtualBankBarcode: inv.virtualBarcode } : {}),
    InvoiceRow: inv.lines.map(lineRow),
    EpiDetails: epi(inv, {
      date: inv.invoiceDate!,
      reference: inv.reference ?? '',
      cents: inv.grossCents,
      due: inv.dueDate ?? inv.invoiceDate!,
    }),
  };
  const name = credit ? fileName(inv, 'hyvityslasku', 'credit-note', String(inv.number)) : fileName(inv, 'lasku', 'invoice', String(inv.number));
  return { filename: name, xml: write(body) };
}

/** A payment reminder of an issued invoice: what the reminder letter asks, row by row. */
export function reminderMessage(inv: Invoice, r: ReminderRow, frame: MessageFrame): FinvoiceFile {
  const t = translator(inv.language);
  const k = (key: string, p?: Record<string, unknown>) => t(`documents.finvoice.reminderRows.${key}`, p);
  const row = (name: string, cents: number, overdue?: Record<string, unknown>) => ({
    ArticleName: name,
    ...(overdue ? { RowOverDuePaymentDetails: overdue } : {}),
    RowAmount: eur(cents),
  });
  const rows = [
    row(k('principal', { number: inv.number }), r.principal_cents, {
      RowOriginalInvoiceIdentifier: String(inv.number),
      RowOriginalInvoiceDate: date(inv.invoiceDate!),
      RowOriginalDueDate: date(inv.dueDate!),
      RowOriginalInvoiceTotalAmount: eur(inv.grossCents),
      RowOriginalEpiRemittanceInfoIdentifier: inv.reference ?? '',
      RowPaidVatIncludedAmount: eur(paidBeforeReminder(inv, r)),
      RowUnPaidVatIncludedAmount: eur(r.principal_cents),
    }),
    ...(r.earlier_charges_cents > 0 ? [row(k('earlierCharges'), r.earlier_charges_cents)] : []),
    ...(r.fee_cents > 0 ? [row(k('fee'), r.fee_cents)] : []),
    ...(r.compensation_cents > 0 ? [row(k('compensation'), r.compensation_cents)] : []),
    ...(r.interest_cents > 0
      ? [
          (() => {
            const from = r.interest_from ?? addDays(inv.dueDate!, 1);
            const rate = r.interest_rate_bp !== null ? percent(r.interest_rate_bp) : '';
            return row(k('interest', { rate, from: letterDate(from), to: letterDate(r.date) }), r.interest_cents, {
              ...(rate ? { RowInterestRate: rate } : {}),
              RowInterestStartDate: date(from),
              RowInterestEndDate: date(r.date),
              RowInterestChargeAmount: eur(r.interest_cents),
            });
          })(),
        ]
      : []),
  ];
  const barcode = reminderBarcode(inv, r);
  const body = {
    ...head(inv, frame),
    InvoiceDetails: {
      InvoiceTypeCode: { '#text': TYPE_CODES.reminder, '@_CodeListAgencyIdentifier': 'SPY' },
      InvoiceTypeText: t('documents.finvoice.typeText.reminder'),
      OriginCode: 'Original',
      InvoiceNumber: `${inv.number}-${r.sequence}`,
      InvoiceDate: date(r.date),
      OriginalInvoiceNumber: String(inv.number),
      OriginalInvoiceDate: date(inv.invoiceDate!),
      InvoiceTotalVatIncludedAmount: eur(r.total_cents),
      PaymentTermsDetails: {
        InvoiceDueDate: date(r.due_date),
        ...(r.interest_rate_bp !== null ? { PaymentOverDueFineDetails: { PaymentOverDueFinePercent: percent(r.interest_rate_bp) } } : {}),
      },
    },
    ...(barcode ? { VirtualBankBarcode: barcode } : {}),
    InvoiceRow: rows,
    EpiDetails: epi(inv, { date: r.date, reference: inv.reference ?? '', cents: r.total_cents, due: r.due_date }),
  };
  return { filename: fileName(inv, 'maksumuistutus', 'reminder', `${inv.number}-${r.sequence}`), xml: write(body) };
}
