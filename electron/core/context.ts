// What every handler receives: the core's state, who is calling (one client = one window) and in
// which language answers are wanted.
import type { RegisterEvent } from '../../shared/api/bridge';
import type { Language, Role } from '../../shared/api/fields';
import type { MethodName, ParsedParams, Result } from '../../shared/api';
import type { Register } from './store/register';
import type { PreparedPassword } from './auth/passwordCheck';

export interface Session {
  clientId: string;
  userId: number;
  username: string;
  fullName: string;
  role: Role;
  mustChangePassword: boolean;
  locked: boolean;
  /** ms since epoch of the last sign of activity (a call or a renderer heartbeat). */
  lastActivity: number;
}

import type { StaffFolderRule } from './backup/staffFolders';
import type { SupportLog } from './support/supportLog';

export interface CoreState {
  register: Register;
  sessions: Map<string, Session>;
  /** Cached so the idle check on every call does not read the database. */
  idleLockMinutes: number;
  now(): Date;
  /** Failures injected by reliability tests (a full disk, a pulled stick, a handler that throws);
   * never set in the app. */
  faults?: { backupWrite?: (bytesSoFar: number) => void; beforeHandler?: (method: string, params: unknown) => void };
  /** The support log in the data folder's logs/ (support/supportLog.ts); absent in bare tests. */
  supportLog?: SupportLog;
  /** Calls slower than this (ms) are logged by method name (support/events.ts). */
  slowCallMs?: number;
  /** Where staff may back up (backup/staffFolders.ts). */
  staffFolders: StaffFolderRule;
  emit(clientId: string, event: RegisterEvent): void;
}

export interface HandlerContext {
  state: CoreState;
  clientId: string;
  lang: Language;
  session: Session | null;
  /** A password call's back-off and key derivation, done before it joined the call queue
   * (auth/passwordCheck.ts). */
  prepared?: PreparedPassword;
}

export type Handler<M extends MethodName> = (params: ParsedParams<M>, ctx: HandlerContext) => Promise<Result<M>> | Result<M>;
export type HandlerMap = { [M in MethodName]?: Handler<M> };

/** The session of a call whose access rule already required one. */
export function sessionOf(ctx: HandlerContext): Session {
  if (!ctx.session) throw new Error('handler needs a session but access rule let none through');
  return ctx.session;
}
