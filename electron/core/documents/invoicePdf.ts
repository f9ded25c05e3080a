// The invoice: A4, window-envelope address, every item AVL 209 e § requires (date of issue, the
// unique number, the seller's business ID and VAT number, seller's and buyer's names and
// addresses, quantity and nature of the goods, delivery date, per VAT rate the taxable amount,
// rate and tax, unit prices without VAT, discounts, the reason for a 0 % line), the payment terms
// (due date, penalty interest, complaint period), and the bank transfer form with the virtual
// barcode drawn as Code 128 and printed in digits. A draft prints as a preview marked LUONNOS,
// without a number, reference, form or barcode.
import type { Invoice, InvoicingSettings } from '../../../shared/api/invoices';
import { formatIban } from '../../../shared/finnish/iban';
import { translator } from '../../../shared/i18n/translate';
import { addressLines, buyerVatRow, linesTable, money, rate, senderOf, vatSummary } from './invoiceParts';
import { createLetter, letterDate } from './letterLayout';
import { drawTransferForm, TRANSFER_FORM_HEIGHT, type DrawnBarcode } from './transferForm';

export interface RenderedPdf {
  filename: string;
  base64: string;
  /** What was drawn as the barcode (null when none): for tests that read the bars back. */
  barcode: DrawnBarcode | null;
}

export function invoicePdf(inv: Invoice, settings: Pick<InvoicingSettings, 'complaintDays'>): RenderedPdf {
  const draft = inv.status === 'draft';
  const lang = inv.language;
  const t = translator(lang);
  const k = (key: string, p?: Record<string, unknown>) => t(`documents.invoicing.invoice.${key}`, p);
  const meta: [string, string][] = [
    [k('date'), inv.invoiceDate ? letterDate(inv.invoiceDate) : '–'],
    [k('number'), inv.number !== null ? String(inv.number) : '–'],
    [k('customerNumber'), String(inv.buyer.customerNumber)],
    ...(inv.buyer.businessId ? ([[k('buyerBusinessId'), inv.buyer.businessId]] as [string, string][]) : []),
    ...buyerVatRow(inv.buyer, inv.lines, k('buyerVatNumber')),
    [k('reference'), inv.referenceFormatted ?? '–'],
    [k('paymentTerm'), inv.paymentTermDays > 0 ? k('paymentTermValue', { days: inv.paymentTermDays }) : k('paymentTermNow')],
    [k('dueDate'), inv.dueDate ? letterDate(inv.dueDate) : '–'],
    [k('penaltyInterest'), inv.penaltyInterestBp !== null ? `${rate(inv.penaltyInterestBp)} %` : k('penaltyInterestLaw')],
    [k('complaintTime'), k('complaintValue', { days: settings.complaintDays })],
    inv.deliveryPeriodStart
      ? [k('deliveryPeriod'), `${letterDate(inv.deliveryPeriodStart)}–${letterDate(inv.deliveryDate)}`]
      : [k('deliveryDate'), letterDate(inv.deliveryDate)],
    ...(inv.yourReference ? ([[t('documents.letter.yourReference'), inv.yourReference]] as [string, string][]) : []),
    ...(inv.ourReference ? ([[t('documents.letter.ourReference'), inv.ourReference]] as [string, string][]) : []),
  ];
  const letter = createLetter({
    lang,
    title: k('title'),
    sender: senderOf(inv.seller),
    recipient: addressLines(inv.buyer, lang),
    meta,
    ...(draft ? { watermark: k('draftMark') } : {}),
    subject: inv.number !== null ? `${k('title')} ${inv.number}` : k('title'),
    ...(inv.number !== null ? { continuation: `${k('number')} ${inv.number}` } : {}),
  });

  if (draft) letter.paragraph(k('draftNote'), { size: 8.5, gap: 3 });
  linesTable(letter, inv.lines);
  vatSummary(letter, inv, inv.lines, { totalLabel: k('total') });
  if (inv.notes) {
    letter.y += 2;
    letter.paragraph(`${k('notes')}: ${inv.notes}`, { size: 8.5 });
  }

  let barcode: DrawnBarcode | null = null;
  if (!draft) {
    // The form goes to the foot of the last page; a page of its own when the body is too long.
    if (letter.y > 297 - TRANSFER_FORM_HEIGHT - 22) {
      // A page of its own for the form: say what it pays.
      letter.newPage();
      letter.paragraph(`${k('number')} ${inv.number} · ${k('toPay')} ${money(inv.grossCents)} · ${k('dueDate')} ${inv.dueDate ? letterDate(inv.dueDate) : ''}`, { bold: true });
    }
    letter.reserveBottom(TRANSFER_FORM_HEIGHT);
    const foreign = !inv.seller.iban.toUpperCase().startsWith('FI');
    barcode = drawTransferForm(letter.doc, 297 - TRANSFER_FORM_HEIGHT, {
      iban: formatIban(inv.seller.iban),
      bic: inv.seller.bic,
      receiver: [inv.seller.name, inv.seller.street, `${inv.seller.postalCode} ${inv.seller.city}`],
      payer: addressLines(inv.buyer, lang),
      reference: inv.referenceFormatted ?? '',
      dueDate: inv.dueDate ? letterDate(inv.dueDate) : '',
      amount: money(inv.grossCents),
      info: [`${k('number')} ${inv.number}`, `${k('rfReference')} ${inv.rfReferenceFormatted ?? ''}`, k('payWithReference')],
      virtualBarcode: inv.virtualBarcode,
      barcodeLabel: k('barcode'),
      noBarcodeNote: foreign ? k('foreignIban') : k('noBarcode'),
    });
  }
  const name = inv.number !== null ? `${lang === 'fi' ? 'lasku' : 'invoice'}-${inv.number}.pdf` : `${lang === 'fi' ? 'laskuluonnos' : 'invoice-draft'}-${inv.id}.pdf`;
  return { ...letter.finish(name), barcode };
}

