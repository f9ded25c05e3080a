// Retention (the notice: "10 vuotta asiakkuuden päättymisestä"): a relationship ends when a
// manager ends it, or after a period without orders (default 24 months); ten years after that end
// — and once the person's invoices are past the Accounting Act retention — the person is purged.
// A purge leaves the same tombstone as an erasure; the log keeps only numbers and counts.
import { addMonths } from '../../../shared/privacy/deadlines';
import type { RetentionDue } from '../../../shared/api/retention';
import type { Db } from '../store/database';
import { retainUntil } from './erasureBlockers';

export const DEFAULT_INACTIVE_MONTHS = 24;

export function inactiveMonths(db: Db): number {
  const row = db.prepare(`SELECT value FROM settings WHERE key = 'retention.inactiveMonths'`).get() as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as number) : DEFAULT_INACTIVE_MONTHS;
}

export function retentionDue(db: Db, today: string, limit: number): RetentionDue[] {
  const months = inactiveMonths(db);
  const rows = db
    .prepare(
      `SELECT c.id, c.customer_number, c.first_name, c.last_name, c.relationship_start, c.relationship_end,
              (SELECT max(o.date) FROM orders o WHERE o.customer_id = c.id) AS last_order,
              (SELECT max(i.invoice_date) FROM invoices i WHERE i.customer_id = c.id AND i.state = 'issued' AND i.buyer IS NOT NULL) AS last_invoice,
              (SELECT count(*) FROM invoices i WHERE i.customer_id = c.id AND i.state = 'issued' AND i.open_cents > 0) AS open_invoices
       FROM customers c WHERE c.erased_at IS NULL`,
    )
    .all() as { id: number; customer_number: number; first_name: string; last_name: string; relationship_start: string; relationship_end: string | null; last_order: string | null; last_invoice: string | null; open_invoices: number }[];
  const due: RetentionDue[] = [];
  for (const r of rows) {
    if (r.open_invoices > 0) continue; // an open invoice keeps the relationship alive
    const end = r.relationship_end ?? addMonths(r.last_order ?? r.relationship_start, months);
    if (end > today) continue;
    const dueSince = addMonths(end, 120);
    if (dueSince > today) continue;
    const blockedUntil = r.last_invoice && retainUntil(r.last_invoice) >= today ? retainUntil(r.last_invoice) : null;
    const open = db
      .prepare(`SELECT number FROM privacy_requests WHERE customer_id = ? AND status NOT IN ('completed', 'partly_completed', 'refused') ORDER BY id LIMIT 1`)
      .get(r.id) as { number: string } | undefined;
    due.push({ customerId: r.id, customerNumber: r.customer_number, name: `${r.first_name} ${r.last_name}`, relationshipEnd: end, dueSince, blockedUntil, heldByRequest: open?.number ?? null });
    if (due.length >= limit) break;
  }
  return due;
}

/** Buyer data on invoices of erased people whose own retention has run out. */
export function invoiceBuyersDue(db: Db, today: string): { id: number }[] {
  return db.prepare(`SELECT id FROM invoices WHERE buyer_retained_until IS NOT NULL AND buyer_retained_until < ? AND buyer IS NOT NULL`).all(today) as { id: number }[];
}
