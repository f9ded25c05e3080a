// orders.*: what a customer bought. An order is edited only while open; it ends paid at the
// counter (with a consecutively numbered receipt), invoiced (linked to an invoice) or cancelled.
// Audited by ids only — never line texts or amounts tied to a person.
import type { HandlerContext, HandlerMap } from '../context';
import { sessionOf } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import type { Db } from '../store/database';
import { getRow as getCustomerRow } from '../customers/customersRepo';
import { today } from '../invoices/calendar';
import { receiptPdf } from '../documents/receiptPdf';
import { vatRateTable } from '../legal/legalParameters';
import { priceLines } from './lines';
import type { PricedLine } from '../../../shared/api/orders';
import type { BillTo } from '../../../shared/api/invoices';
import { assertExemptionBuyer } from '../invoices/exemptionBuyer';
import { buyerFromCustomer } from '../invoices/invoicesRepo';
import * as repo from './ordersRepo';

function audit(ctx: HandlerContext, action: string, details: Record<string, unknown>) {
  const s = sessionOf(ctx);
  recordAudit(ctx.state, { action, userId: s.userId, username: s.username, details });
}

function mustGet(db: Db, id: number) {
  const o = repo.getOrderRow(db, id);
  if (!o) throw fail('NOT_FOUND', 'orderNotFound');
  return o;
}

function mustBeOpen(db: Db, id: number) {
  const o = mustGet(db, id);
  if (o.status !== 'open') throw fail('CONFLICT', 'orderNotOpen', {}, { status: o.status });
  return o;
}

/** New sales to a customer whose processing is restricted need the manager (as customer edits do). */
export function assertMaySell(ctx: HandlerContext, db: Db, customerId: number) {
  const c = getCustomerRow(db, customerId);
  // An erased customer stays only as a tombstone for the records the law keeps: no new sales.
  if (!c || (c as { erased_at?: string | null }).erased_at) throw fail('NOT_FOUND', 'customerNotFound', {}, { fields: { customerId: 'customerNotFound' } });
  if (c.restriction_date && sessionOf(ctx).role !== 'manager') throw fail('FORBIDDEN', 'restrictedManagerOnly');
  return c;
}

export function notInFuture(ctx: HandlerContext, date: string, field: string) {
  if (date > today(ctx.state)) throw fail('VALIDATION', 'dateInFuture', {}, { fields: { [field]: 'dateInFuture' } });
}

/**
 * A 0 % line whose reason needs a business buyer (intra-Community supply, reverse charge) is refused
 * already on the order when no buyer it could be invoiced to qualifies: the customer's organisation
 * if they represent one, else the person (issue #16 §1). Checked again at issue, as frozen.
 */
function assertOrderExemptions(db: Db, customerId: number, lines: readonly PricedLine[]): void {
  const billTo: BillTo = getCustomerRow(db, customerId)?.organization_id ? 'organization' : 'person';
  assertExemptionBuyer(lines, buyerFromCustomer(db, customerId, billTo), billTo);
}

export const orderHandlers: HandlerMap = {
  'orders.create': ({ customerId, date, deliveryDate, channel, note, pricesIncludeVat, lines }, ctx) => {
    const db = ctx.state.register.db();
    assertMaySell(ctx, db, customerId);
    const d = date ?? today(ctx.state);
    const delivery = deliveryDate ?? d;
    const priced = priceLines(lines, delivery, pricesIncludeVat, vatRateTable(db));
    assertOrderExemptions(db, customerId, priced);
    const at = ctx.state.now().toISOString();
    const id = db.transaction(() => {
      const newId = repo.insertOrder(db, { customerId, date: d, deliveryDate: delivery, channel, note, pricesIncludeVat }, priced, sessionOf(ctx).userId, at);
      audit(ctx, 'order.create', { orderId: newId, customerId, lines: priced.length });
      return newId;
    })();
    return repo.loadOrder(db, id)!;
  },

  'orders.get': ({ id }, ctx) => {
    const db = ctx.state.register.db();
    const o = mustGet(db, id);
    audit(ctx, 'order.view', { orderId: id, customerId: o.customer_id });
    return repo.loadOrder(db, id)!;
  },

  'orders.list': (q, { state }) => repo.listOrders(state.register.db(), q),

  'orders.update': ({ id, date, deliveryDate, channel, note, pricesIncludeVat, lines }, ctx) => {
    const db = ctx.state.register.db();
    const o = mustBeOpen(db, id);
    assertMaySell(ctx, db, o.customer_id);
    const d = date ?? o.date;
    const delivery = deliveryDate ?? (date ? d : o.delivery_date);
    const priced = priceLines(lines, delivery, pricesIncludeVat, vatRateTable(db));
    assertOrderExemptions(db, o.customer_id, priced);
    db.transaction(() => {
      repo.updateOrder(db, id, { date: d, deliveryDate: delivery, channel, note, pricesIncludeVat }, priced, ctx.state.now().toISOString());
      audit(ctx, 'order.update', { orderId: id, lines: priced.length });
    })();
    return repo.loadOrder(db, id)!;
  },

  'orders.cancel': ({ id, reason }, ctx) => {
    const db = ctx.state.register.db();
    mustBeOpen(db, id);
    db.transaction(() => {
      db.prepare(`UPDATE orders SET status = 'cancelled', cancel_reason = ?, updated_at = ? WHERE id = ?`).run(reason, ctx.state.now().toISOString(), id);
      audit(ctx, 'order.cancel', { orderId: id });
    })();
    return repo.loadOrder(db, id)!;
  },

  'orders.markPaidAtCounter': ({ id, date, method }, ctx) => {
    const db = ctx.state.register.db();
    mustBeOpen(db, id);
    const d = date ?? today(ctx.state);
    notInFuture(ctx, d, 'date');
    db.transaction(() => {
      // The receipt number is taken in the same transaction as the status: no gaps, no duplicates.
      const receipt = repo.nextReceiptNumber(db);
      db.prepare(`UPDATE orders SET status = 'paid', paid_date = ?, payment_method = ?, receipt_number = ?, updated_at = ? WHERE id = ?`).run(
        d,
        method,
        receipt,
        ctx.state.now().toISOString(),
        id,
      );
      audit(ctx, 'order.paidAtCounter', { orderId: id, receiptNumber: receipt, method });
    }).immediate();
    return repo.loadOrder(db, id)!;
  },

  'orders.receiptPdf': ({ id }, ctx) => {
    const db = ctx.state.register.db();
    const o = mustGet(db, id);
    if (o.status !== 'paid' || o.receipt_number === null) throw fail('CONFLICT', 'receiptNotAvailable', {}, { status: o.status });
    const order = repo.loadOrder(db, id)!;
    const pdf = receiptPdf(db, order);
    audit(ctx, 'order.receiptPdf', { orderId: id, receiptNumber: o.receipt_number });
    return { filename: pdf.filename, base64: pdf.base64 };
  },
};
