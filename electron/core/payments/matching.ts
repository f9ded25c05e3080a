// What each bank transaction means for the register: which open invoice it pays (by reference,
// then by exact amount), whether it pays too little or too much, whether it was applied before,
// or why it is left out. Pure reading: the preview and the apply call both run it, so what is
// applied is exactly what the preview showed for the same file.
import { normalizeReferenceNumber } from '../../../shared/finnish/referenceNumber';
import { isValidRfReference, normalizeRfReference } from '../../../shared/finnish/rfReference';
import { isIsoDate } from '../../../shared/format/dates';
import type { BankRow, BankRowReason, BankRowStatus } from '../../../shared/api/paymentsImport';
import type { Db } from '../store/database';
import type { CamtTransaction } from './camt054Reader';

/** The largest single payment the invoice payment schema takes. */
const MAX_PAYMENT_CENTS = 99_999_999;

interface InvoiceFacts {
  id: number;
  number: number;
  buyer_name: string;
  invoice_date: string;
  open_cents: number;
}

export interface MatchedRow extends BankRow {
  account: string;
  /** The bank entry already recorded for this transaction, whose payment was cancelled: applying
   * again re-points it. */
  cancelledEntryId: number | null;
}

/** '123.45' -> 12345; null when not a plain amount with at most two decimals. */
export function amountToCents(text: string): number | null {
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(text)) return null;
  const [whole, frac = ''] = text.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

/** The reference's kind, and the national form an invoice is found by. */
export function classifyReference(ref: string): { kind: BankRow['referenceKind']; national: string | null; rf: string | null } {
  const compact = ref.replace(/\s+/g, '');
  if (compact === '') return { kind: 'none', national: null, rf: null };
  if (compact.toUpperCase().startsWith('RF')) {
    if (!isValidRfReference(compact)) return { kind: 'invalid', national: null, rf: null };
    const rf = normalizeRfReference(compact);
    // This register builds its RF references from the national one: the body is that number.
    return { kind: 'rf', national: normalizeReferenceNumber(rf.slice(4)), rf };
  }
  const national = normalizeReferenceNumber(compact);
  return national ? { kind: 'national', national, rf: null } : { kind: 'invalid', national: null, rf: null };
}

export function rowKey(t: Pick<CamtTransaction, 'account' | 'entryRef' | 'txRef'>): string {
  return `${t.account}|${t.entryRef}|${t.txRef}`;
}

export function matchTransactions(db: Db, transactions: CamtTransaction[], today: string): MatchedRow[] {
  const byReference = db.prepare(
    `SELECT id, number, buyer_name, invoice_date, open_cents FROM invoices
     WHERE state = 'issued' AND kind = 'invoice' AND reference = ? ORDER BY id LIMIT 1`,
  );
  const byAmount = db.prepare(
    `SELECT id, number, buyer_name, invoice_date, open_cents FROM invoices
     WHERE state = 'issued' AND kind = 'invoice' AND open_cents > 0 AND open_cents = ? AND invoice_date <= ? ORDER BY id LIMIT 3`,
  );
  const byId = db.prepare('SELECT id, number, buyer_name, invoice_date, open_cents FROM invoices WHERE id = ?');
  const applied = db.prepare(
    `SELECT b.id, b.payment_id, p.invoice_id, p.cancelled_at FROM bank_payment_entries b JOIN payments p ON p.id = b.payment_id
     WHERE b.account = ? AND b.entry_ref = ? AND b.tx_ref = ?`,
  );
  // What rows earlier in this file already took from each invoice (so two payments of one
  // invoice in the same file are seen as partial + rest, or paid + overpaid).
  const taken = new Map<number, number>();
  const openNow = (inv: InvoiceFacts) => inv.open_cents - (taken.get(inv.id) ?? 0);
  const seen = new Set<string>();

  return transactions.map((t) => {
    const key = rowKey(t);
    const cents = amountToCents(t.amountText);
    const ref = classifyReference(t.reference);
    const row: MatchedRow = {
      key,
      account: t.account,
      entryRef: t.entryRef,
      txRef: t.txRef,
      bookingDate: t.bookingDate,
      amountCents: cents ?? 0,
      currency: t.currency || 'EUR',
      reference: t.reference.slice(0, 35),
      referenceKind: ref.kind,
      payerName: t.payerName.slice(0, 140),
      message: t.message,
      status: 'ignored',
      reason: null,
      invoice: null,
      openAfterCents: null,
      cancelledEntryId: null,
    };
    const set = (status: BankRowStatus, reason: BankRowReason | null, inv?: InvoiceFacts) => {
      row.status = status;
      row.reason = reason;
      if (inv) {
        const open = openNow(inv);
        row.invoice = { id: inv.id, number: inv.number, buyerName: inv.buyer_name, openCents: open };
        if (status !== 'alreadyApplied' && status !== 'unmatched') {
          row.openAfterCents = open - row.amountCents;
          taken.set(inv.id, (taken.get(inv.id) ?? 0) + row.amountCents);
        }
      }
      return row;
    };

    if (!t.credit) return set('ignored', 'debit');
    if (t.reversal) return set('ignored', 'reversal');
    if (t.status !== 'BOOK') return set('ignored', 'notBooked');
    if (row.currency !== 'EUR') return set('ignored', 'foreignCurrency');
    if (cents === null || cents <= 0 || cents > MAX_PAYMENT_CENTS) return set('ignored', 'badAmount');
    if (!isIsoDate(t.bookingDate)) return set('ignored', 'noBookingDate');
    if (t.bookingDate > today) return set('ignored', 'futureDate');
    if (t.entryRef === '') return set('ignored', 'noBankReference');
    if (seen.has(key)) return set('ignored', 'duplicateInFile');
    seen.add(key);

    const before = applied.get(t.account, t.entryRef, t.txRef) as { id: number; invoice_id: number; cancelled_at: string | null } | undefined;
    if (before && !before.cancelled_at) return set('alreadyApplied', null, byId.get(before.invoice_id) as InvoiceFacts);
    if (before) row.cancelledEntryId = before.id;

    let reason: BankRowReason = ref.kind === 'none' ? 'noReference' : ref.kind === 'invalid' ? 'invalidReference' : 'unknownReference';
    // An RF reference of this register is built from the national one (its body): both find the
    // invoice by the national reference.
    if (ref.national) {
      const inv = byReference.get(ref.national) as InvoiceFacts | undefined;
      if (inv) {
        if (t.bookingDate < inv.invoice_date) return set('unmatched', 'beforeInvoice', inv);
        const open = openNow(inv);
        return set(cents === open ? 'matched' : cents < open ? 'underpaid' : 'overpaid', null, inv);
      }
    }
    // No invoice by reference: an exact open amount on exactly one invoice is a suggestion.
    const candidates = (byAmount.all(cents, t.bookingDate) as InvoiceFacts[]).filter((i) => openNow(i) === cents);
    if (candidates.length === 1) return set('matchedByAmount', reason, candidates[0]);
    return set('unmatched', reason);
  });
}

/** The rows a confirmed preview applies when the user changes nothing. */
export function suggested(row: BankRow): boolean {
  return row.status === 'matched' || row.status === 'matchedByAmount' || row.status === 'underpaid' || row.status === 'overpaid';
}
