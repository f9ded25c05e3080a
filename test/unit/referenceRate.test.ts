// A half-year's penalty interest uses that half-year's own reference rate; a missing one is never
// filled in from the half-year before (issue #16 §2: the table ended 30.6.2026 and 2,5 % was used on).
import { describe, expect, it } from 'vitest';
import { accruedInterestCents, MissingReferenceRate, referenceRateOn } from '../../electron/core/invoices/interest';

const table = [
  { validFrom: '2025-01-01', rateBp: 350 },
  { validFrom: '2026-01-01', rateBp: 250 },
];

describe('reference rate per half-year', () => {
  it('is the half-year’s own rate, or none', () => {
    expect(referenceRateOn(table, '2026-06-30')).toBe(250);
    expect(referenceRateOn(table, '2025-03-15')).toBe(350);
    expect(referenceRateOn(table, '2025-07-01')).toBeNull(); // 1.7.2025 not entered: not 3,5 %
    expect(referenceRateOn(table, '2026-07-01')).toBeNull(); // not 2,5 % on
  });

  it('interest across a missing half-year is refused, naming it', () => {
    const base = { principalCents: 10000, marginBp: 700, payments: [], rates: table };
    expect(accruedInterestCents({ ...base, dueDate: '2026-05-31', until: '2026-06-30' })).toBe(Math.round((10000 * 950 * 30) / (365 * 10000)));
    let thrown: unknown;
    try {
      accruedInterestCents({ ...base, dueDate: '2026-06-20', until: '2026-07-10' });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(MissingReferenceRate);
    expect((thrown as MissingReferenceRate).halfYear).toBe('2026-07-01');
  });
});
