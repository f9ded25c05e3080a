import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { MANAGER, STAFF, client, createCore, loggedIn, setUpRegister, tempDir, value } from '../support/register';

// Role checks happen in the core on every call, and a refused call changes nothing.
describe('access rules', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let manager: Awaited<ReturnType<typeof loggedIn>>;
  beforeAll(async () => {
    tmp = tempDir();
    core = createCore({ dataDir: tmp.dir });
    await setUpRegister(core);
    manager = await loggedIn(core, MANAGER, 'manager-window');
    value(await manager('users.create', { ...STAFF, role: 'staff' }));
    // The staff member sets their own password at first login.
    const s = await loggedIn(core, STAFF, 'staff-window');
    value(await s('session.changePassword', { currentPassword: STAFF.password, newPassword: `${STAFF.password}-uusi` }));
  });
  afterAll(() => {
    core.close();
    tmp.remove();
  });

  async function snapshot() {
    const users = value(await manager<unknown[]>('users.list'));
    const audit = value(await manager<{ count: number }>('audit.verify'));
    return { users, auditCount: audit.count };
  }

  it('a staff session calling users.create gets FORBIDDEN and nothing changes', async () => {
    const before = await snapshot();
    const staff = client(core, 'staff-window');
    const r = await staff('users.create', { fullName: 'Uusi Ihminen', username: 'uusi', role: 'manager', password: 'Salasana-123', commitmentDate: '2026-11-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('FORBIDDEN');
      expect(r.error.message).toBe('Sinulla ei ole oikeutta tähän toimintoon.');
    }
    const after = await snapshot();
    expect(after.users).toEqual(before.users);
    expect(after.auditCount).toBe(before.auditCount);
  });

  it('a call without a session gets AUTH_REQUIRED', async () => {
    const before = await snapshot();
    const r = await client(core, 'nobody')('users.create', { fullName: 'X Y', username: 'xyz', role: 'staff', password: 'Salasana-123', commitmentDate: '2026-11-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('AUTH_REQUIRED');
    expect((await snapshot()).users).toEqual(before.users);
  });

  it('malformed params get VALIDATION naming the field, in the caller’s language', async () => {
    const before = await snapshot();
    const en = client(core, 'manager-window', 'en');
    const r = await en('users.create', { fullName: 'Kalle Kassa', username: 'kalle', role: 'staff', password: 'Salasana-123' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(Object.keys(r.error.details?.fields ?? {})).toEqual(['commitmentDate']);
      expect(r.error.message).toContain('commitmentDate');
      expect(r.error.details?.fields?.commitmentDate).toBe('Required.');
    }
    const short = await manager('users.create', { fullName: 'Kalle Kassa', username: 'kalle', role: 'staff', password: 'lyhyt', commitmentDate: '2026-11-01' });
    expect(!short.ok && short.error.details?.fields?.password).toBe('Salasanassa on oltava vähintään 10 merkkiä.');
    const future = await manager('users.create', { fullName: 'Kalle Kassa', username: 'kalle', role: 'staff', password: 'Salasana-123', commitmentDate: '2999-01-01' });
    expect(!future.ok && future.error.details?.fields?.commitmentDate).toBe('Päivämäärä ei voi olla tulevaisuudessa.');
    const after = await snapshot();
    expect(after.users).toEqual(before.users);
    expect(after.auditCount).toBe(before.auditCount);
  });

  it('an unknown method is refused as such', async () => {
    const r = await manager('users.dropEverything');
    expect(!r.ok && r.error.code).toBe('UNKNOWN_METHOD');
  });

  it('a taken username is a CONFLICT on the username field', async () => {
    const r = await manager('users.create', { fullName: 'Toinen Ánde', username: STAFF.username, role: 'staff', password: 'Salasana-123', commitmentDate: '2026-11-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CONFLICT');
      expect(r.error.details?.fields?.username).toBe('Käyttäjätunnus on jo käytössä.');
    }
  });
});
