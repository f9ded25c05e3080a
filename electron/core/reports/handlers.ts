// reports.*: the bookkeeper's reports. Manager only (the business's books; three of them name
// customers). Every report made — shown, or saved as PDF or CSV — is written to the audit log with
// its kind, period and size, never the names in it.
import type { Language } from '../../../shared/api/fields';
import { periodRange, type AgeingReport, type InvoicesReport, type PaymentsReport, type ReportKind, type SalesReport, type VatReport } from '../../../shared/api/reports';
import type { HandlerContext, HandlerMap } from '../context';
import { sessionOf } from '../context';
import { recordAudit } from '../audit/record';
import { today } from '../invoices/calendar';
import { ageingReport } from './ageingReport';
import { tableCsv } from './csv';
import { invoicesReport } from './invoicesReport';
import { paymentsReport } from './paymentsReport';
import { reportPdf } from './pdf';
import { salesReport } from './salesReport';
import { ageingTable, invoicesTable, paymentsTable, salesTable, vatTable, type ReportTable } from './tables';
import { vatReport } from './vatReport';

function audit(ctx: HandlerContext, report: ReportKind, output: 'screen' | 'pdf' | 'csv', scope: Record<string, unknown>, rows: number) {
  const s = sessionOf(ctx);
  recordAudit(ctx.state, { action: 'report.generate', userId: s.userId, username: s.username, details: { report, output, ...scope, rows } });
}

type Scope = { period?: Parameters<typeof periodRange>[0]; date?: string };

/** The report's data and its table in `lang`. */
function build(ctx: HandlerContext, report: ReportKind, scope: Scope, lang: Language) {
  const db = ctx.state.register.db();
  if (report === 'ageing') {
    const data = ageingReport(db, scope.date!);
    return { data, table: ageingTable(data, lang), scope: { date: scope.date } };
  }
  const { from, to } = periodRange(scope.period!);
  const range = { from, to };
  switch (report) {
    case 'vat': {
      const data = vatReport(db, from, to);
      return { data, table: vatTable(data, lang), scope: range };
    }
    case 'invoices': {
      const data = invoicesReport(db, from, to, today(ctx.state));
      return { data, table: invoicesTable(data, lang), scope: range };
    }
    case 'payments': {
      const data = paymentsReport(db, from, to);
      return { data, table: paymentsTable(data, lang), scope: range };
    }
    default: {
      const data = salesReport(db, from, to, lang);
      return { data, table: salesTable(data, lang), scope: range };
    }
  }
}

function shown<T>(ctx: HandlerContext, report: ReportKind, scope: Scope): T {
  const { data, table, scope: s } = build(ctx, report, scope, ctx.lang);
  audit(ctx, report, 'screen', s, (table as ReportTable).rows.length);
  return data as T;
}

const fileName = (report: ReportKind, scope: Record<string, unknown>, ext: string) =>
  `${report}-${scope.date ?? `${scope.from}_${scope.to}`}.${ext}`;

export const reportHandlers: HandlerMap = {
  'reports.vat': ({ period }, ctx) => shown<VatReport>(ctx, 'vat', { period }),
  'reports.invoices': ({ period }, ctx) => shown<InvoicesReport>(ctx, 'invoices', { period }),
  'reports.ageing': ({ date }, ctx) => shown<AgeingReport>(ctx, 'ageing', { date }),
  'reports.payments': ({ period }, ctx) => shown<PaymentsReport>(ctx, 'payments', { period }),
  'reports.sales': ({ period }, ctx) => shown<SalesReport>(ctx, 'sales', { period }),

  'reports.file': async (input, ctx) => {
    const scopeIn: Scope = input.report === 'ageing' ? { date: input.date } : { period: input.period };
    const { data, table, scope } = build(ctx, input.report, scopeIn, ctx.lang);
    const base64 =
      input.format === 'csv'
        ? Buffer.from(tableCsv(table), 'utf8').toString('base64')
        : await reportPdf(table, input.report === 'sales' ? { sales: data as ReturnType<typeof salesReport> } : {}, ctx.lang, ctx.state.now());
    audit(ctx, input.report, input.format, scope, table.rows.length);
    return { filename: fileName(input.report, scope, input.format), base64 };
  },
};
