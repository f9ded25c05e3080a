// Everything the register holds about one person, gathered once for the register extract (PDF)
// and the portability export (JSON + CSV): the same data, the same order.
import type { Db } from '../store/database';
import { loadCustomer, history } from '../customers/customersRepo';
import { listDisclosures } from '../disclosures/disclosuresRepo';

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
        `SELECT id, kind, number, invoice_date AS invoiceDate, due_date AS dueDate, gross_cents AS grossCents, paid_cents AS paidCents, open_cents AS openCents,
                reminder_count AS reminders, collection_date AS collectionDate, collection_agency AS collectionAgency
         FROM invoices WHERE customer_id = ? AND state = 'issued' ORDER BY number`,
      )
      .all(customerId) as { id: number; kind: string; number: number; invoiceDate: string; dueDate: string | null; grossCents: number; paidCents: number; openCents: number; reminders: number; collectionDate: string | null; collectionAgency: string | null }[]
  ).map((inv) => ({
    ...inv,
    payments: db.prepare('SELECT date, amount_cents AS amountCents, method FROM payments WHERE invoice_id = ? AND cancelled_at IS NULL ORDER BY date').all(inv.id) as { date: string; amountCents: number; method: string }[],
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
