import type { SessionInfo } from '../../../shared/api/session';

/** A message for the login screen: a text key (re-translated on language change) or a text
 * the core already translated. */
/** A message for the login screen; `items` lists what the manager must look into (a restore's report). */
export type Notice = { tone: 'info' | 'error'; key: string } | { tone: 'info' | 'error'; text: string; items?: string[] };

/** 'backup' is not in the main menu: the status bar's button opens it. */
export type Section = 'home' | 'customers' | 'orders' | 'invoices' | 'privacy' | 'marketing' | 'admin' | 'backup' | 'products' | 'reports';
export type AdminTab = 'users' | 'settings' | 'invoicing' | 'audit' | 'backup' | 'supportLog';

export type View =
  | { kind: 'loading' }
  | { kind: 'startup-error'; message: string }
  | { kind: 'setup' }
  | { kind: 'login'; notice?: Notice; username?: string }
  | { kind: 'change-password'; session: SessionInfo }
  | { kind: 'app'; session: SessionInfo }
  | { kind: 'locked'; session: SessionInfo };
