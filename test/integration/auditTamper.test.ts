import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { openDatabase } from '../../electron/core/store/database';
import { Keyring, usernameLookup } from '../../electron/core/store/keyring';
import { dataPaths } from '../../electron/core/store/dataFolder';
import { MANAGER, STAFF, createCore, loggedIn, setUpRegister, tempDir, value } from '../support/register';

/** Opens the register the way a key holder with SQL access could, to tamper with it. */
async function withRawDb(dir: string, fn: (db: ReturnType<typeof openDatabase>) => void) {
  const paths = dataPaths(dir);
  const unlocked = await Keyring.load(paths.keyring).unlockUser(usernameLookup(MANAGER.username), MANAGER.password);
  const db = openDatabase(paths.database, unlocked!.key, { create: false });
  try {
    fn(db);
  } finally {
    db.close();
  }
}

describe('audit log chain', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  beforeEach(async () => {
    tmp = tempDir();
    core = createCore({ dataDir: tmp.dir });
    await setUpRegister(core);
    const m = await loggedIn(core, MANAGER);
    value(await m('users.create', { ...STAFF, role: 'staff' }));
    value(await m('settings.update', { idleLockMinutes: 10 }));
    value(await m('session.logout'));
    core.close();
  });
  afterEach(() => {
    core.close();
    tmp.remove();
  });

  async function verify() {
    core = createCore({ dataDir: tmp.dir });
    const m = await loggedIn(core, MANAGER);
    return value(await m<{ ok: boolean; brokenAtId?: number; reason?: string; count: number }>('audit.verify'));
  }

  it('an intact chain verifies', async () => {
    const v = await verify();
    expect(v.ok).toBe(true);
    expect(v.count).toBeGreaterThanOrEqual(6);
  });

  it('an edited row is reported as that row', async () => {
    await withRawDb(tmp.dir, (db) => {
      db.prepare(`UPDATE audit_log SET details = '{"role":"staff"}' WHERE id = 4`).run();
    });
    const v = await verify();
    expect(v).toMatchObject({ ok: false, brokenAtId: 4, reason: 'hash' });
  });

  it('a deleted row is reported where the gap is', async () => {
    await withRawDb(tmp.dir, (db) => {
      db.prepare('DELETE FROM audit_log WHERE id = 3').run();
    });
    expect(await verify()).toMatchObject({ ok: false, brokenAtId: 4, reason: 'gap' });
  });
});
