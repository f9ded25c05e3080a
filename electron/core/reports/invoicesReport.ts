// The invoices and credit notes issued in a period, with the status every screen shows
// (invoicesRepo.deriveStatus, as of today) and the amounts paid and open now.
import type { InvoiceReportRow, InvoicesReport } from '../../../shared/api/reports';
import { deriveStatus, type InvoiceRow } from '../invoices/invoicesRepo';
import type { Db } from '../store/database';
import { restrictedCustomers, shownName } from './people';

export function invoicesReport(db: Db, from: string, to: string, today: string): InvoicesReport {
  const rows = db
    .prepare(
      `SELECT i.*, c.customer_number FROM invoices i LEFT JOIN customers c ON c.id = i.customer_id
       WHERE i.state = 'issued' AND i.invoice_date BETWEEN ? AND ? ORDER BY i.invoice_date, i.number`,
    )
    .all(from, to) as (InvoiceRow & { customer_number: number | null })[];
  const restricted = restrictedCustomers(db);
  const out: InvoiceReportRow[] = rows.map((r) => {
    const isRestricted = restricted.has(r.customer_id);
    return {
      id: r.id,
      number: r.number!,
      kind: r.kind,
      invoiceDate: r.invoice_date!,
      dueDate: r.due_date,
      customerNumber: r.customer_number,
      buyerName: shownName(r.buyer_name, isRestricted),
      restricted: isRestricted,
      netCents: r.net_cents,
      vatCents: r.vat_cents,
      grossCents: r.gross_cents,
      paidCents: r.paid_cents,
      openCents: r.kind === 'invoice' ? r.open_cents : 0,
      status: deriveStatus(r, today),
    };
  });
  const sum = (k: 'netCents' | 'vatCents' | 'grossCents' | 'paidCents' | 'openCents') => out.reduce((s, r) => s + r[k], 0);
  return { from, to, rows: out, netCents: sum('netCents'), vatCents: sum('vatCents'), grossCents: sum('grossCents'), paidCents: sum('paidCents'), openCents: sum('openCents') };
}
