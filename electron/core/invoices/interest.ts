// Penalty interest (viivästyskorko, Interest Act 633/1982 4 §): the reference rate of the
// half-year + 7 points for consumers, + 8 points for businesses. The reference rate in force on
// the first day of a half-year applies for those six months; the rates are data (reference_rates)
// the manager enters from the Bank of Finland's notice (Interest Act 12 a §) for each half-year.
// A half-year without its own rate is never filled in from an earlier one: interest for it cannot
// be computed until the manager enters the rate (MissingReferenceRate).
//
// Interest runs from the day after the due date on the unpaid principal, actual days / 365,
// summed exactly (BigInt) and rounded to the cent once, half up. Payments reduce the principal
// from their own date on (they are applied to the principal first, which favours the debtor).
import { addDays, halfYearStart } from './calendar';

export type RateTable = readonly { validFrom: string; rateBp: number }[];

/** The reference rate of the half-year `date` falls in, or null when that half-year has none. */
export function referenceRateOn(table: RateTable, date: string): number | null {
  const start = halfYearStart(date);
  return table.find((r) => r.validFrom === start)?.rateBp ?? null;
}

/** Interest would need a half-year's reference rate that the register does not have. */
export class MissingReferenceRate extends Error {
  constructor(readonly halfYear: string) {
    super(`no reference rate for the half-year from ${halfYear}`);
  }
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
    if (rate === null) throw new MissingReferenceRate(halfYearStart(day));
    sum += BigInt(principal) * BigInt(rate);
  }
  const den = 365n * 10_000n;
  return Number((sum * 2n + den) / (2n * den));
}
