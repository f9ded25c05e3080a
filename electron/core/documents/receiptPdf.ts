// The counter receipt. Up to 400 € (VAT included) it is a simplified invoice (AVL 209 h §): date,
// the seller's name and business ID, the goods, VAT per rate. Above that it carries what a full
// invoice needs as well — the buyer's name and address (in the window) and a unique number,
// which the receipt sequence gives every receipt anyway.
import type { Order } from '../../../shared/api/orders';
import { translator } from '../../../shared/i18n/translate';
import type { Db } from '../store/database';
import { buyerFromCustomer } from '../invoices/invoicesRepo';
import { sellerSnapshot } from '../invoices/invoicingSettings';
import { addressLines, linesTable, money, senderOf, vatSummary } from './invoiceParts';
import { createLetter, letterDate } from './letterLayout';
import type { RenderedPdf } from './invoicePdf';

export function receiptPdf(db: Db, order: Order): RenderedPdf {
  const lang = (db.prepare('SELECT language FROM customers WHERE id = ?').get(order.customerId) as { language: 'fi' | 'en' }).language;
  const t = translator(lang);
  const k = (key: string, p?: Record<string, unknown>) => t(`documents.invoicing.receipt.${key}`, p);
  const seller = sellerSnapshot(db);
  const buyer = buyerFromCustomer(db, order.customerId, 'organization'); // the person when there is no organisation
  const full = !order.simplifiedReceipt;
  const meta: [string, string][] = [
    [k('date'), letterDate(order.paidDate ?? order.date)],
    [k('number'), String(order.receiptNumber ?? '–')],
    [k('order'), String(order.id)],
    [k('deliveryDate'), letterDate(order.deliveryDate)],
    [k('method'), order.paymentMethod ? t(`documents.invoicing.paymentMethods.${order.paymentMethod}`) : '–'],
  ];
  const letter = createLetter({ lang, title: k('title'), sender: senderOf(seller), ...(full ? { recipient: addressLines(buyer, lang) } : {}), meta, subject: `${k('title')} ${order.receiptNumber ?? ''}`, continuation: `${k('number')} ${order.receiptNumber ?? ''}` });
  letter.paragraph(full ? k('full') : k('simplified'), { size: 8.5, gap: 3 });
  linesTable(letter, order.lines);
  vatSummary(letter, order, order.lines, { totalLabel: t('documents.invoicing.invoice.total') });
  letter.y += 3;
  letter.paragraph(`${k('paid')} ${letterDate(order.paidDate ?? order.date)}: ${order.paymentMethod ? t(`documents.invoicing.paymentMethods.${order.paymentMethod}`) : ''} ${money(order.grossCents)} EUR`, { bold: true });
  letter.y += 4;
  letter.paragraph(k('thanks'));
  return { ...letter.finish(`${lang === 'fi' ? 'kuitti' : 'receipt'}-${order.receiptNumber ?? order.id}.pdf`), barcode: null };
}
