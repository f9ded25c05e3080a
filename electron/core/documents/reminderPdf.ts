// The payment reminder (maksumuistutus): the invoice it is about, what is still unpaid, the fee
// (at most 5,00 €), the 40 € compensation for a business debtor when charged, the penalty
// interest accrued since the last reminder (or the due date), the total and the new due date at
// least 10 days ahead, with the bank transfer form and barcode for the total.
import type { Invoice, InvoicingSettings } from '../../../shared/api/invoices';
import { formatIban } from '../../../shared/finnish/iban';
import { translator } from '../../../shared/i18n/translate';
import type { ReminderRow } from '../invoices/invoicesRepo';
import { paidBeforeReminder, reminderBarcode } from './reminderParts';
import { addDays } from '../invoices/calendar';
import { addressLines, money, rate, senderOf } from './invoiceParts';
import { createLetter, letterDate, LEFT, RIGHT, tableRow, type Column } from './letterLayout';
import { FONT } from './pdf';
import { drawTransferForm, TRANSFER_FORM_HEIGHT } from './transferForm';
import type { RenderedPdf } from './invoicePdf';

/** The reminded invoice's table: headers wrap within their column, so a long Finnish header
 * ("Alkuperäinen eräpäivä") never runs into the next one (test/unit/reminderLayout.test.ts). */
export const REMINDED_INVOICE_COLUMNS: Column[] = [
  { x: LEFT, width: 32 },
  { x: 56, width: 30 },
  { x: 90, width: 30 },
  { x: 150, align: 'right', width: 28 },
  { x: RIGHT, align: 'right', width: 30 },
];
export const REMINDED_INVOICE_HEADERS = ['invoiceNumber', 'invoiceDate', 'originalDueDate', 'invoiceTotal', 'paidSoFar'] as const;
export const REMINDED_INVOICE_HEADER_SIZE = 7.5;

export function reminderPdf(inv: Invoice, r: ReminderRow, settings: Pick<InvoicingSettings, 'complaintDays'>): RenderedPdf {
  const lang = inv.language;
  const t = translator(lang);
  const k = (key: string, p?: Record<string, unknown>) => t(`documents.invoicing.reminder.${key}`, p);
  const ik = (key: string, p?: Record<string, unknown>) => t(`documents.invoicing.invoice.${key}`, p);
  void settings;
  const meta: [string, string][] = [
    [k('date'), letterDate(r.date)],
    [k('sequence'), String(r.sequence)],
    [k('invoiceNumber'), String(inv.number)],
    [ik('customerNumber'), String(inv.buyer.customerNumber)],
    [ik('reference'), inv.referenceFormatted ?? ''],
    [k('newDueDate'), letterDate(r.due_date)],
    [ik('penaltyInterest'), r.interest_rate_bp !== null ? `${rate(r.interest_rate_bp)} %` : ik('penaltyInterestLaw')],
  ];
  const letter = createLetter({ lang, title: k('title'), sender: senderOf(inv.seller), recipient: addressLines(inv.buyer, lang), meta, subject: `${k('title')} ${inv.number}`, continuation: `${k('invoiceNumber')} ${inv.number}` });
  const { doc } = letter;
  letter.paragraph(k('intro', { date: letterDate(r.due_date) }), { gap: 5 });

  // The invoice reminded of.
  const cols = REMINDED_INVOICE_COLUMNS;
  tableRow(letter, cols, REMINDED_INVOICE_HEADERS.map((h) => k(h)), { header: true, size: REMINDED_INVOICE_HEADER_SIZE });
  doc.setLineWidth(0.3).line(LEFT, letter.y - 2.6, RIGHT, letter.y - 2.6);
  letter.y += 1;
  const paidBefore = paidBeforeReminder(inv, r);
  tableRow(letter, cols, [String(inv.number), letterDate(inv.invoiceDate!), letterDate(inv.dueDate!), money(inv.grossCents), money(paidBefore)]);
  letter.y += 5;

  // What is asked now.
  const amount = (label: string, cents: number, bold = false) => {
    doc.setFont(FONT, bold ? 'bold' : 'normal').setFontSize(bold ? 11 : 9.5);
    doc.text(label, 70, letter.y);
    doc.text(money(cents), RIGHT, letter.y, { align: 'right' });
    letter.y += bold ? 6.5 : 5;
  };
  amount(k('principal'), r.principal_cents);
  if (r.earlier_charges_cents > 0) amount(k('earlierCharges'), r.earlier_charges_cents);
  if (r.fee_cents > 0) amount(k('fee'), r.fee_cents);
  if (r.compensation_cents > 0) amount(k('compensation'), r.compensation_cents);
  if (r.interest_cents > 0) {
    amount(k('interest', { rate: r.interest_rate_bp !== null ? rate(r.interest_rate_bp) : '', from: letterDate(r.interest_from ?? addDays(inv.dueDate!, 1)), to: letterDate(r.date) }), r.interest_cents);
  }
  doc.setLineWidth(0.4).line(70, letter.y - 3.4, RIGHT, letter.y - 3.4);
  letter.y += 1.5;
  amount(k('total'), r.total_cents, true);
  letter.y += 4;
  letter.paragraph(k('collection'), { size: 8.5, gap: 1.5 });
  letter.paragraph(k('contact'), { size: 8.5 });

  if (letter.y > 297 - TRANSFER_FORM_HEIGHT - 28) letter.newPage();
  letter.reserveBottom(TRANSFER_FORM_HEIGHT);
  const foreign = !inv.seller.iban.toUpperCase().startsWith('FI');
  const code = reminderBarcode(inv, r);
  const barcode = drawTransferForm(doc, 297 - TRANSFER_FORM_HEIGHT, {
    iban: formatIban(inv.seller.iban),
    bic: inv.seller.bic,
    receiver: [inv.seller.name, inv.seller.street, `${inv.seller.postalCode} ${inv.seller.city}`],
    payer: addressLines(inv.buyer, lang),
    reference: inv.referenceFormatted ?? '',
    dueDate: letterDate(r.due_date),
    amount: money(r.total_cents),
    info: [`${k('title')} ${r.sequence}`, `${k('invoiceNumber')} ${inv.number}`, `${ik('rfReference')} ${inv.rfReferenceFormatted ?? ''}`, ik('payWithReference')],
    virtualBarcode: code,
    barcodeLabel: ik('barcode'),
    noBarcodeNote: foreign ? ik('foreignIban') : ik('noBarcode'),
  });
  return { ...letter.finish(`${lang === 'fi' ? 'maksumuistutus' : 'reminder'}-${inv.number}-${r.sequence}.pdf`), barcode };
}
