import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, WrongKeyError } from '../../electron/core/store/database';
import { migrate, MIGRATIONS, NewerRegisterError } from '../../electron/core/store/migrations';
import { Keyring, usernameLookup } from '../../electron/core/store/keyring';
import { createCore, client, tempDir } from '../support/register';

describe('encrypted store', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.remove());

  it('opens with its key, in WAL mode with full sync, and refuses a wrong key', () => {
    const key = randomBytes(32);
    const path = join(tmp.dir, 'x.db');
    const db = openDatabase(path, key, { create: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    expect(() => openDatabase(path, randomBytes(32), { create: false })).toThrow(WrongKeyError);
    openDatabase(path, key, { create: false }).close();
  });

  it('refuses a register written by a newer app version', () => {
    const key = randomBytes(32);
    const path = join(tmp.dir, 'x.db');
    const db = openDatabase(path, key, { create: true });
    db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run('9999-from-the-future', new Date().toISOString());
    expect(() => migrate(db, MIGRATIONS)).toThrow(NewerRegisterError);
    db.close();
  });

  it('a key slot unwraps only with its own password, and a slot moved to another register does not unwrap', async () => {
    const key = randomBytes(32);
    const a = Keyring.create(join(tmp.dir, 'a.json'));
    await a.setUserSlot(1, 'maija', 'Oikea-salasana-1', key);
    a.commit();
    const loaded = Keyring.load(join(tmp.dir, 'a.json'));
    expect((await loaded.unlockUser(usernameLookup('maija'), 'Oikea-salasana-1'))?.key.equals(key)).toBe(true);
    expect(await loaded.unlockUser(usernameLookup('maija'), 'Väärä-salasana-1')).toBeNull();
    // Same slot, other register id: the AAD differs, so it must not open.
    const raw = JSON.parse(readFileSync(join(tmp.dir, 'a.json'), 'utf8'));
    raw.registerId = 'another-register';
    writeFileSync(join(tmp.dir, 'b.json'), JSON.stringify(raw));
    expect(await Keyring.load(join(tmp.dir, 'b.json')).unlockUser(usernameLookup('maija'), 'Oikea-salasana-1')).toBeNull();
  });

  it('a damaged keyring is refused with a clear message and nothing is changed', async () => {
    writeFileSync(join(tmp.dir, 'keyring.json'), '{"format": "something else"}');
    const core = createCore({ dataDir: tmp.dir });
    try {
      const r = await client(core)('session.login', { username: 'maija', password: 'Oikea-salasana-1' });
      expect(!r.ok && r.error.message).toMatch(/vaurioitunut tai vieras/);
    } finally {
      core.close();
    }
  });
});
