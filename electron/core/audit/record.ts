// Records an audit event wherever it can go now: into the audit log when the register is open,
// otherwise (a failed login before anyone is in) into the keyring's pending list, which the next
// successful login moves into the log.
import type { CoreState } from '../context';
import { appendAudit, type AuditEntry } from './auditLog';

export function recordAudit(state: CoreState, entry: AuditEntry & { lookup?: string }): void {
  const at = entry.at ?? state.now().toISOString();
  if (state.register.isOpen) {
    appendAudit(state.register.db(), { ...entry, at });
    return;
  }
  const keyring = state.register.keyring();
  if (entry.lookup !== undefined && !keyring.isKnownLookup(entry.lookup)) {
    // A username without a slot: counted in memory and summed up at the next login, so guessing
    // names does not grow the keyring file (store/keyring.ts, MAX_UNKNOWN_LOCKOUTS).
    if (entry.action === 'login.failed') keyring.countUnknownFailure(at);
  } else {
    keyring.addPendingAudit({ at, action: entry.action, lookup: entry.lookup ?? '', userId: entry.userId ?? null });
  }
}

/** Moves events recorded while the register was closed into the audit log. */
export function flushPendingAudit(state: CoreState): void {
  const pending = state.register.keyring().takePendingAudit();
  const unknown = state.register.keyring().takeUnknownFailures();
  const db = state.register.db();
  db.transaction(() => {
    for (const p of pending) appendAudit(db, { at: p.at, action: p.action, userId: p.userId, details: { recordedWhileClosed: true } });
    if (unknown) {
      appendAudit(db, { at: unknown.lastAt, action: 'login.failed', userId: null, details: { recordedWhileClosed: true, unknownUsername: true, attempts: unknown.count, firstAt: unknown.firstAt } });
    }
  })();
}
