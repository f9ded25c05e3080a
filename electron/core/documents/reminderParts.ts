// What a reminder asks and how it is paid, computed once for every form the reminder takes: the
// PDF letter and the Finvoice message read the same numbers, so they cannot disagree.
import type { Invoice } from '../../../shared/api/invoices';
import type { ReminderRow } from '../invoices/invoicesRepo';
import { barcodeFor } from '../invoices/invoicesRepo';

/** Payments (not cancelled) made up to the reminder's date: "paid so far" on the reminder. */
export function paidBeforeReminder(inv: Pick<Invoice, 'payments'>, r: Pick<ReminderRow, 'date'>): number {
  return inv.payments.filter((p) => !p.cancelled && p.date <= r.date).reduce((s, p) => s + p.amountCents, 0);
}

/** The virtual barcode for the reminder's total and new due date (null when none can be made). */
export function reminderBarcode(inv: Pick<Invoice, 'seller' | 'reference'>, r: Pick<ReminderRow, 'total_cents' | 'due_date'>): string | null {
  return barcodeFor(inv.seller.iban, r.total_cents, inv.reference, r.due_date);
}
