// The credit note (hyvityslasku): its own number from the invoice sequence, the date, a
// reference to the invoice it corrects (AVL 209 e §: a document that changes an invoice must
// refer to it), the lines and VAT rows as the exact negatives of the original, the reason.
import type { Invoice } from '../../../shared/api/invoices';
import { translator } from '../../../shared/i18n/translate';
import { addressLines, buyerVatRow, linesTable, money, senderOf, vatSummary } from './invoiceParts';
import { createLetter, letterDate } from './letterLayout';
import type { RenderedPdf } from './invoicePdf';

export function creditNotePdf(cn: Invoice): RenderedPdf {
  const lang = cn.language;
  const t = translator(lang);
  const k = (key: string, p?: Record<string, unknown>) => t(`documents.invoicing.creditNote.${key}`, p);
  const ik = (key: string, p?: Record<string, unknown>) => t(`documents.invoicing.invoice.${key}`, p);
  const orig = cn.creditedInvoice;
  const meta: [string, string][] = [
    [k('date'), cn.invoiceDate ? letterDate(cn.invoiceDate) : '–'],
    [k('number'), cn.number !== null ? String(cn.number) : '–'],
    [k('credits'), orig ? `${orig.number} (${letterDate(orig.invoiceDate)})` : '–'],
    [ik('customerNumber'), String(cn.buyer.customerNumber)],
    ...(cn.buyer.businessId ? ([[ik('buyerBusinessId'), cn.buyer.businessId]] as [string, string][]) : []),
    ...buyerVatRow(cn.buyer, cn.lines, ik('buyerVatNumber')),
    [ik('deliveryDate'), letterDate(cn.deliveryDate)],
    ...(cn.yourReference ? ([[t('documents.letter.yourReference'), cn.yourReference]] as [string, string][]) : []),
  ];
  const letter = createLetter({ lang, title: k('title'), sender: senderOf(cn.seller), recipient: addressLines(cn.buyer, lang), meta, subject: `${k('title')} ${cn.number ?? ''}`, continuation: `${k('number')} ${cn.number ?? ''}` });
  if (orig) letter.paragraph(k('creditsText', { number: orig.number, date: letterDate(orig.invoiceDate) }), { bold: true, gap: 1.5 });
  if (cn.creditReason) letter.paragraph(`${k('reason')}: ${cn.creditReason}`, { gap: 4 });
  linesTable(letter, cn.lines);
  vatSummary(letter, cn, cn.lines, { totalLabel: k('total') });
  letter.y += 4;
  letter.paragraph(k('noPayment'), { size: 8.5 });
  if (orig && orig.paidCents > 0) letter.paragraph(k('refund', { paid: `${money(orig.paidCents)} EUR` }), { size: 8.5 });
  const name = `${lang === 'fi' ? 'hyvityslasku' : 'credit-note'}-${cn.number ?? cn.id}.pdf`;
  return { ...letter.finish(name), barcode: null };
}
