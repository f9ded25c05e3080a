// The one place a payment is written to an invoice: by hand (invoices.addPayment) or from the
// bank's file (payments.importApply). The caller has checked the invoice and the date; this
// writes the payment, moves the paid and open sums, and audits it by ids only.
import type { HandlerContext } from '../context';
import { sessionOf } from '../context';
import { recordAudit } from '../audit/record';
import type { Db } from '../store/database';
import type { PaymentMethod } from '../../../shared/api/orders';

export function refreshOpen(db: Db, id: number): void {
  db.prepare('UPDATE invoices SET open_cents = gross_cents + charges_cents - paid_cents - credited_cents WHERE id = ?').run(id);
}

/** Writes the payment; call inside the caller's transaction. Returns the payment's id. */
export function recordPayment(
  ctx: HandlerContext,
  db: Db,
  invoice: { id: number; number: number | null },
  p: { date: string; amountCents: number; method: PaymentMethod; note: string; source?: string },
): number {
  const s = sessionOf(ctx);
  const at = ctx.state.now().toISOString();
  const info = db
    .prepare('INSERT INTO payments (invoice_id, date, amount_cents, method, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(invoice.id, p.date, p.amountCents, p.method, p.note, at, s.userId);
  db.prepare('UPDATE invoices SET paid_cents = paid_cents + ?, updated_at = ? WHERE id = ?').run(p.amountCents, at, invoice.id);
  refreshOpen(db, invoice.id);
  const paymentId = Number(info.lastInsertRowid);
  recordAudit(ctx.state, {
    action: 'invoice.payment',
    userId: s.userId,
    username: s.username,
    details: { invoiceId: invoice.id, number: invoice.number, paymentId, method: p.method, ...(p.source ? { source: p.source } : {}) },
  });
  return paymentId;
}
