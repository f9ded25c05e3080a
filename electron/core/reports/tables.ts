// Each report as a plain table — header, rows, totals row — in the chosen language. The CSV and
// the PDF are both made from this one shape, so they cannot disagree with each other.
import type { Language } from '../../../shared/api/fields';
import type { AgeingReport, InvoicesReport, PaymentsReport, SalesReport, VatReport } from '../../../shared/api/reports';
import { AGEING_BUCKETS } from '../../../shared/api/reports';
import { formatDate } from '../../../shared/format/dates';
import { VAT_EXEMPTION_REASONS } from '../../../shared/finnish/vatRates';
import { translator } from '../../../shared/i18n/translate';
import { money, quantity, rate } from '../documents/invoiceParts';

export type Align = 'left' | 'right';
export interface ReportTable {
  title: string;
  /** "Period 1.1.2026–31.3.2026" or "As of 24.11.2026". */
  scope: string;
  note: string;
  columns: { label: string; align: Align; width: number }[];
  rows: string[][];
  totals: string[];
}

const col = (label: string, align: Align, width: number) => ({ label, align, width });

export function vatTable(r: VatReport, lang: Language): ReportTable {
  const t = translator(lang);
  const k = (key: string, o?: Record<string, unknown>) => t(`reports.${key}`, o);
  const reasonText = (id: string | null) => {
    const reason = VAT_EXEMPTION_REASONS.find((x) => x.id === id);
    return reason ? `${lang === 'fi' ? reason.fi : reason.en} (${reason.provision})` : '';
  };
  return {
    title: k('kinds.vat'),
    scope: k('periodText', { from: formatDate(r.from), to: formatDate(r.to) }),
    note: `${k('vatNote')} ${k('counts', { invoices: k('invoiceCount', { count: r.invoiceCount }), credits: k('creditCount', { count: r.creditNoteCount }) })}`,
    columns: [col(k('cols.field'), 'left', 12), col(k('cols.rate'), 'right', 18), col(k('cols.reason'), 'left', 62), col(k('cols.net'), 'right', 26), col(k('cols.vat'), 'right', 22), col(k('cols.creditNet'), 'right', 26), col(k('cols.creditVat'), 'right', 22)],
    rows: r.rows.map((row) => [row.field, `${rate(row.rateBp)} %`, row.rateBp === 0 ? reasonText(row.exemptionReason) : k(`vatFields.${row.field}`), money(row.netCents), money(row.vatCents), money(row.creditNetCents), money(row.creditVatCents)]),
    totals: [k('total'), '', '', money(r.netCents), money(r.vatCents), money(r.rows.reduce((s, x) => s + x.creditNetCents, 0)), money(r.rows.reduce((s, x) => s + x.creditVatCents, 0))],
  };
}

export function invoicesTable(r: InvoicesReport, lang: Language): ReportTable {
  const t = translator(lang);
  const k = (key: string, o?: Record<string, unknown>) => t(`reports.${key}`, o);
  return {
    title: k('kinds.invoices'),
    scope: k('periodText', { from: formatDate(r.from), to: formatDate(r.to) }),
    note: '',
    columns: [col(k('cols.number'), 'right', 15), col(k('cols.date'), 'left', 20), col(k('cols.kind'), 'left', 22), col(k('cols.customer'), 'left', 48), col(k('cols.gross'), 'right', 20), col(k('cols.paid'), 'right', 20), col(k('cols.open'), 'right', 20), col(k('cols.status'), 'left', 25)],
    rows: r.rows.map((x) => [String(x.number), formatDate(x.invoiceDate), k(`kindNames.${x.kind}`), x.restricted ? k('restricted') : x.buyerName, money(x.grossCents), money(x.paidCents), money(x.openCents), t(`invoices.status.${x.status}`)]),
    totals: [k('total'), '', '', '', money(r.grossCents), money(r.paidCents), money(r.openCents), ''],
  };
}

export function ageingTable(r: AgeingReport, lang: Language): ReportTable {
  const t = translator(lang);
  const k = (key: string, o?: Record<string, unknown>) => t(`reports.${key}`, o);
  return {
    title: k('kinds.ageing'),
    scope: k('dateText', { date: formatDate(r.date) }),
    note: k('ageingNote'),
    columns: [col(k('cols.customerNumber'), 'right', 18), col(k('cols.customer'), 'left', 46), ...AGEING_BUCKETS.map((b) => col(k(`buckets.${b}`), 'right', 20)), col(k('cols.open'), 'right', 22)],
    rows: r.rows.map((x) => [x.customerNumber === null ? '' : String(x.customerNumber), x.restricted ? k('restricted') : x.name, ...AGEING_BUCKETS.map((b) => money(x.buckets[b])), money(x.totalCents)]),
    totals: [k('total'), '', ...AGEING_BUCKETS.map((b) => money(r.buckets[b])), money(r.totalCents)],
  };
}

export function paymentsTable(r: PaymentsReport, lang: Language): ReportTable {
  const t = translator(lang);
  const k = (key: string, o?: Record<string, unknown>) => t(`reports.${key}`, o);
  return {
    title: k('kinds.payments'),
    scope: k('periodText', { from: formatDate(r.from), to: formatDate(r.to) }),
    note: r.byMethod.map((m) => `${k(`methods.${m.method}`)} ${money(m.amountCents)} (${m.count})`).join(' · '),
    columns: [col(k('cols.date'), 'left', 22), col(k('cols.method'), 'left', 30), col(k('cols.invoice'), 'right', 18), col(k('cols.customer'), 'left', 70), col(k('cols.amount'), 'right', 28)],
    rows: r.rows.map((x) => [formatDate(x.date), k(`methods.${x.method}`), x.invoiceNumber === null ? '' : String(x.invoiceNumber), x.restricted ? k('restricted') : x.buyerName, money(x.amountCents)]),
    totals: [k('total'), '', '', '', money(r.totalCents)],
  };
}

export function salesTable(r: SalesReport, lang: Language): ReportTable {
  const t = translator(lang);
  const k = (key: string, o?: Record<string, unknown>) => t(`reports.${key}`, o);
  return {
    title: k('kinds.sales'),
    scope: k('periodText', { from: formatDate(r.from), to: formatDate(r.to) }),
    note: '',
    columns: [col(k('cols.code'), 'left', 25), col(k('cols.product'), 'left', 85), col(k('cols.quantity'), 'right', 25), col(k('cols.unit'), 'left', 15), col(k('cols.net'), 'right', 30)],
    rows: r.rows.map((x) => [x.code, x.productId === null ? k('otherLines') : x.name, x.productId === null ? '' : quantity(x.quantityMilli), x.unit, money(x.netCents)]),
    totals: [k('total'), '', '', '', money(r.netCents)],
  };
}
