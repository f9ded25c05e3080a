// Working out what prevents erasing a person, from the register's own data.
import type { ErasureBlockers } from '../../../shared/api/erasure';
import type { Db } from '../store/database';
import { noticeRecipients } from './recipients';

/** Accounting Act 2:10: vouchers are kept 6 years from the end of the year in which the financial
 * year (here the calendar year) ended. */
export const retainUntil = (invoiceDate: string) => `${Number(invoiceDate.slice(0, 4)) + 6}-12-31`;

export function erasureBlockers(db: Db, customerId: number, today: string): ErasureBlockers {
  const open = db
    .prepare(
      `SELECT number, open_cents, effective_due_date, collection_date, collection_agency FROM invoices
       WHERE customer_id = ? AND state = 'issued' AND kind = 'invoice' AND open_cents > 0 ORDER BY number`,
    )
    .all(customerId) as { number: number; open_cents: number; effective_due_date: string | null; collection_date: string | null; collection_agency: string | null }[];
  const inCollection = open.filter((i) => i.collection_date !== null).map((i) => ({ number: i.number, agency: i.collection_agency ?? '', since: i.collection_date! }));
  const openInvoices = open
    .filter((i) => i.collection_date === null)
    .map((i) => ({ number: i.number, openCents: i.open_cents, dueDate: i.effective_due_date, overdue: i.effective_due_date !== null && i.effective_due_date < today }));
  const activeContactRoles = (
    db
      .prepare(
        `SELECT o.name, oc.start_date, oc.end_date FROM organization_contacts oc JOIN organizations o ON o.id = oc.organization_id
         WHERE oc.customer_id = ? AND oc.start_date <= ? AND (oc.end_date IS NULL OR oc.end_date >= ?)`,
      )
      .all(customerId, today, today) as { name: string; start_date: string; end_date: string | null }[]
  ).map((r) => ({ organizationName: r.name, since: r.start_date, until: r.end_date }));
  const legalHolds = (
    db.prepare(`SELECT id, reason, until FROM legal_holds WHERE customer_id = ? AND released_at IS NULL AND (until IS NULL OR until >= ?)`).all(customerId, today) as ErasureBlockers['legalHolds']
  );
  const retainedInvoices = (
    db
      .prepare(`SELECT number, invoice_date FROM invoices WHERE customer_id = ? AND state = 'issued' AND buyer IS NOT NULL ORDER BY number`)
      .all(customerId) as { number: number; invoice_date: string }[]
  )
    .map((i) => ({ number: i.number, invoiceDate: i.invoice_date, retainUntil: retainUntil(i.invoice_date) }))
    .filter((i) => i.retainUntil >= today);
  const refuse = openInvoices.length > 0 || inCollection.length > 0 || activeContactRoles.length > 0 || legalHolds.length > 0;
  const recipientsWithoutAddress = [...new Set(noticeRecipients(db, customerId, 'erasure').filter((r) => r.address === null).map((r) => r.recipient))];
  return { openInvoices, inCollection, activeContactRoles, legalHolds, retainedInvoices, recipientsWithoutAddress, allowed: refuse ? 'refuse' : retainedInvoices.length > 0 ? 'partial' : 'full' };
}
