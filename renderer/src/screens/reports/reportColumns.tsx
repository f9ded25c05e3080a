// Each report's rows, columns and totals row for the screen's table. Money sorts by its cents and
// shows in the app's format (1 234,50 €); a restricted customer shows the neutral placeholder.
import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { AGEING_BUCKETS, type AgeingReport, type InvoicesReport, type PaymentsReport, type ReportKind, type SalesReport, type VatReport } from '../../../../shared/api/reports';
import { VAT_EXEMPTION_REASONS } from '../../../../shared/finnish/vatRates';
import { formatDate } from '../../../../shared/format/dates';
import { formatMoney } from '../../../../shared/format/money';

export type AnyReport = VatReport | InvoicesReport | AgeingReport | PaymentsReport | SalesReport;
// Rows differ per report; the table only needs accessors.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = any;
export interface ReportView {
  columns: ColumnDef<Row>[];
  rows: Row[];
  totals: ReactNode[];
}

const MONEY = { className: 'col-money money' };
const money = (id: string, header: string, get: (r: Row) => number): ColumnDef<Row> => ({ id, header, accessorFn: get, cell: (c) => formatMoney(c.getValue() as number), meta: MONEY });
const text = (id: string, header: string, get: (r: Row) => string | number | null): ColumnDef<Row> => ({ id, header, accessorFn: get, cell: (c) => c.getValue() as ReactNode });
const rate = (bp: number) => `${String(bp / 100).replace('.', ',')} %`;

export function reportView(kind: ReportKind, data: AnyReport, t: TFunction, lang: 'fi' | 'en'): ReportView {
  const k = (key: string, o?: Record<string, unknown>) => t(`reports.${key}`, o);
  const name = (restricted: boolean, n: string) => (restricted ? k('restricted') : n);
  switch (kind) {
    case 'vat': {
      const r = data as VatReport;
      const reason = (id: string | null) => {
        const x = VAT_EXEMPTION_REASONS.find((e) => e.id === id);
        return x ? `${lang === 'fi' ? x.fi : x.en} (${x.provision})` : '';
      };
      return {
        columns: [
          text('field', k('cols.field'), (x) => x.field),
          { id: 'rate', header: k('cols.rate'), accessorFn: (x: Row) => x.rateBp, cell: (c) => rate(c.getValue() as number), meta: MONEY },
          text('reason', k('cols.reason'), (x) => (x.rateBp === 0 ? reason(x.exemptionReason) : k(`vatFields.${x.field}`))),
          money('net', k('cols.net'), (x) => x.netCents),
          money('vat', k('cols.vat'), (x) => x.vatCents),
          money('creditNet', k('cols.creditNet'), (x) => x.creditNetCents),
          money('creditVat', k('cols.creditVat'), (x) => x.creditVatCents),
        ],
        rows: r.rows,
        totals: [k('total'), '', k('counts', { invoices: k('invoiceCount', { count: r.invoiceCount }), credits: k('creditCount', { count: r.creditNoteCount }) }), formatMoney(r.netCents), formatMoney(r.vatCents), formatMoney(r.rows.reduce((s, x) => s + x.creditNetCents, 0)), formatMoney(r.rows.reduce((s, x) => s + x.creditVatCents, 0))],
      };
    }
    case 'invoices': {
      const r = data as InvoicesReport;
      return {
        columns: [
          text('number', k('cols.number'), (x) => x.number),
          { id: 'date', header: k('cols.date'), accessorFn: (x: Row) => x.invoiceDate, cell: (c) => formatDate(c.getValue() as string) },
          text('kind', k('cols.kind'), (x) => k(`kindNames.${x.kind}`)),
          text('customer', k('cols.customer'), (x) => name(x.restricted, x.buyerName)),
          money('gross', k('cols.gross'), (x) => x.grossCents),
          money('paid', k('cols.paid'), (x) => x.paidCents),
          money('open', k('cols.open'), (x) => x.openCents),
          text('status', k('cols.status'), (x) => t(`invoices.status.${x.status}`)),
        ],
        rows: r.rows,
        totals: [k('total'), '', '', '', formatMoney(r.grossCents), formatMoney(r.paidCents), formatMoney(r.openCents), ''],
      };
    }
    case 'ageing': {
      const r = data as AgeingReport;
      return {
        columns: [
          text('customerNumber', k('cols.customerNumber'), (x) => x.customerNumber),
          text('customer', k('cols.customer'), (x) => name(x.restricted, x.name)),
          ...AGEING_BUCKETS.map((b) => money(b, k(`buckets.${b}`), (x) => x.buckets[b])),
          money('total', k('cols.open'), (x) => x.totalCents),
        ],
        rows: r.rows,
        totals: [k('total'), '', ...AGEING_BUCKETS.map((b) => formatMoney(r.buckets[b])), formatMoney(r.totalCents)],
      };
    }
    case 'payments': {
      const r = data as PaymentsReport;
      return {
        columns: [
          { id: 'date', header: k('cols.date'), accessorFn: (x: Row) => x.date, cell: (c) => formatDate(c.getValue() as string) },
          text('method', k('cols.method'), (x) => k(`methods.${x.method}`)),
          text('invoice', k('cols.invoice'), (x) => x.invoiceNumber),
          text('customer', k('cols.customer'), (x) => name(x.restricted, x.buyerName)),
          money('amount', k('cols.amount'), (x) => x.amountCents),
        ],
        rows: r.rows,
        totals: [k('total'), '', '', r.byMethod.map((m) => `${k(`methods.${m.method}`)} ${formatMoney(m.amountCents)}`).join(' · '), formatMoney(r.totalCents)],
      };
    }
    default: {
      const r = data as SalesReport;
      return {
        columns: [
          text('code', k('cols.code'), (x) => x.code),
          text('product', k('cols.product'), (x) => (x.productId === null ? k('otherLines') : x.name)),
          { id: 'quantity', header: k('cols.quantity'), accessorFn: (x: Row) => x.quantityMilli, cell: (c) => (c.row.original.productId === null ? '' : `${String((c.getValue() as number) / 1000).replace('.', ',')} ${c.row.original.unit}`), meta: MONEY },
          money('net', k('cols.net'), (x) => x.netCents),
        ],
        rows: r.rows,
        totals: [k('total'), '', '', formatMoney(r.netCents)],
      };
    }
  }
}
