// payments.import*: the bank's camt.054 file of incoming reference payments, previewed and then
// applied as invoice payments (issue #18 §1). The file itself is never stored; the apply call sends
// the same file again with the rows the user confirmed, and the core reads it again — nothing the
// preview showed is trusted back from the screen.
import { z } from 'zod';
import { method } from './define';
import * as f from './fields';

/** What the preview found for one bank transaction. */
export type BankRowStatus =
  /** Reference matches an open invoice and the amount is exactly what is open. */
  | 'matched'
  /** No usable reference, but exactly one open invoice has this exact open amount: check it. */
  | 'matchedByAmount'
  /** Reference matches; the amount is less than what is open (a partial payment). */
  | 'underpaid'
  /** Reference matches; the amount is more than what is open (refund the rest). */
  | 'overpaid'
  /** This bank transaction was applied before (by this or another file). */
  | 'alreadyApplied'
  /** Nothing to match: allocate it by hand, or leave it for later. */
  | 'unmatched'
  /** Not an incoming payment this register takes: see the reason. */
  | 'ignored';

export type BankRowReason =
  | 'debit'
  | 'foreignCurrency'
  | 'reversal'
  | 'notBooked'
  | 'noBankReference'
  | 'badAmount'
  | 'noBookingDate'
  | 'futureDate'
  | 'duplicateInFile'
  | 'noReference'
  | 'invalidReference'
  | 'unknownReference'
  | 'beforeInvoice';

export interface BankRow {
  /** Stable key of the transaction within the file: what the apply call names. */
  key: string;
  entryRef: string;
  txRef: string;
  bookingDate: string;
  amountCents: number;
  currency: string;
  /** The reference as the bank delivered it, and what kind it is. */
  reference: string;
  referenceKind: 'national' | 'rf' | 'invalid' | 'none';
  /** Shown to the user only; never stored. */
  payerName: string;
  message: string;
  status: BankRowStatus;
  reason: BankRowReason | null;
  /** The invoice the row would pay (matched, by amount, under/overpaid, already applied). */
  invoice: { id: number; number: number; buyerName: string; openCents: number } | null;
  /** After this row: open cents left on the invoice (negative = overpaid); null without invoice. */
  openAfterCents: number | null;
}

export interface BankImportPreview {
  sha256: string;
  messageId: string;
  account: string;
  rows: BankRow[];
  counts: Record<BankRowStatus, number>;
  /** Sum of the rows that would be applied as suggested. */
  applicableCents: number;
}

export interface BankImportResult {
  sha256: string;
  applied: number;
  appliedCents: number;
  /** Keys named in the call that had been applied before: nothing was changed for them. */
  alreadyApplied: number;
  /** Rows not named (left for later) or not applicable. */
  notApplied: number;
  paidInvoices: number[];
}

/** Generous: the core checks the decoded size itself (20 MB) and says so in its own words; this
 * only bounds what is parsed at all. */
const MAX_BASE64 = 100_000_000;

const fileSource = z
  .object({
    /** The file's bytes, base64 (the screen's file picker). */
    fileBase64: z.string().min(1, { message: 'errors.required' }).max(MAX_BASE64, { message: 'errors.fileTooLarge' }).optional(),
    /** Or a path the user chose (the desktop app's file dialog). */
    path: z.string().trim().min(1, { message: 'errors.required' }).max(1000, { message: 'errors.tooLong' }).optional(),
  })
  .refine((v) => (v.fileBase64 === undefined) !== (v.path === undefined), { message: 'errors.required', path: ['fileBase64'] });

export const importPreviewInput = fileSource;

export const importApplyInput = fileSource.and(
  z.object({
    /** The preview's hash: a file that changed since the preview is refused. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'errors.invalid' }),
    /** The confirmed rows, each with the invoice it pays (the suggestion, or chosen by hand). */
    rows: z.array(z.object({ key: z.string().min(1).max(200), invoiceId: f.id })).min(1, { message: 'errors.paymentsNothingChosen' }).max(20_000),
  }),
);

export const paymentsImportContract = {
  'payments.importPreview': method<BankImportPreview>()(importPreviewInput, 'user'),
  'payments.importApply': method<BankImportResult>()(importApplyInput, 'user'),
};
