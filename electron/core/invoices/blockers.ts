// What invoicing says about erasing a customer (PRODUCT.md §2: erasure unless open invoices or
// collection prevent it; invoices are accounting records kept as the Accounting Act requires).
// For the privacy panel: it decides, this only reports.
import type { CustomerInvoicing } from '../../../shared/api/invoices';
import type { Db } from '../store/database';

export type InvoicingBlockers = CustomerInvoicing;

export function invoicingBlockers(db: Db, customerId: number): InvoicingBlockers {
  const openInvoices = db
    .prepare(
      `SELECT id, number, open_cents AS openCents, effective_due_date AS dueDate FROM invoices
       WHERE customer_id = ? AND state = 'issued' AND kind = 'invoice' AND credited_cents = 0 AND open_cents > 0 ORDER BY number`,
    )
    .all(customerId) as InvoicingBlockers['openInvoices'];
  const inCollection = db
    .prepare(
      `SELECT id, number, collection_agency AS agency, collection_date AS date FROM invoices
       WHERE customer_id = ? AND collection_date IS NOT NULL AND open_cents > 0 ORDER BY number`,
    )
    .all(customerId) as InvoicingBlockers['inCollection'];
  const counts = db
    .prepare(
      `SELECT (SELECT count(*) FROM invoices WHERE customer_id = @c AND state = 'draft') AS drafts,
              (SELECT count(*) FROM orders WHERE customer_id = @c AND status = 'open') AS openOrders,
              (SELECT count(*) FROM invoices WHERE customer_id = @c AND state = 'issued') AS issuedCount,
              (SELECT max(invoice_date) FROM invoices WHERE customer_id = @c AND state = 'issued') AS lastVoucher,
              (SELECT max(paid_date) FROM orders WHERE customer_id = @c AND status = 'paid') AS lastReceipt`,
    )
    .get({ c: customerId }) as { drafts: number; openOrders: number; issuedCount: number; lastVoucher: string | null; lastReceipt: string | null };
  const last = [counts.lastVoucher, counts.lastReceipt].filter((d): d is string => d !== null).sort().at(-1) ?? null;
  return {
    openInvoices,
    inCollection,
    drafts: counts.drafts,
    openOrders: counts.openOrders,
    issuedCount: counts.issuedCount,
    vouchersKeptUntil: last ? `${Number(last.slice(0, 4)) + 6}-12-31` : null,
    openCents: openInvoices.reduce((sum, i) => sum + i.openCents, 0),
  };
}
