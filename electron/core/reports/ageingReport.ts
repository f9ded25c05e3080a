// Receivables ageing on a chosen date: what each customer owed on that day, by how many days past
// the invoice's due date (not due, 1–30, 31–60, 61–90, over 90), per customer and in total.
//
// An invoice is open on day D by what had happened by the end of D: issued on or before D, its
// amount plus the reminder charges made by D, less the payments dated by D and a credit note dated
// by D. So an invoice paid late leaves the buckets on its payment date and is open on every day
// before it. Cancelled payments never happened. An overpaid invoice (open below zero) is money the
// shop owes back, not a receivable, and is left out.
//
// Only invoices that can be open on D are read: those open now, and those closed after D (a payment
// or credit note dated after it) — a year's payments at most, not ten years of invoices.
import { AGEING_BUCKETS, type AgeingBucket, type AgeingReport, type AgeingRow } from '../../../shared/api/reports';
import { daysBetween } from '../invoices/calendar';
import type { Db } from '../store/database';
import { restrictedCustomers, shownName } from './people';

export function bucketOf(daysPastDue: number): AgeingBucket {
  if (daysPastDue <= 0) return 'notDue';
  if (daysPastDue <= 30) return 'days1to30';
  if (daysPastDue <= 60) return 'days31to60';
  if (daysPastDue <= 90) return 'days61to90';
  return 'over90';
}

const emptyBuckets = (): Record<AgeingBucket, number> => Object.fromEntries(AGEING_BUCKETS.map((b) => [b, 0])) as Record<AgeingBucket, number>;

interface OpenRow {
  id: number;
  customer_id: number;
  customer_number: number | null;
  buyer_name: string;
  due_date: string;
  open: number;
}

/** The invoices open on `date` with what was open of each. */
// INDEXED BY and UNION ALL: a merging UNION made the planner read whole tables in id order (all
// invoices, all payments) to feed the merge — seconds at the ten-year size.
export function openOn(db: Db, date: string): OpenRow[] {
  return db
    .prepare(
      `WITH cand_all(id) AS (
         SELECT id FROM invoices INDEXED BY invoices_open_amount WHERE state = 'issued' AND kind = 'invoice' AND open_cents > 0
         UNION ALL SELECT invoice_id FROM payments INDEXED BY payments_date WHERE date > :d
         UNION ALL SELECT credited_invoice_id FROM invoices INDEXED BY invoices_date WHERE invoice_date > :d AND kind = 'credit_note' AND state = 'issued'
       ),
       cand(id) AS (SELECT DISTINCT id FROM cand_all),
       sums AS (
         SELECT i.id, i.customer_id, i.buyer_name, i.due_date,
           i.gross_cents
           + CASE WHEN cr.credited_on IS NOT NULL AND cr.credited_on <= :d AND i.charges_cents = 0 THEN 0
                  ELSE (SELECT coalesce(sum(r.fee_cents + r.compensation_cents + r.interest_cents), 0) FROM reminders r WHERE r.invoice_id = i.id AND r.date <= :d) END
           - (SELECT coalesce(sum(p.amount_cents), 0) FROM payments p WHERE p.invoice_id = i.id AND p.cancelled_at IS NULL AND p.date <= :d)
           - CASE WHEN cr.credited_on IS NOT NULL AND cr.credited_on <= :d THEN cr.credit ELSE 0 END AS open
         FROM cand JOIN invoices i ON i.id = cand.id
         LEFT JOIN (SELECT credited_invoice_id AS invoice_id, min(invoice_date) AS credited_on, -sum(gross_cents) AS credit
                    FROM invoices INDEXED BY invoices_credited WHERE credited_invoice_id IS NOT NULL AND kind = 'credit_note' AND state = 'issued' GROUP BY credited_invoice_id) cr ON cr.invoice_id = i.id
         WHERE i.state = 'issued' AND i.kind = 'invoice' AND i.invoice_date <= :d
       )
       SELECT s.*, c.customer_number FROM sums s LEFT JOIN customers c ON c.id = s.customer_id WHERE s.open > 0`,
    )
    .all({ d: date }) as OpenRow[];
}

export function ageingReport(db: Db, date: string): AgeingReport {
  const restricted = restrictedCustomers(db);
  const byCustomer = new Map<number, AgeingRow>();
  const totals = emptyBuckets();
  let invoiceCount = 0;
  for (const inv of openOn(db, date)) {
    let row = byCustomer.get(inv.customer_id);
    if (!row) {
      const isRestricted = restricted.has(inv.customer_id);
      row = { customerId: inv.customer_id, customerNumber: inv.customer_number, name: shownName(inv.buyer_name, isRestricted), restricted: isRestricted, invoiceCount: 0, buckets: emptyBuckets(), totalCents: 0 };
      byCustomer.set(inv.customer_id, row);
    }
    const bucket = bucketOf(daysBetween(inv.due_date, date));
    row.buckets[bucket] += inv.open;
    row.totalCents += inv.open;
    row.invoiceCount++;
    totals[bucket] += inv.open;
    invoiceCount++;
  }
  // Largest debts first: what the shop should chase.
  const rows = [...byCustomer.values()].sort((a, b) => b.totalCents - a.totalCents || (a.customerNumber ?? 0) - (b.customerNumber ?? 0));
  return { date, rows, buckets: totals, totalCents: rows.reduce((s, r) => s + r.totalCents, 0), invoiceCount };
}
