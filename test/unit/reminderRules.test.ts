// The first fee-bearing reminder: only when 14 FULL days have passed since the due date
// (Collection Act 513/1999, 10 b §, as KKV reads it) — the 15th day after the due date.
import { describe, expect, it } from 'vitest';
import { reminderRules } from '../../electron/core/invoices/reminderRules';

const settings = { reminderFeeCents: 500, reminderTermDays: 14 };
const facts = (dueDate: string) => ({ debtorKind: 'consumer' as const, dueDate, lastFeeReminderDate: null, compensationCharged: false });

describe('first reminder fee day', () => {
  for (const [due, lastRefused, firstAllowed] of [
    ['2026-03-16', '2026-03-30', '2026-03-31'],
    ['2026-12-20', '2027-01-03', '2027-01-04'],
    ['2028-02-20', '2028-03-05', '2028-03-06'], // leap year: 21.–29.2. and 1.–5.3. are the 14 full days
  ] as const) {
    it(`due ${due}: refused on ${lastRefused}, allowed from ${firstAllowed}`, () => {
      expect(reminderRules(facts(due), lastRefused, settings, 500)).toMatchObject({ feeAllowed: false, feeRefusal: 'tooEarly', feeAllowedFrom: firstAllowed });
      expect(reminderRules(facts(due), firstAllowed, settings, 500)).toMatchObject({ feeAllowed: true, feeRefusal: null });
    });
  }

  it('fee-bearing reminders stay 14 days apart', () => {
    const after = { ...facts('2026-03-16'), lastFeeReminderDate: '2026-04-05' };
    expect(reminderRules(after, '2026-04-18', settings, 500)).toMatchObject({ feeAllowed: false, feeRefusal: 'interval', feeAllowedFrom: '2026-04-19' });
    expect(reminderRules(after, '2026-04-19', settings, 500).feeAllowed).toBe(true);
  });

  it('the fee is the shop\'s setting, capped by the legal maximum of the day (data, not code)', () => {
    const late = facts('2026-03-16');
    expect(reminderRules(late, '2026-04-20', settings, 500).feeCents).toBe(500);
    expect(reminderRules(late, '2026-04-20', settings, 300).feeCents).toBe(300);
    expect(reminderRules(late, '2026-04-20', { ...settings, reminderFeeCents: 250 }, 500).feeCents).toBe(250);
    expect(reminderRules(late, '2026-04-20', settings, 0)).toMatchObject({ feeCents: 0, feeAllowed: false });
  });
});
