// setup.recover: the printed recovery code (from the fireproof safe) opens the register and sets a
// new password for an active manager account. Failed attempts count and lock like logins do; a
// use is written to the audit log.
import { formatInstant } from '../../../shared/format/dates';
import type { Handler } from '../context';
import { fail } from '../errors';
import { recordAudit, flushPendingAudit } from '../audit/record';
import { activeLock, clearFailures, recordFailure } from '../auth/lockout';
import { getUserByUsername, setMustChangePassword } from '../auth/usersRepo';
import { RECOVERY_LOOKUP, usernameLookup } from '../store/keyring';
import { normalizeRecoveryCode } from '../store/recoveryCode';

export const recover: Handler<'setup.recover'> = async ({ recoveryCode, username, newPassword }, { state, lang }) => {
  const keyring = state.register.keyring();
  const locked = activeLock(keyring.lockout(RECOVERY_LOOKUP), state.now());
  if (locked) throw fail('LOCKED', 'accountLocked', { until: formatInstant(locked.toISOString(), lang) });
  const key = await keyring.unlockRecovery(normalizeRecoveryCode(recoveryCode));
  if (!key) {
    const lockedNow = recordFailure(keyring, RECOVERY_LOOKUP, state.now());
    recordAudit(state, { action: 'recovery.failed', lookup: RECOVERY_LOOKUP });
    if (lockedNow) throw fail('LOCKED', 'accountLocked', { until: formatInstant(lockedNow.toISOString(), lang) });
    throw fail('AUTH_REQUIRED', 'wrongRecoveryCode', {}, { fields: { recoveryCode: 'wrongRecoveryCode' } });
  }
  const wasOpen = state.register.isOpen;
  const db = state.register.open(key);
  try {
    if (!wasOpen) flushPendingAudit(state);
    const user = getUserByUsername(db, username);
    if (!user || !user.active || user.role !== 'manager') throw fail('FORBIDDEN', 'recoveryManagerOnly', {}, { fields: { username: 'recoveryManagerOnly' } });
    clearFailures(keyring, RECOVERY_LOOKUP);
    await keyring.setUserSlot(user.id, user.username, newPassword, key);
    clearFailures(keyring, usernameLookup(user.username));
    setMustChangePassword(db, user.id, false);
    recordAudit(state, { action: 'recovery.used', userId: user.id, username: user.username, details: { targetUserId: user.id } });
  } finally {
    key.fill(0);
    if (!wasOpen && state.sessions.size === 0) state.register.closeDb();
  }
  return {};
};
