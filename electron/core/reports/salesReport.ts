// Sales by product and by month: the net (without VAT) of the lines of invoices and credit notes
// issued in the period, grouped by the catalogue product the line was added from (migration 0021),
// and by the month of the invoice date. Lines typed by hand have no product and are grouped in one
// row ("Other lines"). A credit note's lines are negative, so a credited sale nets out.
import type { SalesReport, SalesRow } from '../../../shared/api/reports';
import type { Db } from '../store/database';

/** The months 'YYYY-MM' from `from` to `to`, both included. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) return out;
    m++;
    if (m > 12) (m = 1), y++;
  }
}

export function salesReport(db: Db, from: string, to: string, lang: 'fi' | 'en'): SalesReport {
  const months = monthsOf(from, to);
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const grouped = db
    .prepare(
      `SELECT l.product_id AS productId, substr(i.invoice_date, 1, 7) AS month, sum(l.net_cents) AS net, sum(l.quantity_milli) AS qty,
              p.code AS code, p.name_fi AS nameFi, p.name_en AS nameEn, p.unit AS unit
       FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id LEFT JOIN products p ON p.id = l.product_id
       WHERE i.state = 'issued' AND i.invoice_date BETWEEN ? AND ?
       GROUP BY l.product_id, month`,
    )
    .all(from, to) as { productId: number | null; month: string; net: number; qty: number; code: string | null; nameFi: string | null; nameEn: string | null; unit: string | null }[];
  const rows = new Map<number | null, SalesRow>();
  for (const g of grouped) {
    // A product id that names no product (never expected) is counted with the typed lines.
    const id = g.code === null ? null : g.productId;
    let row = rows.get(id);
    if (!row) {
      row = {
        productId: id,
        code: g.code ?? '',
        name: id === null ? '' : lang === 'en' && g.nameEn ? g.nameEn : (g.nameFi ?? ''),
        unit: id === null ? '' : (g.unit ?? ''),
        quantityMilli: 0,
        netCents: 0,
        byMonth: months.map(() => 0),
      };
      rows.set(id, row);
    }
    row.netCents += g.net;
    row.quantityMilli += g.qty;
    row.byMonth[monthIndex.get(g.month)!]! += g.net;
  }
  // Best sellers first; the typed lines last whatever their sum.
  const sorted = [...rows.values()].sort((a, b) => (a.productId === null ? 1 : 0) - (b.productId === null ? 1 : 0) || b.netCents - a.netCents || a.code.localeCompare(b.code));
  const monthTotals = months.map((_, i) => sorted.reduce((s, r) => s + r.byMonth[i]!, 0));
  return { from, to, months, rows: sorted, monthTotals, netCents: sorted.reduce((s, r) => s + r.netCents, 0) };
}
