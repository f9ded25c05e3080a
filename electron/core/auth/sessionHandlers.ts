// session.*: login, logout, the lock screen, password change.
import type { Session, HandlerMap, HandlerContext, CoreState } from '../context';
import { fail } from '../errors';
import { recordAudit, flushPendingAudit } from '../audit/record';
import { provePassword } from './passwordCheck';
import { endSession, endSessionsOfUser, lockSession, sessionInfo } from './sessions';
import { getUser, markLogin, setMustChangePassword } from './usersRepo';
import { loadIdleLockMinutes } from '../settings/settingsRepo';
import { reconcileLedger } from '../ledger/reconcile';
import { carriedAnything, carryOverAudit, journalFile, keepJournal, openJournal } from '../journal/keepJournal';

/** Opens the register with a proven key and makes sure the account may work. */
function openFor(state: CoreState, key: Buffer, userId: number) {
  const wasOpen = state.register.isOpen;
  const db = state.register.open(key);
  const user = getUser(db, userId);
  const refuse = (k: 'accountDeactivated' | 'noCommitment') => {
    if (!wasOpen) state.register.closeDb();
    return fail('FORBIDDEN', k);
  };
  if (!user || !user.active) throw refuse('accountDeactivated');
  if (!user.commitmentDate) throw refuse('noCommitment');
  if (!wasOpen) {
    flushPendingAudit(state);
    // The request journal first: erasures applied again from the ledger then find their requests.
    const journal = journalFile(state.register.paths.dir, key, state.register.keyring().registerId);
    const carried = openJournal(db, journal, state.now());
    if (carriedAnything(carried)) recordAudit(state, { action: 'requestJournal.carriedOver', details: carryOverAudit(carried) });
    const { reapplied } = reconcileLedger(db, state.register.paths.dir, key, state.register.keyring().registerId, state.now());
    if (reapplied > 0) recordAudit(state, { action: 'ledger.reapplied', details: { erasures: reapplied } });
    keepJournal(db, journal, state.now());
    state.idleLockMinutes = loadIdleLockMinutes(db);
  }
  return user;
}

function requireSession(ctx: HandlerContext, allowLocked = false): Session {
  const s = ctx.session;
  if (!s) throw fail('AUTH_REQUIRED', 'authRequired');
  if (s.locked && !allowLocked) throw fail('LOCKED', 'screenLocked');
  return s;
}

export const sessionHandlers: HandlerMap = {
  'session.login': async ({ username, password }, { state, clientId, lang, prepared }) => {
    const proven = await provePassword(state, username, password, lang, prepared);
    const user = openFor(state, proven.key, proven.userId);
    proven.key.fill(0);
    // Another user logging in at the lock screen replaces the locked session (the register
    // stays open: the new session holds it).
    const previous = state.sessions.get(clientId);
    if (previous) {
      recordAudit(state, { action: 'session.replaced', userId: previous.userId, username: previous.username });
      state.sessions.delete(clientId);
    }
    const now = state.now();
    const db = state.register.db();
    markLogin(db, user.id, now.toISOString());
    recordAudit(state, { action: 'login', userId: user.id, username: user.username });
    const s: Session = {
      clientId,
      userId: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role,
      mustChangePassword: user.mustChangePassword,
      locked: false,
      lastActivity: now.getTime(),
    };
    state.sessions.set(clientId, s);
    return sessionInfo(state, s);
  },

  'session.logout': (_p, { state, clientId }) => {
    endSession(state, clientId, 'logout');
    return {};
  },

  'session.current': (_p, { state, session }) => ({
    session: session ? sessionInfo(state, session) : null,
    locked: session?.locked ?? false,
  }),

  'session.lock': (_p, ctx) => {
    const s = requireSession(ctx, true);
    lockSession(ctx.state, s, 'user');
    return {};
  },

  'session.unlock': async ({ password }, ctx) => {
    const s = requireSession(ctx, true);
    if (!s.locked) throw fail('CONFLICT', 'notLocked');
    try {
      const proven = await provePassword(ctx.state, s.username, password, ctx.lang, ctx.prepared);
      proven.key.fill(0);
    } catch (err) {
      // Locked out at the lock screen: the session ends, the login screen comes back.
      if ((err as { code?: string }).code === 'LOCKED') endSessionsOfUser(ctx.state, s.userId);
      throw (err as { key?: string }).key === 'wrongCredentials' ? fail('AUTH_REQUIRED', 'wrongPassword') : err;
    }
    s.locked = false;
    s.lastActivity = ctx.state.now().getTime();
    recordAudit(ctx.state, { action: 'session.unlock', userId: s.userId, username: s.username });
    return sessionInfo(ctx.state, s);
  },

  // Allowed while a password change is pending: typing the new password is activity too.
  'session.touch': (_p, ctx) => {
    requireSession(ctx).lastActivity = ctx.state.now().getTime();
    return {};
  },

  'session.changePassword': async ({ currentPassword, newPassword }, ctx) => {
    const s = requireSession(ctx);
    const proven = await provePassword(ctx.state, s.username, currentPassword, ctx.lang, ctx.prepared).catch((err) => {
      if ((err as { code?: string }).code === 'LOCKED') endSessionsOfUser(ctx.state, s.userId);
      throw (err as { key?: string }).key === 'wrongCredentials' ? fail('AUTH_REQUIRED', 'wrongPassword') : err;
    });
    proven.key.fill(0);
    const { state } = ctx;
    await state.register.keyring().setUserSlot(s.userId, s.username, newPassword, state.register.dataKey());
    setMustChangePassword(state.register.db(), s.userId, false);
    s.mustChangePassword = false;
    recordAudit(state, { action: 'password.change', userId: s.userId, username: s.username });
    return sessionInfo(state, s);
  },
};
