// The day's duties for the home screen: each a count and its first few records, read with the
// indexes the lists themselves use (invoices_overdue, customers_restricted,
// privacy_requests_status), so home answers fast on a register of ten years.
import { DUTY_ITEMS_SHOWN, STAFF_DUTIES, type BackupAgeLevel, type Duty, type DutyItem, type DutyKind, type HomeDuties } from '../../../shared/api/home';
import { FINAL_STATUSES, type RequestSummary } from '../../../shared/api/privacy';
import { FIRST_FEE_DAY_AFTER_DUE } from '../../../shared/api/invoices';
import type { BackupStatus } from '../../../shared/api/backup';
import type { Role } from '../../../shared/api/fields';
import { endOfWeek } from '../../../shared/privacy/deadlines';
import type { Db } from '../store/database';
import { addDays } from '../invoices/calendar';
import { reminderRules } from '../invoices/reminderRules';
import { loadInvoicingSettings } from '../invoices/invoicingSettings';
import { maxReminderFeeOn } from '../legal/legalParameters';
import { listRequests } from '../privacy/requestsRepo';
import { retentionDue } from '../privacy/retention';
import { contextRequestId } from '../privacy/recipients';

/** More than this many people due for purge is shown as "at least". */
const RETENTION_COUNT_LIMIT = 1000;

/** Overdue as the reminder run reads it (invoicesRepo.listOverdue): restricted customers' invoices
 * are left out — a reminder to them is the manager's decision on the customer's card. */
const OVERDUE = `i.state = 'issued' AND i.open_cents > 0 AND i.effective_due_date < @today AND i.kind = 'invoice'
  AND i.credited_cents = 0 AND i.collection_date IS NULL AND i.customer_id NOT IN (SELECT id FROM customers WHERE restriction_date IS NOT NULL)`;

interface InvoiceRow {
  id: number;
  number: number;
  buyer_name: string | null;
  due_date: string;
  effective_due_date: string;
  open_cents: number;
  debtor_kind: 'consumer' | 'business';
  last_fee_reminder_date: string | null;
  compensation_charged: number;
}

const INVOICE_COLS = `i.id, i.number, i.buyer_name, i.due_date, i.effective_due_date, i.open_cents, i.debtor_kind, i.last_fee_reminder_date, i.compensation_charged`;

const invoiceItem = (r: InvoiceRow): DutyItem => ({ id: r.id, ref: String(r.number), name: r.buyer_name ?? '', date: r.effective_due_date, openCents: r.open_cents });

/**
 * Never reminded, and the Collection Act's timing allows the first fee-bearing reminder: 14 full
 * days since the due date (4 a §; reminderRules says when). The date bound narrows the rows in
 * SQL; reminderRules, the rule the reminder dialog applies, decides each listed one.
 */
function invoicesToRemind(db: Db, today: string): Duty {
  const params = { today, feeFrom: addDays(today, -FIRST_FEE_DAY_AFTER_DUE) };
  const where = `${OVERDUE} AND i.reminder_count = 0 AND i.due_date <= @feeFrom`;
  const count = (db.prepare(`SELECT count(*) AS n FROM invoices i WHERE ${where}`).get(params) as { n: number }).n;
  const rows = db.prepare(`SELECT ${INVOICE_COLS} FROM invoices i WHERE ${where} ORDER BY i.effective_due_date, i.number LIMIT ${DUTY_ITEMS_SHOWN}`).all(params) as InvoiceRow[];
  const settings = loadInvoicingSettings(db);
  const maxFee = maxReminderFeeOn(db, today);
  const items = rows
    .filter((r) => {
      const rules = reminderRules(
        { debtorKind: r.debtor_kind, dueDate: r.due_date, lastFeeReminderDate: r.last_fee_reminder_date, compensationCharged: r.compensation_charged === 1 },
        today,
        settings,
        maxFee,
      );
      return rules.feeAllowedFrom !== null && rules.feeAllowedFrom <= today;
    })
    .map(invoiceItem);
  return { kind: 'invoicesToRemind', count, items };
}

/** Reminded, and the reminder's own due date has passed too: the claim is ready for a collection
 * agency (a consumer only after a reminder — good collection practice, as sendToCollection asks). */
function invoicesToCollection(db: Db, today: string): Duty {
  const where = `${OVERDUE} AND i.reminder_count > 0`;
  const count = (db.prepare(`SELECT count(*) AS n FROM invoices i WHERE ${where}`).get({ today }) as { n: number }).n;
  const rows = db.prepare(`SELECT ${INVOICE_COLS} FROM invoices i WHERE ${where} ORDER BY i.effective_due_date, i.number LIMIT ${DUTY_ITEMS_SHOWN}`).all({ today }) as InvoiceRow[];
  return { kind: 'invoicesToCollection', count, items: rows.map(invoiceItem) };
}

/** Open requests are few in a shop: the same list and rules the privacy screen's counts use. */
function privacyDuties(db: Db, today: string): Duty[] {
  const open = listRequests(db, 'open', today, endOfWeek(today), 100_000);
  const weekEnd = endOfWeek(today);
  const item = (r: RequestSummary): DutyItem => ({ id: r.id, ref: r.number, name: r.requesterName, date: r.effectiveDueDate });
  const duty = (kind: DutyKind, rows: RequestSummary[]): Duty => ({ kind, count: rows.length, items: rows.slice(0, DUTY_ITEMS_SHOWN).map(item) });
  return [
    duty('privacyOverdue', open.filter((r) => r.overdue)),
    duty('privacyDueThisWeek', open.filter((r) => !r.overdue && r.effectiveDueDate <= weekEnd)),
    duty('privacySignature', open.filter((r) => r.signatureMissing)),
  ];
}

function retention(db: Db, today: string): Duty {
  const due = retentionDue(db, today, RETENTION_COUNT_LIMIT);
  return {
    kind: 'retentionDue',
    count: due.length,
    items: due.slice(0, DUTY_ITEMS_SHOWN).map((d) => ({ id: d.customerId, ref: String(d.customerNumber), name: d.name, date: d.dueSince })),
  };
}

/** A restriction whose request has been answered: its ground is gone, so the restriction should be
 * lifted — and the person told first (GDPR Art. 18(3)). A restriction set by hand, without a
 * request, waits for the manager's own judgement and is not listed. */
function restrictionsToLift(db: Db): Duty {
  const restricted = db
    .prepare('SELECT id, customer_number, first_name, last_name, restriction_date FROM customers WHERE restriction_date IS NOT NULL AND erased_at IS NULL ORDER BY restriction_date, id')
    .all() as { id: number; customer_number: number; first_name: string; last_name: string; restriction_date: string }[];
  const status = db.prepare('SELECT status FROM privacy_requests WHERE id = ?');
  const waiting = restricted.filter((c) => {
    const requestId = contextRequestId(db, c.id, 'restriction');
    const row = requestId === null ? undefined : (status.get(requestId) as { status: RequestSummary['status'] } | undefined);
    return row !== undefined && FINAL_STATUSES.includes(row.status);
  });
  return {
    kind: 'restrictionLift',
    count: waiting.length,
    items: waiting.slice(0, DUTY_ITEMS_SHOWN).map((c) => ({ id: c.id, ref: String(c.customer_number), name: `${c.first_name} ${c.last_name}`, date: c.restriction_date })),
  };
}

/** ok below the manager's chosen number of working days, warn from it, alert from twice it (or
 * when there is no verified backup at all). */
export function backupAgeLevel(s: Pick<BackupStatus, 'workingDaysSince' | 'warnAfterWorkingDays'>): BackupAgeLevel {
  if (s.workingDaysSince === null || s.workingDaysSince >= 2 * s.warnAfterWorkingDays) return 'alert';
  return s.workingDaysSince >= s.warnAfterWorkingDays ? 'warn' : 'ok';
}

export function collectDuties(
  db: Db,
  o: { today: string; role: Role; backup: BackupStatus; invoicing: HomeDuties['invoicing'] },
): HomeDuties {
  const manager = o.role === 'manager';
  const all: Duty[] = [
    ...privacyDuties(db, o.today),
    invoicesToRemind(db, o.today),
    invoicesToCollection(db, o.today),
    ...(manager ? [retention(db, o.today), restrictionsToLift(db)] : []),
  ];
  const duties = all.filter((d) => d.count > 0 && (manager || STAFF_DUTIES.includes(d.kind)));
  return { today: o.today, duties, backup: { ...o.backup, level: backupAgeLevel(o.backup) }, invoicing: o.invoicing };
}
