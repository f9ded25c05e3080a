// users.*: the manager's account administration. Every change is audited.
import type { UserRow } from '../../../shared/api/users';
import type { CoreState, HandlerMap } from '../context';
import { sessionOf } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import { usernameLookup } from '../store/keyring';
import { activeLock, clearFailures } from './lockout';
import { endSessionsOfUser } from './sessions';
import * as repo from './usersRepo';

function withLock(state: CoreState, u: repo.StoredUser): UserRow {
  const until = activeLock(state.register.keyring().lockout(usernameLookup(u.username)), state.now());
  return { ...u, lockedUntil: until?.toISOString() ?? null };
}

function mustFind(state: CoreState, id: number): repo.StoredUser {
  const u = repo.getUser(state.register.db(), id);
  if (!u) throw fail('NOT_FOUND', 'userNotFound');
  return u;
}

export const userHandlers: HandlerMap = {
  'users.list': (_p, { state }) => repo.listUsers(state.register.db()).map((u) => withLock(state, u)),

  'users.create': async (input, ctx) => {
    const { state } = ctx;
    const me = sessionOf(ctx);
    const db = state.register.db();
    const keyring = state.register.keyring();
    if (repo.getUserByUsername(db, input.username) || keyring.userSlot(usernameLookup(input.username))) {
      throw fail('CONFLICT', 'usernameTaken', {}, { fields: { username: 'usernameTaken' } });
    }
    const id = repo.insertUser(db, {
      ...input,
      mustChangePassword: true,
      createdBy: me.userId,
      at: state.now().toISOString(),
    });
    try {
      await keyring.setUserSlot(id, input.username, input.password, state.register.dataKey());
    } catch (err) {
      repo.deleteUser(db, id); // no account without a working slot, no slot without an account
      throw err;
    }
    recordAudit(state, {
      action: 'user.create',
      userId: me.userId,
      username: me.username,
      details: { targetUserId: id, targetUsername: input.username, role: input.role, commitmentDate: input.commitmentDate },
    });
    return withLock(state, mustFind(state, id));
  },

  'users.deactivate': ({ userId }, ctx) => {
    const { state } = ctx;
    const me = sessionOf(ctx);
    const db = state.register.db();
    const target = mustFind(state, userId);
    if (target.id === me.userId) throw fail('CONFLICT', 'cannotDeactivateSelf');
    if (!target.active) throw fail('CONFLICT', 'userInactive');
    if (target.role === 'manager' && repo.countActiveManagers(db) <= 1) throw fail('CONFLICT', 'lastManager');
    db.transaction(() => {
      repo.deactivateUser(db, userId, state.now().toISOString());
      recordAudit(state, { action: 'user.deactivate', userId: me.userId, username: me.username, details: { targetUserId: userId, targetUsername: target.username } });
    })();
    // Without its slot the password no longer opens anything.
    state.register.keyring().removeUserSlot(userId);
    endSessionsOfUser(state, userId);
    return withLock(state, mustFind(state, userId));
  },

  'users.resetPassword': async ({ userId, temporaryPassword }, ctx) => {
    const { state } = ctx;
    const me = sessionOf(ctx);
    const db = state.register.db();
    const target = mustFind(state, userId);
    if (!target.active) throw fail('CONFLICT', 'userInactive');
    const keyring = state.register.keyring();
    await keyring.setUserSlot(userId, target.username, temporaryPassword, state.register.dataKey());
    clearFailures(keyring, usernameLookup(target.username));
    db.transaction(() => {
      repo.setMustChangePassword(db, userId, true);
      recordAudit(state, { action: 'user.resetPassword', userId: me.userId, username: me.username, details: { targetUserId: userId, targetUsername: target.username } });
    })();
    if (userId !== me.userId) endSessionsOfUser(state, userId);
    return withLock(state, mustFind(state, userId));
  },
};
