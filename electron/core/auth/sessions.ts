// Sessions: one per client (window). The database stays open while at least one session exists.
import type { SessionInfo } from '../../../shared/api/session';
import type { CoreState, Session } from '../context';
import { recordAudit } from '../audit/record';

export function sessionInfo(state: CoreState, s: Session): SessionInfo {
  return {
    user: { id: s.userId, username: s.username, fullName: s.fullName, role: s.role },
    mustChangePassword: s.mustChangePassword,
    idleLockMinutes: state.idleLockMinutes,
  };
}

export function endSession(state: CoreState, clientId: string, action: 'logout' | 'session.replaced' | 'session.ended'): void {
  const s = state.sessions.get(clientId);
  if (!s) return;
  recordAudit(state, { action, userId: s.userId, username: s.username });
  state.sessions.delete(clientId);
  if (state.sessions.size === 0) state.register.closeDb();
}

/** Ends every session of a user (deactivated, or locked out from the lock screen). */
export function endSessionsOfUser(state: CoreState, userId: number, except?: string): void {
  for (const [clientId, s] of state.sessions) {
    if (s.userId === userId && clientId !== except) {
      endSession(state, clientId, 'session.ended');
      state.emit(clientId, { type: 'logged-out' });
    }
  }
}

export function lockSession(state: CoreState, s: Session, reason: 'idle' | 'user'): void {
  if (s.locked) return;
  s.locked = true;
  recordAudit(state, { action: 'session.lock', userId: s.userId, username: s.username, details: { reason } });
  state.emit(s.clientId, { type: 'locked' });
}

/** Locks the session if it has been idle longer than the setting; true if it is locked now. */
export function lockIfIdle(state: CoreState, s: Session): boolean {
  if (!s.locked && state.now().getTime() - s.lastActivity > state.idleLockMinutes * 60_000) lockSession(state, s, 'idle');
  return s.locked;
}
