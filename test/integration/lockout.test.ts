import { describe, expect, it } from 'vitest';
import { MANAGER, STAFF, client, loggedIn, value } from '../support/register';
import { clockedRegisterPerTest } from '../support/suite';

describe('failed logins', () => {
  const reg = clockedRegisterPerTest('2026-11-25T10:00:00Z');

  it('a wrong password gets a clear error and unlocks nothing', async () => {
    const c = client(reg.core);
    const r = await c('session.login', { username: MANAGER.username, password: 'väärä-salasana' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('AUTH_REQUIRED');
      expect(r.error.message).toBe('Väärä käyttäjätunnus tai salasana.');
    }
    expect(value(await c('session.current'))).toEqual({ session: null, locked: false });
    const after = await c('users.list');
    expect(!after.ok && after.error.code).toBe('AUTH_REQUIRED');
    // An unknown username gets the very same answer.
    const unknown = await c('session.login', { username: 'eiole', password: 'väärä-salasana' });
    expect(!unknown.ok && unknown.error.message).toBe('Väärä käyttäjätunnus tai salasana.');
  });

  it('locks the account at the 5th failure with the unlock time, and a restart does not reset it', async () => {
    const c = client(reg.core);
    for (let i = 1; i <= 4; i++) {
      const r = await c('session.login', { username: MANAGER.username, password: `väärä-${i}-salasana` });
      expect(!r.ok && r.error.code).toBe('AUTH_REQUIRED');
    }
    const fifth = await c('session.login', { username: MANAGER.username, password: 'väärä-5-salasana' });
    expect(fifth.ok).toBe(false);
    if (!fifth.ok) {
      expect(fifth.error.code).toBe('LOCKED');
      // 10:00 UTC is 12:00 in Helsinki; a first lock lasts one minute (then 5, then 15).
      expect(fifth.error.message).toBe('Tunnus on lukittu liian monen epäonnistuneen kirjautumisen vuoksi 25.11.2026 klo 12.01 asti.');
    }
    // The right password does not help while locked.
    const right = await c('session.login', { username: MANAGER.username, password: MANAGER.password });
    expect(!right.ok && right.error.code).toBe('LOCKED');

    reg.restart();
    const afterRestart = await client(reg.core, 'window-1', 'en')('session.login', { username: MANAGER.username, password: MANAGER.password });
    expect(afterRestart.ok).toBe(false);
    if (!afterRestart.ok) {
      expect(afterRestart.error.code).toBe('LOCKED');
      expect(afterRestart.error.message).toContain('until 25.11.2026 12:01');
    }

    reg.clock.advance(16 * 60_000);
    const m = client(reg.core);
    value(await m('session.login', { username: MANAGER.username, password: MANAGER.password }));
    // The failures and the lock were written to the audit log once someone was in.
    const audit = value(await m<{ action: string }[]>('audit.list', { limit: 50 }));
    const actions = audit.map((a) => a.action);
    expect(actions.filter((a) => a === 'login.failed')).toHaveLength(5);
    expect(actions).toContain('account.locked');
    expect(value(await m<{ ok: boolean }>('audit.verify')).ok).toBe(true);
  });

  it('a manager’s password reset clears a staff lock and forces a new password', async () => {
    const m = await loggedIn(reg.core, MANAGER, 'manager');
    const staff = value(await m<{ id: number }>('users.create', { ...STAFF, role: 'staff' }));
    const s = client(reg.core, 'staff');
    for (let i = 0; i < 5; i++) await s('session.login', { username: STAFF.username, password: 'aivan-väärin-0' });
    const users = value(await m<{ id: number; lockedUntil: string | null }[]>('users.list'));
    expect(users.find((u) => u.id === staff.id)?.lockedUntil).not.toBeNull();
    const reset = value(await m<{ lockedUntil: string | null; mustChangePassword: boolean }>('users.resetPassword', { userId: staff.id, temporaryPassword: 'Väliaikainen-1' }));
    expect(reset.lockedUntil).toBeNull();
    expect(reset.mustChangePassword).toBe(true);
    const info = value(await s<{ mustChangePassword: boolean }>('session.login', { username: STAFF.username, password: 'Väliaikainen-1' }));
    expect(info.mustChangePassword).toBe(true);
    const blocked = await s('settings.get');
    expect(!blocked.ok && blocked.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    value(await s('session.changePassword', { currentPassword: 'Väliaikainen-1', newPassword: 'Oma-uusi-salasana' }));
    expect(value(await s<{ idleLockMinutes: number }>('settings.get')).idleLockMinutes).toBe(5);
    // The old temporary password no longer works.
    value(await s('session.logout'));
    const old = await s('session.login', { username: STAFF.username, password: 'Väliaikainen-1' });
    expect(!old.ok && old.error.code).toBe('AUTH_REQUIRED');
  });

  it('a deactivated account cannot log in and its open session ends', async () => {
    const m = await loggedIn(reg.core, MANAGER, 'manager');
    const staff = value(await m<{ id: number }>('users.create', { ...STAFF, role: 'staff' }));
    const s = await loggedIn(reg.core, STAFF, 'staff');
    value(await m('users.deactivate', { userId: staff.id }));
    expect(value(await s('session.current'))).toEqual({ session: null, locked: false });
    const again = await s('session.login', { username: STAFF.username, password: STAFF.password });
    expect(!again.ok && again.error.code).toBe('AUTH_REQUIRED');
    const self = await m<{ id: number }[]>('users.deactivate', { userId: 1 });
    expect(!self.ok && self.error.code).toBe('CONFLICT');
  });
});
