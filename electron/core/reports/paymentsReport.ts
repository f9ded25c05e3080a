// Payments received in a period, by payment date: each with its method and invoice, and the sums
// per method. A cancelled payment (a mistake undone) was never received and is left out.
import { PAYMENT_METHODS, type PaymentMethod } from '../../../shared/api/orders';
import type { PaymentReportRow, PaymentsReport } from '../../../shared/api/reports';
import type { Db } from '../store/database';
import { restrictedCustomers, shownName } from './people';

export function paymentsReport(db: Db, from: string, to: string): PaymentsReport {
  const rows = db
    .prepare(
      `SELECT p.id, p.date, p.method, p.amount_cents, p.invoice_id, i.number, i.customer_id, i.buyer_name, c.customer_number
       FROM payments p JOIN invoices i ON i.id = p.invoice_id LEFT JOIN customers c ON c.id = i.customer_id
       WHERE p.date BETWEEN ? AND ? AND p.cancelled_at IS NULL ORDER BY p.date, p.id`,
    )
    .all(from, to) as { id: number; date: string; method: PaymentMethod; amount_cents: number; invoice_id: number; number: number | null; customer_id: number; buyer_name: string; customer_number: number | null }[];
  const restricted = restrictedCustomers(db);
  const out: PaymentReportRow[] = rows.map((r) => ({
    id: r.id,
    date: r.date,
    method: r.method,
    amountCents: r.amount_cents,
    invoiceId: r.invoice_id,
    invoiceNumber: r.number,
    customerNumber: r.customer_number,
    buyerName: shownName(r.buyer_name, restricted.has(r.customer_id)),
    restricted: restricted.has(r.customer_id),
  }));
  const byMethod = PAYMENT_METHODS.map((method) => {
    const of = out.filter((r) => r.method === method);
    return { method, count: of.length, amountCents: of.reduce((s, r) => s + r.amountCents, 0) };
  }).filter((m) => m.count > 0);
  return { from, to, rows: out, byMethod, totalCents: out.reduce((s, r) => s + r.amountCents, 0) };
}
