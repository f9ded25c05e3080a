// reports.*: the figures the shop's bookkeeper asks for (issue #17 §3) — VAT by rate, invoices
// issued, receivables ageing, payments received, sales by product — each as rows for the screen
// and as a PDF or CSV file. Manager only: they are the business's books, and three of them name
// customers. A customer whose processing is restricted is shown by a neutral placeholder (the
// amounts stay, the books must add up). Every report made is recorded in the audit log.
import { z } from 'zod';
import { isIsoCalendarDate } from '../finnish/isoDate';
import { method } from './define';
import type { InvoiceKind, InvoiceStatus } from './invoices';
import type { PaymentMethod, PdfFile } from './orders';

export const PERIOD_KINDS = ['month', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const REPORT_KINDS = ['vat', 'invoices', 'ageing', 'payments', 'sales'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
/** Longest custom period (a bookkeeper's "last two years" fits; a typo like year 20266 does not). */
export const MAX_PERIOD_DAYS = 3 * 366;

const date = z.string({ message: 'errors.required' }).refine(isIsoCalendarDate, { message: 'errors.date' });
const year = z.number({ message: 'errors.reportYear' }).int({ message: 'errors.reportYear' }).min(2013, { message: 'errors.reportYear' }).max(2100, { message: 'errors.reportYear' });

/** A period as the screen picks it: a month, a quarter, a year, or from–to (both days included). */
export const periodInput = z
  .object({
    kind: z.enum(PERIOD_KINDS, { message: 'errors.periodUnknown' }),
    year: year.optional(),
    month: z.number({ message: 'errors.reportMonth' }).int({ message: 'errors.reportMonth' }).min(1, { message: 'errors.reportMonth' }).max(12, { message: 'errors.reportMonth' }).optional(),
    quarter: z.number({ message: 'errors.reportQuarter' }).int({ message: 'errors.reportQuarter' }).min(1, { message: 'errors.reportQuarter' }).max(4, { message: 'errors.reportQuarter' }).optional(),
    from: date.optional(),
    to: date.optional(),
  })
  .superRefine((p, ctx) => {
    const need = (field: 'year' | 'month' | 'quarter' | 'from' | 'to') => {
      if (p[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'errors.required' });
    };
    if (p.kind === 'month') (need('year'), need('month'));
    if (p.kind === 'quarter') (need('year'), need('quarter'));
    if (p.kind === 'year') need('year');
    if (p.kind === 'custom') {
      need('from');
      need('to');
      if (p.from && p.to && isIsoCalendarDate(p.from) && isIsoCalendarDate(p.to)) {
        if (p.to < p.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'errors.periodEndBeforeStart' });
        else if ((Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 >= MAX_PERIOD_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: 'errors.periodTooLong' });
      }
    }
  });
export type PeriodInput = z.input<typeof periodInput>;

/** The first and last day of a (validated) period, 'YYYY-MM-DD'. */
export function periodRange(p: z.output<typeof periodInput>): { from: string; to: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  switch (p.kind) {
    case 'month':
      return { from: `${p.year}-${pad(p.month!)}-01`, to: `${p.year}-${pad(p.month!)}-${pad(lastDay(p.year!, p.month!))}` };
    case 'quarter': {
      const first = (p.quarter! - 1) * 3 + 1;
      return { from: `${p.year}-${pad(first)}-01`, to: `${p.year}-${pad(first + 2)}-${pad(lastDay(p.year!, first + 2))}` };
    }
    case 'year':
      return { from: `${p.year}-01-01`, to: `${p.year}-12-31` };
    default:
      return { from: p.from!, to: p.to! };
  }
}

export interface Period {
  from: string;
  to: string;
}

/** One row of the VAT report: a rate, or (at 0 %) one reason for selling without VAT. */
export interface VatReportRow {
  /** The periodic tax return's field the figure belongs to ('301' tax at the general rate …). */
  field: string;
  rateBp: number;
  /** At 0 %: the exemption reason (shared/finnish/vatRates VAT_EXEMPTION_REASONS id). */
  exemptionReason: string | null;
  /** Taxable sales without VAT, credit notes netted. */
  netCents: number;
  vatCents: number;
  /** Of which credit notes (negative or 0). */
  creditNetCents: number;
  creditVatCents: number;
}

export interface VatReport extends Period {
  rows: VatReportRow[];
  netCents: number;
  vatCents: number;
  invoiceCount: number;
  creditNoteCount: number;
}

export interface InvoiceReportRow {
  id: number;
  number: number;
  kind: InvoiceKind;
  invoiceDate: string;
  dueDate: string | null;
  customerNumber: number | null;
  /** The buyer's name; '' when the customer's processing is restricted (restricted: true). */
  buyerName: string;
  restricted: boolean;
  netCents: number;
  vatCents: number;
  grossCents: number;
  paidCents: number;
  openCents: number;
  status: InvoiceStatus;
}

export interface InvoicesReport extends Period {
  rows: InvoiceReportRow[];
  netCents: number;
  vatCents: number;
  grossCents: number;
  paidCents: number;
  openCents: number;
}

export const AGEING_BUCKETS = ['notDue', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

export interface AgeingRow {
  customerId: number;
  customerNumber: number | null;
  name: string;
  restricted: boolean;
  invoiceCount: number;
  buckets: Record<AgeingBucket, number>;
  totalCents: number;
}

export interface AgeingReport {
  date: string;
  rows: AgeingRow[];
  buckets: Record<AgeingBucket, number>;
  totalCents: number;
  invoiceCount: number;
}

export interface PaymentReportRow {
  id: number;
  date: string;
  method: PaymentMethod;
  amountCents: number;
  invoiceId: number;
  invoiceNumber: number | null;
  customerNumber: number | null;
  buyerName: string;
  restricted: boolean;
}

export interface PaymentsReport extends Period {
  rows: PaymentReportRow[];
  byMethod: { method: PaymentMethod; count: number; amountCents: number }[];
  totalCents: number;
}

export interface SalesRow {
  /** null: lines typed without a product ("Other lines"). */
  productId: number | null;
  code: string;
  name: string;
  unit: string;
  quantityMilli: number;
  netCents: number;
  /** Net sales per month 'YYYY-MM', in the order of `months`. */
  byMonth: number[];
}

export interface SalesReport extends Period {
  months: string[];
  rows: SalesRow[];
  monthTotals: number[];
  netCents: number;
}

const periodOnly = z.object({ period: periodInput });
const ageingInput = z.object({ date });

export const reportFileInput = z.discriminatedUnion(
  'report',
  [
    z.object({ report: z.literal('vat'), format: z.enum(['pdf', 'csv']), period: periodInput }),
    z.object({ report: z.literal('invoices'), format: z.enum(['pdf', 'csv']), period: periodInput }),
    z.object({ report: z.literal('payments'), format: z.enum(['pdf', 'csv']), period: periodInput }),
    z.object({ report: z.literal('sales'), format: z.enum(['pdf', 'csv']), period: periodInput }),
    z.object({ report: z.literal('ageing'), format: z.enum(['pdf', 'csv']), date }),
  ],
  { message: 'errors.reportUnknown' },
);
export type ReportFileInput = z.input<typeof reportFileInput>;

export const reportsContract = {
  'reports.vat': method<VatReport>()(periodOnly, 'manager'),
  'reports.invoices': method<InvoicesReport>()(periodOnly, 'manager'),
  'reports.ageing': method<AgeingReport>()(ageingInput, 'manager'),
  'reports.payments': method<PaymentsReport>()(periodOnly, 'manager'),
  'reports.sales': method<SalesReport>()(periodOnly, 'manager'),
  /** The report as a PDF (A4, in the session's language) or a CSV (semicolon, for Excel). */
  'reports.file': method<PdfFile>()(reportFileInput, 'manager'),
};
