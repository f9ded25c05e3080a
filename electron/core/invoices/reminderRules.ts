// What a payment reminder may carry (Collection Act 513/1999 and the Act on Commercial Payment
// Terms 30/2013), as one pure function the handler, invoices.get and the tests share:
// - a reminder fee of at most the setting, itself capped by the law's maximum on the reminder's
//   day (5,00 € since 1.2.2013, 10 a § 1 mom.; kept as data, legal/legalParameters.ts);
// - the first fee-bearing reminder only when 14 full days have passed since the due date (day 15
//   at the earliest, shared/api/invoices.ts FIRST_FEE_DAY_AFTER_DUE), and at least 14 days
//   between fee-bearing reminders (applied to every debtor: the consumer rule is the strict
//   one, and the shop sends the same letters to both);
// - the reminder's new due date at least 10 days after the reminder;
// - the 40 € fixed compensation for recovery costs only from a business debtor, once per invoice
//   (10 f §); never from a consumer. A reminder that charges it carries no separate fee, and no
//   fee is charged after it: the compensation covers the creditor's own recovery costs.
import {
  BUSINESS_COMPENSATION_CENTS,
  FIRST_FEE_DAY_AFTER_DUE,
  REMINDER_FEE_MIN_DAYS,
  REMINDER_MIN_TERM_DAYS,
  type DebtorKind,
  type InvoicingSettings,
  type ReminderOptions,
} from '../../../shared/api/invoices';
import { addDays } from './calendar';

export interface ReminderFacts {
  debtorKind: DebtorKind;
  /** The invoice's own due date. */
  dueDate: string;
  lastFeeReminderDate: string | null;
  compensationCharged: boolean;
}

export function reminderRules(
  facts: ReminderFacts,
  date: string,
  settings: Pick<InvoicingSettings, 'reminderFeeCents' | 'reminderTermDays'>,
  /** The legal maximum on `date` (maxReminderFeeOn). */
  maxFeeCents: number,
): Omit<ReminderOptions, 'interestCents' | 'interestRateMissing' | 'principalCents'> {
  const fromDue = addDays(facts.dueDate, FIRST_FEE_DAY_AFTER_DUE);
  const fromLast = facts.lastFeeReminderDate ? addDays(facts.lastFeeReminderDate, REMINDER_FEE_MIN_DAYS) : null;
  const feeAllowedFrom = facts.compensationCharged ? null : fromLast && fromLast > fromDue ? fromLast : fromDue;
  let feeRefusal: ReminderOptions['feeRefusal'] = null;
  if (facts.compensationCharged) feeRefusal = 'compensationCharged';
  else if (date < fromDue) feeRefusal = 'tooEarly';
  else if (fromLast && date < fromLast) feeRefusal = 'interval';
  const feeCents = Math.min(settings.reminderFeeCents, maxFeeCents);
  const minDueDate = addDays(date, REMINDER_MIN_TERM_DAYS);
  const termDue = addDays(date, settings.reminderTermDays);
  return {
    date,
    debtorKind: facts.debtorKind,
    feeAllowed: feeRefusal === null && feeCents > 0,
    feeRefusal,
    feeAllowedFrom,
    feeCents,
    compensationAllowed: facts.debtorKind === 'business' && !facts.compensationCharged,
    compensationCents: BUSINESS_COMPENSATION_CENTS,
    minDueDate,
    defaultDueDate: termDue > minDueDate ? termDue : minDueDate,
  };
}
