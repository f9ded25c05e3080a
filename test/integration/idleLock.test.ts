import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { MANAGER, STAFF, client, createCore, loggedIn, setUpRegister, tempDir, testClock, value } from '../support/register';

describe('idle lock', () => {
  let tmp: ReturnType<typeof tempDir>;
  let clock: ReturnType<typeof testClock>;
  let core: Core;
  beforeEach(async () => {
    tmp = tempDir();
    clock = testClock();
    core = createCore({ dataDir: tmp.dir, now: clock.now });
    await setUpRegister(core);
  });
  afterEach(() => {
    core.close();
    tmp.remove();
  });

  it('locks after the idle minutes; only that user’s password opens it', async () => {
    const events: string[] = [];
    core.onEvent((clientId, e) => events.push(`${clientId}:${e.type}`));
    const m = await loggedIn(core, MANAGER);
    clock.advance(4 * 60_000);
    value(await m('settings.get'));
    // A status bar polling on a timer is not the user: it does not keep the screen open.
    for (let i = 0; i < 5; i++) {
      clock.advance(60_000);
      value(await m('backup.status'));
    }
    clock.advance(1000);
    const r = await m('settings.get');
    expect(!r.ok && r.error.code).toBe('LOCKED');
    expect(events).toEqual(['window-1:locked']);
    expect(value(await m('session.current'))).toMatchObject({ locked: true });
    const wrong = await m('session.unlock', { password: 'ei-tämä-salasana' });
    expect(!wrong.ok && wrong.error.code).toBe('AUTH_REQUIRED');
    expect(!wrong.ok && wrong.error.message).toBe('Väärä salasana.');
    value(await m('session.unlock', { password: MANAGER.password }));
    value(await m('settings.get'));
  });

  it('follows the idle setting, and another user may log in at the lock screen instead', async () => {
    const m = await loggedIn(core, MANAGER);
    value(await m('settings.update', { idleLockMinutes: 2 }));
    value(await m('users.create', { ...STAFF, role: 'staff' }));
    core.sweepIdle();
    expect(value(await m('session.current'))).toMatchObject({ locked: false });
    clock.advance(2 * 60_000 + 1000);
    core.sweepIdle();
    expect(value(await m('session.current'))).toMatchObject({ locked: true });
    const info = value(await m<{ user: { username: string } }>('session.login', { username: STAFF.username, password: STAFF.password }));
    expect(info.user.username).toBe(STAFF.username);
    const audit = await client(core, 'window-1')('audit.list', {});
    // The staff member must change their password first; the manager's session is gone.
    expect(!audit.ok && audit.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});
