// Where a line of home (or a menu command) leads: a record's card or a list, in another section.
import type { DutyKind } from '../../../../shared/api/home';
import type { AdminTab, Section } from '../../app/types';

export type Target =
  | { kind: 'request'; id: number }
  | { kind: 'requests'; view: 'overdue' | 'dueThisWeek' | 'signatureMissing' }
  | { kind: 'invoice'; id: number }
  | { kind: 'invoices'; filter: 'overdue' }
  | { kind: 'customer'; id: number }
  | { kind: 'newCustomer' }
  | { kind: 'customerList' }
  | { kind: 'newOrder' }
  | { kind: 'backup' }
  | { kind: 'admin'; tab: AdminTab };

export function sectionOf(target: Target): Section {
  switch (target.kind) {
    case 'request':
    case 'requests':
      return 'privacy';
    case 'invoice':
    case 'invoices':
      return 'invoices';
    case 'customer':
    case 'newCustomer':
    case 'customerList':
      return 'customers';
    case 'newOrder':
      return 'orders';
    case 'backup':
      return 'backup';
    case 'admin':
      return 'admin';
  }
}

/** A record of a duty line. */
export function itemTarget(kind: DutyKind, id: number): Target {
  if (kind.startsWith('privacy')) return { kind: 'request', id };
  if (kind.startsWith('invoices')) return { kind: 'invoice', id };
  return { kind: 'customer', id };
}

/** The whole list behind a duty line, where there is one. */
export function listTarget(kind: DutyKind): Target | null {
  switch (kind) {
    case 'privacyOverdue':
      return { kind: 'requests', view: 'overdue' };
    case 'privacyDueThisWeek':
      return { kind: 'requests', view: 'dueThisWeek' };
    case 'privacySignature':
      return { kind: 'requests', view: 'signatureMissing' };
    case 'invoicesToRemind':
    case 'invoicesToCollection':
      return { kind: 'invoices', filter: 'overdue' };
    default:
      return null;
  }
}
