// Everything the register holds about one person, gathered once for the register extract (PDF)
// and the portability export (JSON + CSV): the same data, the same order.
import type { Db } from '../store/database';
import { loadCustomer, history } from '../customers/customersRepo';
import { listDisclosures } from '../disclosures/disclosuresRepo';

interface InvoiceFacts {
  kind: string;
  grossCents: number;
  creditedCents: number;
  openCents: number;
  paidCents: number;
}

/** What a person reading their extract needs to know of an invoice: a credit note is one, a
 * credited invoice is not "paid", and a part payment or part credit says so. */
export type InvoiceState = 'creditNote' | 'credited' | 'partlyCredited' | 'paid' | 'partlyPaid' | 'open';

export function invoiceState(i: InvoiceFacts): InvoiceState {
  if (i.kind === 'credit_note') return 'creditNote';
  if (i.creditedCents > 0) return i.creditedCents >= i.grossCents ? 'credited' : 'partlyCredited';
  if (i.openCents <= 0) return 'paid';
  return i.paidCents > 0 ? 'partlyPaid' : 'open';
}

export function personData(db: Db, customerId: number) {
  const customer = loadCustomer(db, customerId);
  if (!customer) return undefined;
  const orders = db
    .prepare(
      `SELECT o.id, o.date, o.channel, o.status, o.gross_cents AS grossCents, o.receipt_number AS receiptNumber,
              (SELECT group_concat(l.description, '; ') FROM order_lines l WHERE l.order_id = o.id) AS items
       FROM orders o WHERE o.customer_id = ? ORDER BY o.date, o.id`,
    )
    .all(customerId) as { id: number; date: string; channel: string; status: string; grossCents: number; receiptNumber: number | null; items: string | null }[];
  const invoices = (
    db
      .prepare(
        `SELECT i.id, i.kind, i.number, i.invoice_date AS invoiceDate, i.due_date AS dueDate, i.gross_cents AS grossCents, i.paid_cents AS paidCents,
                i.credited_cents AS creditedCents, i.open_cents AS openCents, c.number AS creditsInvoice,
                i.reminder_count AS reminders, i.collection_date AS collectionDate, i.collection_agency AS collectionAgency
         FROM invoices i LEFT JOIN invoices c ON c.id = i.credited_invoice_id
         WHERE i.customer_id = ? AND i.state = 'issued' ORDER BY i.number`,
      )
      .all(customerId) as (InvoiceFacts & { id: number; number: number; invoiceDate: string; dueDate: string | null; paidCents: number; creditsInvoice: number | null; reminders: number; collectionDate: string | null; collectionAgency: string | null })[]
  ).map(({ id, ...inv }) => ({
    id,
    ...inv,
    state: invoiceState(inv),
    lines: db
      .prepare(
        `SELECT description, quantity_milli / 1000.0 AS quantity, unit, unit_price_cents AS unitPriceCents, discount_bp AS discountBp,
                vat_rate_bp AS vatRateBp, exemption_reason AS vatExemption, net_cents AS netCents, delivery_date AS deliveryDate
         FROM invoice_lines WHERE invoice_id = ? ORDER BY position`,
      )
      .all(id) as { description: string; quantity: number; unit: string; unitPriceCents: number; discountBp: number; vatRateBp: number; vatExemption: string | null; netCents: number; deliveryDate: string }[],
    payments: db.prepare('SELECT date, amount_cents AS amountCents, method FROM payments WHERE invoice_id = ? AND cancelled_at IS NULL ORDER BY date').all(id) as { date: string; amountCents: number; method: string }[],
  }));
  const requests = db
    .prepare(`SELECT number, types, received_date AS receivedDate, status FROM privacy_requests WHERE customer_id = ? ORDER BY received_date, id`)
    .all(customerId)
    .map((r) => ({ ...(r as { number: string; types: string; receivedDate: string; status: string }), types: JSON.parse((r as { types: string }).types) as string[] }));
  return {
    customer,
    history: history(db, customerId).map((h) => ({ field: h.field, oldValue: h.oldValue, newValue: h.newValue, at: h.at, reason: h.reason })),
    orders,
    invoices,
    disclosures: listDisclosures(db, { customerId, limit: 10_000 }).map((d) => ({ date: d.date, recipient: d.recipient, kind: d.recipientKind, purpose: d.purpose, dataCategories: d.dataCategories })),
    requests,
  };
}
export type PersonData = NonNullable<ReturnType<typeof personData>>;
