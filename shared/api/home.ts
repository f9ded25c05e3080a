// Home: what needs a person today, in one call. Each duty is a count and its first few records,
// so every line on the home screen links to a record (or to the list that holds them all).
import { z } from 'zod';
import { method } from './define';
import type { BackupStatus } from './backup';

/** The kinds of duty, in the order home lists them. Staff see STAFF_DUTIES; the manager all. */
export const DUTY_KINDS = [
  'privacyOverdue',
  'privacyDueThisWeek',
  'privacySignature',
  'invoicesToRemind',
  'invoicesToCollection',
  'retentionDue',
  'restrictionLift',
] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

/** The counter's part: collecting a missing signature, reminders and collection, the closing-time
 * backup. Deciding requests, purges and lifting restrictions are the manager's. */
export const STAFF_DUTIES: readonly DutyKind[] = ['privacySignature', 'invoicesToRemind', 'invoicesToCollection'];

/** How many records a duty line names; the rest are behind the line's link to its list. */
export const DUTY_ITEMS_SHOWN = 5;

export interface DutyItem {
  /** The record's id: a privacy request, an invoice or a customer, by the duty's kind. */
  id: number;
  /** Its number as printed: P-2026-0001, invoice 1042, customer 10023. */
  ref: string;
  name: string;
  /** The date that makes it due (a deadline, a due date, the day purging became due). */
  date: string | null;
  /** Money still open (invoices). */
  openCents?: number;
}

export interface Duty {
  kind: DutyKind;
  count: number;
  items: DutyItem[];
}

/** ok: younger than the setting; warn: at least the manager's chosen number of working days;
 * alert: twice that, or no verified backup at all. */
export type BackupAgeLevel = 'ok' | 'warn' | 'alert';

export interface HomeDuties {
  today: string;
  duties: Duty[];
  backup: BackupStatus & { level: BackupAgeLevel };
  invoicing: { ready: boolean; referenceRateMissing: string | null };
}

export const homeContract = {
  'home.duties': method<HomeDuties>()(z.object({}), 'user'),
};
