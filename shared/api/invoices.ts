// invoices.* and invoicing.*: invoices the Finnish way — drafts that can be edited, issued
// invoices with a consecutive number that are never edited (only credited), payments, reminders,
// collection and the accounting export. The seller's bank details and the invoicing rules a
// manager sets live in invoicing.settings (kept apart from settings.* so the general settings
// screen is untouched).
import { z } from 'zod';
import { isValidIban, normalizeIban } from '../finnish/iban';
import { isValidOperatorId, normalizeEinvoiceId } from '../finnish/einvoiceAddress';
import { method } from './define';
import * as f from './fields';
import { lineInput, linesInput, paymentMethod, type PaymentMethod, type PdfFile, type PricedLine, type Totals } from './orders';

// ---------------------------------------------------------------------------------------------
// Settings

/** Fixed compensation for recovery costs from a business debtor (Collection Act 10 f §, Directive 2011/7/EU). */
export const BUSINESS_COMPENSATION_CENTS = 4000;
/**
 * A fee-bearing reminder: only when this many FULL days have passed since the due date (Collection
 * Act 513/1999, 10 b §, time limits in consumer collection, as the Finnish Competition and Consumer
 * Authority KKV reads it: due 16.3. → the days 17.3.–30.3. must pass → the first fee on 31.3., the
 * 15th day after the due date). Fee-bearing reminders are also at least this many days apart.
 */
export const REMINDER_FEE_MIN_DAYS = 14;
/** The first day a fee may be charged, counted from the due date: the day after 14 full days. */
export const FIRST_FEE_DAY_AFTER_DUE = REMINDER_FEE_MIN_DAYS + 1;
/** A reminder's new due date is at least this many days after the reminder. */
export const REMINDER_MIN_TERM_DAYS = 10;

/** An IBAN (spaces allowed), or '' for none; stored in electronic form. */
export const optionalIban = z
  .string()
  .trim()
  .refine((v) => v === '' || isValidIban(v), { message: 'errors.iban' })
  .transform((v) => (v === '' ? '' : normalizeIban(v)));

/** A BIC (8 or 11 characters), or '' for none. */
export const optionalBic = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => v === '' || /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(v), { message: 'errors.bic' });

/** Text without a default: in a partial update a missing field must stay missing, not become ''. */
const text = (max: number) => z.string().trim().max(max, { message: 'errors.tooLong' });

export const invoicingSettingsSchema = z.object({
  /** The shop's account; '' until a manager sets it (issuing needs it). */
  iban: optionalIban,
  bic: optionalBic,
  bankName: text(100),
  /** Printed in the footer; default from the controller's contact details. */
  phone: text(50),
  email: text(200),
  web: text(100),
  /** Whether the shop is in the VAT register (prints "ALV-rek."). */
  vatRegistered: z.boolean(),
  paymentTermDays: z.number().int().min(0, { message: 'errors.range' }).max(365, { message: 'errors.range' }),
  /** Notice period for complaints printed on the invoice (huomautusaika), days. */
  complaintDays: z.number().int().min(0, { message: 'errors.range' }).max(90, { message: 'errors.range' }),
  /** Points above the reference rate, basis points: 700 consumers, 800 businesses (Interest Act 4 §). */
  penaltyMarginConsumerBp: z.number().int().min(0, { message: 'errors.range' }).max(2000, { message: 'errors.range' }),
  penaltyMarginBusinessBp: z.number().int().min(0, { message: 'errors.range' }).max(2000, { message: 'errors.range' }),
  /** Reminder fee, cents; at most 5,00 € (the consumer ceiling, applied to every debtor). */
  // The legal maximum is data (legal.reminderFeeLimits), checked by the core on saving; this only bounds typing errors.
  reminderFeeCents: z.number().int().min(0, { message: 'errors.range' }).max(100_00, { message: 'errors.range' }),
  /** Days a reminder gives to pay; at least 10. */
  reminderTermDays: z.number().int().min(REMINDER_MIN_TERM_DAYS, { message: 'errors.reminderTerm' }).max(60, { message: 'errors.range' }),
  /** The first invoice number; changeable only before the first invoice is issued. */
  invoiceNumberStart: z.number().int().min(100, { message: 'errors.invoiceNumberStart' }).max(999_999_999, { message: 'errors.range' }),
  /** Default recipient of the accounting export (the bookkeeping partner). */
  accountingPartner: text(200),
  /** The intermediator the shop sends e-invoices through (its bank's BIC or its operator's ID); '' = the account's BIC. */
  einvoiceIntermediator: z
    .string()
    .trim()
    .refine((v) => v === '' || isValidOperatorId(v), { message: 'errors.einvoiceOperator' })
    .transform(normalizeEinvoiceId),
});
export type InvoicingSettings = z.output<typeof invoicingSettingsSchema>;

/** The seller's bank details alone: asked at first start (setup wizard), the rest has defaults. */
export const invoicingBankSchema = invoicingSettingsSchema.pick({ iban: true, bic: true, bankName: true });

export const DEFAULT_INVOICING_SETTINGS: InvoicingSettings = {
  iban: '',
  bic: '',
  bankName: '',
  phone: '',
  email: '',
  web: '',
  vatRegistered: true,
  paymentTermDays: 14,
  complaintDays: 7,
  penaltyMarginConsumerBp: 700,
  penaltyMarginBusinessBp: 800,
  reminderFeeCents: 500,
  reminderTermDays: 14,
  invoiceNumberStart: 1000,
  accountingPartner: '',
  einvoiceIntermediator: '',
};

export interface InvoicingSettingsView extends InvoicingSettings {
  /** Set once the first invoice is issued; the number start is then fixed. */
  lastInvoiceNumber: number | null;
  nextInvoiceNumber: number;
  /** Whether invoices can be issued (an IBAN is set). */
  ready: boolean;
  /** The first day of the current half-year when its reference rate has not been entered, else null. */
  referenceRateMissing: string | null;
}

/** The Interest Act's reference rate (viitekorko) of a half-year, as data a manager adds to. */
export interface ReferenceRate {
  validFrom: string;
  rateBp: number;
  source: string;
  addedAt: string;
  addedByName: string | null;
}

// ---------------------------------------------------------------------------------------------
// Invoices

export const INVOICE_STATUSES = ['draft', 'issued', 'partiallyPaid', 'overdue', 'reminded', 'inCollection', 'paid', 'credited', 'creditNote'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
export type InvoiceKind = 'invoice' | 'credit_note';
export type DebtorKind = 'consumer' | 'business';
export const billTo = z.enum(['person', 'organization']);
export type BillTo = z.infer<typeof billTo>;

/** The seller as printed, frozen at issue. */
export interface SellerSnapshot {
  name: string;
  businessId: string;
  /** 'FI10074353' when VAT-registered, else ''. */
  vatNumber: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  web: string;
  iban: string;
  bic: string;
  bankName: string;
}

/** The buyer as printed, frozen at issue (later changes to the customer do not alter an issued invoice). */
export interface BuyerSnapshot {
  customerNumber: number;
  /** Organisation name, or the person's name. */
  name: string;
  /** The person, when the invoice goes to their organisation. */
  attention: string;
  businessId: string;
  /** EU VAT number (AVL 209 e §); absent on invoices issued before it was recorded. */
  vatNumber?: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

export interface InvoiceLine extends PricedLine {
  orderId: number | null;
}

export interface Payment {
  id: number;
  date: string;
  amountCents: number;
  method: PaymentMethod;
  note: string;
  createdAt: string;
  createdByName: string | null;
  cancelled: { at: string; reason: string; byName: string | null } | null;
}

export interface Reminder {
  id: number;
  /** 1, 2, … per invoice. */
  sequence: number;
  date: string;
  /** The unpaid invoice amount (principal) when the reminder was made. */
  principalCents: number;
  feeCents: number;
  compensationCents: number;
  /** Penalty interest accrued since the previous reminder (or the due date) up to the reminder date. */
  interestCents: number;
  /** What the reminder asks to be paid: all that is open, fees and interest included. */
  totalCents: number;
  dueDate: string;
  createdAt: string;
  createdByName: string | null;
}

/** What a reminder made today (or on `date`) may carry, for the reminder dialog. */
export interface ReminderOptions {
  date: string;
  debtorKind: DebtorKind;
  /** A fee may be charged on this date. */
  feeAllowed: boolean;
  /** Why not, when not: 'tooEarly' (< 14 days after the due date), 'interval' (< 14 days since the last fee), 'compensationCharged'. */
  feeRefusal: 'tooEarly' | 'interval' | 'compensationCharged' | null;
  /** First date a fee is allowed. */
  feeAllowedFrom: string | null;
  feeCents: number;
  compensationAllowed: boolean;
  compensationCents: number;
  interestCents: number;
  /** The first day of a half-year whose reference rate is missing (no interest can be computed), else null. */
  interestRateMissing: string | null;
  principalCents: number;
  minDueDate: string;
  defaultDueDate: string;
}

export interface InvoiceActions {
  canEdit: boolean;
  canDelete: boolean;
  canIssue: boolean;
  canPay: boolean;
  canRemind: boolean;
  canCredit: boolean;
  canSendToCollection: boolean;
}

export interface Invoice extends Totals {
  id: number;
  kind: InvoiceKind;
  status: InvoiceStatus;
  /** null while a draft. */
  number: number | null;
  customerId: number;
  billTo: BillTo;
  debtorKind: DebtorKind;
  /** The language the documents are printed in (the customer's). */
  language: 'fi' | 'en';
  /** Date of issue; for a draft the planned date or null (today at issue). */
  invoiceDate: string | null;
  deliveryDate: string;
  /** The earliest line delivery date when the lines span several days (then printed as a period). */
  deliveryPeriodStart: string | null;
  paymentTermDays: number;
  dueDate: string | null;
  /** The due date now in force: the last reminder's, else the invoice's. */
  effectiveDueDate: string | null;
  reference: string | null;
  referenceFormatted: string | null;
  rfReference: string | null;
  rfReferenceFormatted: string | null;
  /** 54 digits, for the payer's online bank; null when there is nothing to pay by transfer. */
  virtualBarcode: string | null;
  penaltyInterestBp: number | null;
  yourReference: string;
  ourReference: string;
  notes: string;
  /** The draft's typed prices include VAT (shelf prices), converted to net when stored; lines from orders keep their own. */
  pricesIncludeVat: boolean;
  /** Frozen at issue; for a draft, what issuing now would print. */
  seller: SellerSnapshot;
  buyer: BuyerSnapshot;
  lines: InvoiceLine[];
  paidCents: number;
  creditedCents: number;
  /** Reminder fees, compensation and interest charged (less what a credit note waived). */
  chargesCents: number;
  /** gross + charges − paid − credited; negative when money is to be returned. */
  openCents: number;
  overdue: boolean;
  daysOverdue: number;
  payments: Payment[];
  reminders: Reminder[];
  creditNotes: { id: number; number: number | null; invoiceDate: string | null; grossCents: number }[];
  /** For a credit note: the invoice it corrects. */
  creditedInvoice: { id: number; number: number; invoiceDate: string; grossCents: number; paidCents: number } | null;
  creditReason: string;
  orderIds: number[];
  collection: { date: string; agency: string; disclosureId: number } | null;
  actions: InvoiceActions;
  /** For an invoice that can be reminded: what a reminder today may carry. */
  reminderOptions: ReminderOptions | null;
  /** The organisation's e-invoice address and operator when the invoice is billed to one that has them: Finvoice can be saved. */
  einvoice: { address: string; operator: string } | null;
  createdAt: string;
  createdByName: string | null;
  issuedAt: string | null;
  issuedByName: string | null;
}

export interface InvoiceSummary {
  id: number;
  kind: InvoiceKind;
  status: InvoiceStatus;
  number: number | null;
  customerId: number;
  customerNumber: number;
  buyerName: string;
  invoiceDate: string | null;
  dueDate: string | null;
  effectiveDueDate: string | null;
  grossCents: number;
  paidCents: number;
  openCents: number;
  overdue: boolean;
  daysOverdue: number;
  reminderCount: number;
  lastReminderDate: string | null;
  collectionDate: string | null;
}

export const INVOICE_FILTERS = ['all', 'drafts', 'open', 'overdue', 'inCollection', 'paid', 'credited', 'creditNotes'] as const;

const draftFields = {
  billTo: billTo.optional(),
  /** Planned date of issue; at issue it may not be before the last issued invoice's date nor in the future. */
  invoiceDate: f.isoDate.nullable().optional(),
  /** Defaults to the latest order date, or the invoice date. Decides the VAT rate of category lines. */
  deliveryDate: f.isoDate.optional(),
  paymentTermDays: z.number().int().min(0, { message: 'errors.range' }).max(365, { message: 'errors.range' }).optional(),
  /** The buyer's reference (their order number, a person). */
  yourReference: f.optionalText(100).optional(),
  ourReference: f.optionalText(100).optional(),
  notes: f.optionalText(1000).optional(),
  /** Typed lines' unitPriceCents include VAT. Default: as the invoiced orders were typed (all with VAT), else without. */
  pricesIncludeVat: z.boolean().optional(),
};

export const createDraftInput = z
  .object({
    customerId: f.id,
    /** Open orders of this customer to invoice; their lines are copied. */
    orderIds: z.array(f.id).max(200, { message: 'errors.tooMany' }).default([]),
    /** Lines typed directly on the invoice (besides or instead of orders). */
    lines: z.array(lineInput).max(500, { message: 'errors.tooMany' }).default([]),
    ...draftFields,
  })
  .refine((v) => v.orderIds.length > 0 || v.lines.length > 0, { message: 'errors.linesRequired', path: ['lines'] });

export const updateDraftInput = z.object({
  id: f.id,
  ...draftFields,
  /** Replaces every line (order lines included) when given. */
  lines: linesInput.optional(),
});

export const issueInput = z.object({ id: f.id, invoiceDate: f.isoDate.optional() });

export const listInvoicesInput = z.object({
  customerId: f.id.optional(),
  filter: z.enum(INVOICE_FILTERS).default('all'),
  /** Invoice date range (drafts: creation date). */
  from: f.isoDate.optional(),
  to: f.isoDate.optional(),
  number: z.number().int().positive().optional(),
  /** Free text: an invoice number, or a part of the buyer's name. */
  query: z.string().trim().max(100).default(''),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});

export const paymentInput = z.object({
  invoiceId: f.id,
  date: f.isoDate,
  amountCents: z.number({ message: 'errors.money' }).int({ message: 'errors.money' }).min(1, { message: 'errors.range' }).max(99_999_999, { message: 'errors.range' }),
  method: paymentMethod.default('bank_transfer'),
  note: f.optionalText(200),
  /** The amount is more than what is open, and that is what arrived. */
  allowOverpayment: z.boolean().default(false),
});

export const remindInput = z.object({
  invoiceId: f.id,
  /** Defaults to today; never in the future. */
  date: f.isoDate.optional(),
  /** Charge the reminder fee (when the rules allow it). */
  chargeFee: z.boolean().default(true),
  /** The 40 € compensation — business debtors only, once per invoice. */
  businessCompensation: z.boolean().default(false),
  /** Defaults to date + the reminder term; at least 10 days after the reminder. */
  dueDate: f.isoDate.optional(),
});

export const creditNoteInput = z.object({
  invoiceId: f.id,
  reason: f.requiredText(500),
  /** Defaults to today. */
  date: f.isoDate.optional(),
  /** Waive reminder fees and interest charged on the invoice too (default). */
  waiveCharges: z.boolean().default(true),
});

export const collectionInput = z.object({
  invoiceId: f.id,
  /** The collection agency that receives the claim. */
  agency: f.requiredText(200),
  date: f.isoDate.optional(),
  note: f.optionalText(500),
  /** A manager's reason for handing a consumer claim to collection without a reminder first. */
  withoutReminderReason: f.optionalText(500),
});

export interface OverdueRow extends InvoiceSummary {
  debtorKind: DebtorKind;
  /** First date a fee-bearing reminder may be sent. */
  nextFeeReminderFrom: string | null;
}

export interface AccountingExport {
  from: string;
  to: string;
  files: PdfFile[];
  invoiceCount: number;
  paymentCount: number;
  reminderCount: number;
  /** null when the period had nothing to export (no personal data left). */
  disclosureId: number | null;
}

/** Invoicing facts of one customer: for the customer card and for the privacy panel's erasure check. */
export interface CustomerInvoicing {
  /** Issued invoices with money still open (not credited). */
  openInvoices: { id: number; number: number; openCents: number; dueDate: string | null }[];
  /** Invoices handed to a collection agency and still open. */
  inCollection: { id: number; number: number; agency: string; date: string }[];
  drafts: number;
  openOrders: number;
  /** Issued invoices and credit notes: kept whatever happens (Accounting Act 2:10). */
  issuedCount: number;
  /** Last day the newest voucher (invoice or receipt) must be kept: 31.12. of its year + 6 (calendar financial year). */
  vouchersKeptUntil: string | null;
  openCents: number;
}

export const invoicesContract = {
  'invoices.customerSummary': method<CustomerInvoicing>()(z.object({ customerId: f.id }), 'user'),
  'invoices.createDraft': method<Invoice>()(createDraftInput, 'user'),
  'invoices.updateDraft': method<Invoice>()(updateDraftInput, 'user'),
  'invoices.deleteDraft': method<{ deleted: true }>()(z.object({ id: f.id }), 'user'),
  'invoices.issue': method<Invoice>()(issueInput, 'user'),
  'invoices.get': method<Invoice>()(z.object({ id: f.id }), 'user'),
  'invoices.list': method<{ total: number; rows: InvoiceSummary[]; sums: { grossCents: number; openCents: number } }>()(listInvoicesInput, 'user'),
  /** The reminder run: customers whose processing is restricted are left out (and counted). */
  'invoices.listOverdue': method<{ total: number; rows: OverdueRow[]; restrictedExcluded: number }>()(
    z.object({ asOf: f.isoDate.optional(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(200) }),
    'user',
  ),
  'invoices.addPayment': method<Invoice>()(paymentInput, 'user'),
  'invoices.cancelPayment': method<Invoice>()(z.object({ paymentId: f.id, reason: f.requiredText(500) }), 'manager'),
  'invoices.remind': method<Invoice>()(remindInput, 'user'),
  'invoices.creditNote': method<Invoice>()(creditNoteInput, 'user'),
  'invoices.sendToCollection': method<Invoice>()(collectionInput, 'user'),
  'invoices.pdf': method<PdfFile>()(z.object({ id: f.id }), 'user'),
  'invoices.reminderPdf': method<PdfFile>()(z.object({ reminderId: f.id }), 'user'),
  /** An issued invoice or credit note as a Finvoice 3.0 e-invoice (XML), for an organisation with an e-invoice address. */
  'invoices.finvoice': method<PdfFile>()(z.object({ id: f.id }), 'user'),
  /** A reminder as a Finvoice 3.0 e-invoice (XML). */
  'invoices.reminderFinvoice': method<PdfFile>()(z.object({ reminderId: f.id }), 'user'),
  'invoices.accountingExport': method<AccountingExport>()(
    z.object({ from: f.isoDate, to: f.isoDate, recipient: f.optionalText(200) }).refine((v) => v.from <= v.to, { message: 'errors.endBeforeStart', path: ['to'] }),
    'manager',
  ),
  'invoicing.settings.get': method<InvoicingSettingsView>()(z.object({}), 'user'),
  'invoicing.settings.update': method<InvoicingSettingsView>()(invoicingSettingsSchema.partial(), 'manager'),
  'invoicing.referenceRates.list': method<ReferenceRate[]>()(z.object({}), 'user'),
  'invoicing.referenceRates.add': method<ReferenceRate[]>()(
    z.object({
      /** The first day of a half-year: 1.1. or 1.7. */
      validFrom: f.isoDate.refine((d) => /-(01|07)-01$/.test(d), { message: 'errors.referenceRateDate' }),
      rateBp: z.number().int().min(-1000, { message: 'errors.range' }).max(2000, { message: 'errors.range' }),
      /** The Bank of Finland's notice the rate comes from. */
      source: f.requiredText(300),
    }),
    'manager',
  ),
};
