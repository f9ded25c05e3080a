// Records an audit event wherever it can go now: into the audit log when the register is open,
// otherwise (a failed login before anyone is in) into the keyring's pending list, which the next
// successful login moves into the log.
import type { CoreState } from '../context';
import { appendAudit, type AuditEntry } from './auditLog';

export function recordAudit(state: CoreState, entry: AuditEntry & { lookup?: string }): void {
  const at = entry.at ?? state.now().toISOString();
  if (state.register.isOpen) {
    appendAudit(state.register.db(), { ...entry, at });
  } else {
    state.register.keyring().addPendingAudit({ at, action: entry.action, lookup: entry.lookup ?? '', userId: entry.userId ?? null });
  }
}

/** Moves events recorded while the register was closed into the audit log. */
export function flushPendingAudit(state: CoreState): void {
  const pending = state.register.keyring().takePendingAudit();
  const db = state.register.db();
  db.transaction(() => {
    for (const p of pending) appendAudit(db, { at: p.at, action: p.action, userId: p.userId, details: { recordedWhileClosed: true } });
  })();
}
