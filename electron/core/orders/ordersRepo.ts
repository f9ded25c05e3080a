// The orders table and its lines. Totals are stored with the order (computed once from the lines
// with vatBreakdown) so lists never re-add a million lines.
import type { Order, OrderChannel, OrderStatus, OrderSummary, PaymentMethod, PricedLine } from '../../../shared/api/orders';
import { SIMPLIFIED_RECEIPT_MAX_CENTS, totalsOf } from '../../../shared/api/orders';
import type { Db } from '../store/database';
import { lineFromRow, readLineRows, writeLines } from './lines';

export interface OrderRow {
  id: number;
  customer_id: number;
  date: string;
  delivery_date: string;
  channel: OrderChannel;
  status: OrderStatus;
  note: string;
  prices_include_vat: 0 | 1;
  net_cents: number;
  vat_cents: number;
  gross_cents: number;
  line_count: number;
  invoice_id: number | null;
  paid_date: string | null;
  payment_method: PaymentMethod | null;
  receipt_number: number | null;
  cancel_reason: string | null;
  created_at: string;
  created_by: number | null;
  updated_at: string;
}

export function getOrderRow(db: Db, id: number): OrderRow | undefined {
  return db.prepare('SELECT * FROM orders WHERE id = ?').get(id) as OrderRow | undefined;
}

export function orderLines(db: Db, id: number): PricedLine[] {
  return readLineRows(db, 'order_lines', id).map(lineFromRow);
}

export function loadOrder(db: Db, id: number): Order | undefined {
  const r = getOrderRow(db, id);
  if (!r) return undefined;
  const who = db
    .prepare(
      `SELECT c.customer_number AS customerNumber, c.first_name || ' ' || c.last_name AS customerName, o.name AS organizationName
       FROM customers c LEFT JOIN organizations o ON o.id = c.organization_id WHERE c.id = ?`,
    )
    .get(r.customer_id) as { customerNumber: number; customerName: string; organizationName: string | null };
  const lines = orderLines(db, id);
  const totals = totalsOf(lines);
  const invoice = r.invoice_id ? (db.prepare('SELECT number FROM invoices WHERE id = ?').get(r.invoice_id) as { number: number | null } | undefined) : undefined;
  const createdBy = r.created_by ? (db.prepare('SELECT full_name FROM users WHERE id = ?').get(r.created_by) as { full_name: string } | undefined) : undefined;
  return {
    id: r.id,
    customerId: r.customer_id,
    ...who,
    date: r.date,
    deliveryDate: r.delivery_date,
    channel: r.channel,
    status: r.status,
    note: r.note,
    pricesIncludeVat: r.prices_include_vat === 1,
    lines,
    ...totals,
    invoiceId: r.invoice_id,
    invoiceNumber: invoice?.number ?? null,
    paidDate: r.paid_date,
    paymentMethod: r.payment_method,
    receiptNumber: r.receipt_number,
    simplifiedReceipt: totals.grossCents <= SIMPLIFIED_RECEIPT_MAX_CENTS,
    cancelReason: r.cancel_reason,
    createdAt: r.created_at,
    createdByName: createdBy?.full_name ?? null,
    updatedAt: r.updated_at,
    actions: {
      canEdit: r.status === 'open',
      canCancel: r.status === 'open',
      canMarkPaid: r.status === 'open',
      canInvoice: r.status === 'open',
      hasReceipt: r.status === 'paid' && r.receipt_number !== null,
    },
  };
}

export interface OrderHeader {
  customerId: number;
  date: string;
  deliveryDate: string;
  channel: OrderChannel;
  note: string;
  pricesIncludeVat: boolean;
}

export function insertOrder(db: Db, h: OrderHeader, lines: PricedLine[], by: number, at: string): number {
  const t = totalsOf(lines);
  const info = db
    .prepare(
      `INSERT INTO orders (customer_id, date, delivery_date, channel, status, note, prices_include_vat, net_cents, vat_cents, gross_cents, line_count, created_at, created_by, updated_at)
       VALUES (?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(h.customerId, h.date, h.deliveryDate, h.channel, h.note, h.pricesIncludeVat ? 1 : 0, t.netCents, t.vatCents, t.grossCents, lines.length, at, by, at);
  const id = Number(info.lastInsertRowid);
  writeLines(db, 'order_lines', id, lines);
  return id;
}

export function updateOrder(db: Db, id: number, h: Omit<OrderHeader, 'customerId'>, lines: PricedLine[], at: string): void {
  const t = totalsOf(lines);
  db.prepare(
    'UPDATE orders SET date = ?, delivery_date = ?, channel = ?, note = ?, prices_include_vat = ?, net_cents = ?, vat_cents = ?, gross_cents = ?, line_count = ?, updated_at = ? WHERE id = ?',
  ).run(h.date, h.deliveryDate, h.channel, h.note, h.pricesIncludeVat ? 1 : 0, t.netCents, t.vatCents, t.grossCents, lines.length, at, id);
  writeLines(db, 'order_lines', id, lines);
}

/** The next receipt number: consecutive, allocated inside the transaction that marks the order paid. */
export function nextReceiptNumber(db: Db): number {
  const row = db.prepare('SELECT max(receipt_number) AS n FROM orders').get() as { n: number | null };
  return (row.n ?? 0) + 1;
}

const SUMMARY = `SELECT o.id, o.customer_id AS customerId, c.customer_number AS customerNumber, c.first_name || ' ' || c.last_name AS customerName,
  o.date, o.channel, o.status, o.line_count AS lineCount, o.net_cents AS netCents, o.vat_cents AS vatCents, o.gross_cents AS grossCents,
  o.invoice_id AS invoiceId, i.number AS invoiceNumber, o.receipt_number AS receiptNumber
  FROM orders o JOIN customers c ON c.id = o.customer_id LEFT JOIN invoices i ON i.id = o.invoice_id`;

export function listOrders(
  db: Db,
  q: { customerId?: number | undefined; status?: OrderStatus | undefined; from?: string | undefined; to?: string | undefined; offset: number; limit: number },
): { total: number; rows: OrderSummary[] } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (q.customerId !== undefined) (where.push('o.customer_id = @customerId'), (params.customerId = q.customerId));
  if (q.status !== undefined) (where.push('o.status = @status'), (params.status = q.status));
  if (q.from !== undefined) (where.push('o.date >= @from'), (params.from = q.from));
  if (q.to !== undefined) (where.push('o.date <= @to'), (params.to = q.to));
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db.prepare(`${SUMMARY} ${w} ORDER BY o.date DESC, o.id DESC LIMIT @limit OFFSET @offset`).all({ ...params, limit: q.limit, offset: q.offset }) as OrderSummary[];
  const total = (db.prepare(`SELECT count(*) AS n FROM orders o ${w}`).get(params) as { n: number }).n;
  return { total, rows };
}
