import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { MANAGER, client, createCore, loggedIn, setUpRegister, tempDir, value } from '../support/register';

// Issue #15/5: "Maija" was stored silently as "maija". A username now keeps the case it was typed
// in, for display, and is compared without it — at login, at the lock screen, for a taken name and
// for the recovery code — while the lower-case usernames of existing registers log in as before.
describe('usernames keep their case and compare without it', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let manager: ReturnType<typeof client>;
  const MAIJA = { fullName: 'Maija Myyjä', username: 'Maija', role: 'staff', password: 'Tiskin-salasana-1', commitmentDate: '2026-11-01' };

  beforeAll(async () => {
    tmp = tempDir();
    core = createCore({ dataDir: tmp.dir });
    await setUpRegister(core);
    manager = await loggedIn(core, MANAGER, 'manager-window');
    value(await manager('users.create', MAIJA));
  });
  afterAll(() => {
    core.close();
    tmp.remove();
  });

  it('shows the username as it was typed', async () => {
    const users = value(await manager<{ username: string }[]>('users.list'));
    expect(users.map((u) => u.username)).toContain('Maija');
  });

  it('logs in with any case, and the session shows the stored form', async () => {
    for (const typed of ['Maija', 'maija', 'MAIJA']) {
      const c = client(core, `window-${typed}`);
      const s = value(await c<{ user: { username: string } }>('session.login', { username: typed, password: MAIJA.password }));
      expect(s.user.username).toBe('Maija');
      value(await c('session.logout'));
    }
  });

  it('refuses a second account that differs only in case', async () => {
    const r = await manager('users.create', { ...MAIJA, username: 'maija', fullName: 'Toinen Maija' });
    expect(!r.ok && r.error.code).toBe('CONFLICT');
    expect(!r.ok && r.error.details?.fields?.username).toBe('Käyttäjätunnus on jo käytössä.');
  });

  it('an existing lower-case username still logs in, typed in any case', async () => {
    // MANAGER.username is 'sarka', as every register made before this change stored it.
    const c = client(core, 'window-upper');
    value(await c('session.login', { username: 'Sarka', password: MANAGER.password }));
    value(await c('session.logout'));
  });
});
