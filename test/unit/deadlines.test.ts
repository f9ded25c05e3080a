import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, dueDate, endOfWeek, extendedDueDate } from '../../shared/privacy/deadlines';

describe('GDPR deadlines', () => {
  it('one month from receipt, clamped to the month’s end', () => {
    expect(dueDate('2026-01-31')).toBe('2026-02-28');
    expect(dueDate('2028-01-31')).toBe('2028-02-29');
    expect(dueDate('2026-03-31')).toBe('2026-04-30');
    expect(dueDate('2026-11-25')).toBe('2026-12-25');
    expect(dueDate('2026-12-15')).toBe('2027-01-15');
    expect(extendedDueDate('2026-01-31')).toBe('2026-04-30');
    expect(extendedDueDate('2026-11-30')).toBe('2027-02-28');
  });
  it('never lands before the same day next month, nor past that month', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), fc.integer({ min: 1, max: 3 }), (d, n) => {
        const iso = d.toISOString().slice(0, 10);
        const due = addMonths(iso, n);
        const [y, m] = iso.split('-').map(Number) as [number, number];
        const expectedMonth = ((m - 1 + n) % 12) + 1;
        expect(Number(due.slice(5, 7))).toBe(expectedMonth);
        expect(Number(due.slice(0, 4))).toBe(y + Math.floor((m - 1 + n) / 12));
        expect(Number(due.slice(8, 10))).toBeLessThanOrEqual(Number(iso.slice(8, 10)));
      }),
    );
  });
  it('this week ends on Sunday', () => {
    expect(endOfWeek('2026-11-25')).toBe('2026-11-29');
    expect(endOfWeek('2026-11-29')).toBe('2026-11-29');
    expect(endOfWeek('2026-11-30')).toBe('2026-12-06');
  });
});
