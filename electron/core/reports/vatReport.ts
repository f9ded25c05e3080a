// VAT by rate for a period: per issued invoice and credit note dated in it, the VAT breakdown the
// printed document shows (shared/finnish/vatRates vatBreakdown — one rounding per rate row), summed.
// Never re-derived from lines another way, so the report and the invoices agree to the cent.
// Rows come in the order of the periodic tax return (kausiveroilmoitus): tax on domestic sales by
// rate (301 general, 302 reduced, 303 10 %), then the sales without tax (309 zero-rated turnover
// such as exports, 311 goods to other EU countries, 312 services to other EU countries, 319
// construction services under reverse charge). A rate no longer in force (24 %, 14 %) is shown in
// its own row beside the current one, under the same field.
import type { VatReport, VatReportRow } from '../../../shared/api/reports';
import { vatBreakdown } from '../../../shared/finnish/vatRates';
import type { Db } from '../store/database';

/** The return's field of a taxed rate (basis points), by the rate's class. */
function taxField(rateBp: number): string {
  if (rateBp >= 2000) return '301';
  if (rateBp >= 1200) return '302';
  return '303';
}

/** Where a 0 % sale goes on the return, by its reason. */
const ZERO_FIELD: Record<string, string> = { export: '309', intraEuGoods: '311', reverseChargeEuService: '312', reverseChargeConstruction: '319' };
const zeroField = (reason: string | null) => (reason && ZERO_FIELD[reason]) || '309';

interface LineTuple {
  invoiceId: number;
  kind: 'invoice' | 'credit_note';
  rateBp: number;
  netCents: number;
  reason: string | null;
}

// INDEXED BY: without statistics the planner scanned all ten years of invoices in id order
// (5 s at the ten-year size) rather than the period's range of the date index.
export function vatReport(db: Db, from: string, to: string): VatReport {
  const lines = db
    .prepare(
      `SELECT i.id AS invoiceId, i.kind AS kind, l.vat_rate_bp AS rateBp, l.net_cents AS netCents, l.exemption_reason AS reason
       FROM invoices i INDEXED BY invoices_date JOIN invoice_lines l ON l.invoice_id = i.id
       WHERE i.state = 'issued' AND i.invoice_date BETWEEN ? AND ?
       ORDER BY i.invoice_date, i.number, i.id`,
    )
    .all(from, to) as LineTuple[];

  const rows = new Map<string, VatReportRow>();
  const rowFor = (rateBp: number, reason: string | null): VatReportRow => {
    const key = rateBp === 0 ? `0:${reason ?? ''}` : String(rateBp);
    let r = rows.get(key);
    if (!r) {
      r = { field: rateBp === 0 ? zeroField(reason) : taxField(rateBp), rateBp, exemptionReason: rateBp === 0 ? reason : null, netCents: 0, vatCents: 0, creditNetCents: 0, creditVatCents: 0 };
      rows.set(key, r);
    }
    return r;
  };
  let invoiceCount = 0;
  let creditNoteCount = 0;
  const flush = (doc: LineTuple[]) => {
    if (doc.length === 0) return;
    const credit = doc[0]!.kind === 'credit_note';
    if (credit) creditNoteCount++;
    else invoiceCount++;
    // The invoice's own breakdown: one VAT rounding per rate row, as printed.
    for (const b of vatBreakdown(doc.map((l) => ({ netCents: l.netCents, rateBp: l.rateBp }))).rows) {
      if (b.rateBp === 0) {
        // 0 % carries no tax, so splitting its net by reason cannot disagree with the printed row.
        for (const l of doc) if (l.rateBp === 0) add(rowFor(0, l.reason), l.netCents, 0, credit);
      } else add(rowFor(b.rateBp, null), b.netCents, b.vatCents, credit);
    }
  };
  const add = (r: VatReportRow, net: number, vat: number, credit: boolean) => {
    r.netCents += net;
    r.vatCents += vat;
    if (credit) {
      r.creditNetCents += net;
      r.creditVatCents += vat;
    }
  };
  let current: LineTuple[] = [];
  for (const l of lines) {
    if (current.length && current[0]!.invoiceId !== l.invoiceId) {
      flush(current);
      current = [];
    }
    current.push(l);
  }
  flush(current);

  const sorted = [...rows.values()].sort((a, b) => a.field.localeCompare(b.field) || b.rateBp - a.rateBp || (a.exemptionReason ?? '').localeCompare(b.exemptionReason ?? ''));
  return {
    from,
    to,
    rows: sorted,
    netCents: sorted.reduce((s, r) => s + r.netCents, 0),
    vatCents: sorted.reduce((s, r) => s + r.vatCents, 0),
    invoiceCount,
    creditNoteCount,
  };
}
