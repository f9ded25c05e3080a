// Penalty interest (viivästyskorko, Interest Act 633/1982 4 §): the reference rate of the
// half-year + 7 points for consumers, + 8 points for businesses. The reference rate in force on
// the first day of a half-year applies for those six months; the rates are data (reference_rates).
//
// Interest runs from the day after the due date on the unpaid principal, actual days / 365,
// summed exactly (BigInt) and rounded to the cent once, half up. Payments reduce the principal
// from their own date on (they are applied to the principal first, which favours the debtor).
import { addDays, halfYearStart } from './calendar';

export type RateTable = readonly { validFrom: string; rateBp: number }[];

/**
 * The reference rate for the half-year `date` falls in: the latest rate that took effect on or
 * before the half-year's first day. null when the table knows nothing that early.
 */
export function referenceRateOn(table: RateTable, date: string): number | null {
  const start = halfYearStart(date);
  let found: number | null = null;
  for (const r of table) if (r.validFrom <= start) found = r.rateBp;
  return found;
}

export function penaltyRateOn(table: RateTable, date: string, marginBp: number): number | null {
  const ref = referenceRateOn(table, date);
  return ref === null ? null : Math.max(0, ref) + marginBp;
}

export interface InterestInput {
  /** The invoice's principal (gross − credited), cents. */
  principalCents: number;
  dueDate: string;
  /** Last day interest is counted for (inclusive), e.g. the reminder date. */
  until: string;
  marginBp: number;
  /** Payments (date, cents) — not cancelled ones. */
  payments: readonly { date: string; amountCents: number }[];
  rates: RateTable;
}

/** Interest accrued from the day after the due date up to and including `until`, in cents. */
export function accruedInterestCents(i: InterestInput): number {
  if (i.until <= i.dueDate || i.principalCents <= 0) return 0;
  const payments = [...i.payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let paid = 0;
  let p = 0;
  let sum = 0n; // Σ principal × rate(bp) over days
  for (let day = addDays(i.dueDate, 1); day <= i.until; day = addDays(day, 1)) {
    // A payment made on a day stops interest on that amount from that day on.
    while (p < payments.length && payments[p]!.date <= day) paid += payments[p++]!.amountCents;
    const principal = i.principalCents - paid;
    if (principal <= 0) break;
    const rate = penaltyRateOn(i.rates, day, i.marginBp);
    if (rate === null) continue;
    sum += BigInt(principal) * BigInt(rate);
  }
  const den = 365n * 10_000n;
  return Number((sum * 2n + den) / (2n * den));
}
