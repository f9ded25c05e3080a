import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash, createHmac } from 'node:crypto';
import type { Core } from '../../electron/core';
import type { BackupResult, BackupVerification } from '../../shared/api/backup';
import { MAGIC, macKey } from '../../electron/core/backup/backupFile';
import { createCore, loggedIn, MANAGER, setUpRegister, tempDir, value, client } from '../support/register';
import { person } from '../support/customers';
import { Keyring, usernameLookup } from '../../electron/core/store/keyring';

/** What makes the live register what it is: the key slots, and that it was never set aside.
 * (Audit entries and failed-login counters are expected to change: refusals are recorded.) */
function fingerprint(dir: string): { slots: string; replaced: string[] } {
  const keyring = JSON.parse(readFileSync(join(dir, 'keyring.json'), 'utf8')) as { slots: unknown[]; registerId: string };
  return {
    slots: createHash('sha256').update(JSON.stringify([keyring.registerId, keyring.slots])).digest('hex'),
    replaced: readdirSync(dir).filter((n) => n.startsWith('replaced-')),
  };
}

describe('damaged, foreign and newer backups; wrong passwords; failing writes', () => {
  let tmp: ReturnType<typeof tempDir>;
  let dir: string;
  let stick: string;
  let core: Core;
  let m: Awaited<ReturnType<typeof loggedIn>>;
  let good: string;
  let dataKey: Buffer;
  beforeAll(async () => {
    tmp = tempDir();
    dir = join(tmp.dir, 'data');
    stick = join(tmp.dir, 'usb');
    mkdirSync(stick);
    core = createCore({ dataDir: dir });
    await setUpRegister(core);
    m = await loggedIn(core, MANAGER);
    value(await m('customers.create', person()));
    good = join(stick, value(await m<BackupResult>('backup.create', { folder: stick })).file);
    // The data key, for forging a "newer version" backup with a valid MAC below.
    dataKey = (await Keyring.load(join(dir, 'keyring.json')).unlockUser(usernameLookup(MANAGER.username), MANAGER.password))!.key;
  });
  afterAll(() => {
    core.close();
    tmp.remove();
  });

  function variant(name: string, change: (b: Buffer) => Buffer): string {
    const path = join(stick, name);
    writeFileSync(path, change(readFileSync(good)));
    return path;
  }

  /** Re-seals a changed file with a valid SHA-256 and MAC, as a newer app version would have written it. */
  function resealed(name: string, header: (h: Record<string, unknown>) => Record<string, unknown>): string {
    const bytes = readFileSync(good);
    const len = bytes.readUInt32BE(MAGIC.length);
    const h = header(JSON.parse(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + len).toString('utf8')) as Record<string, unknown>);
    const hb = Buffer.from(JSON.stringify(h));
    const lb = Buffer.alloc(4);
    lb.writeUInt32BE(hb.length);
    const body = Buffer.concat([MAGIC, lb, hb, bytes.subarray(MAGIC.length + 4 + len, bytes.length - 64)]);
    const digest = createHash('sha256').update(body).digest();
    const mac = createHmac('sha256', macKey(dataKey)).update(body).update(digest).digest();
    const path = join(stick, name);
    writeFileSync(path, Buffer.concat([body, digest, mac]));
    return path;
  }

  const cases: [string, () => string, RegExp][] = [
    ['truncated', () => variant('truncated.arbk', (b) => b.subarray(0, Math.floor(b.length * 0.7))), /vaurioitunut/],
    ['one flipped byte', () => variant('flipped.arbk', (b) => {
      const c = Buffer.from(b);
      c[Math.floor(c.length / 2)]! ^= 0x01;
      return c;
    }), /vaurioitunut/],
    ['a foreign header', () => variant('foreign.arbk', (b) => Buffer.concat([Buffer.from('PK\u0003\u0004not-ours'), b.subarray(12)])), /ei ole Asiakasrekisterin varmuuskopio/],
    ['a newer file format', () => resealed('newer-format.arbk', (h) => ({ ...h, format: 99 })), /uudemmalla ohjelmaversiolla/],
    ['a newer schema', () => resealed('newer-schema.arbk', (h) => ({ ...h, schemaVersion: '0099-from-the-future' })), /uudemmalla ohjelmaversiolla/],
  ];

  for (const [what, make, message] of cases) {
    it(`refuses ${what} in verify and in restore, and leaves the live register untouched`, async () => {
      const file = make();
      const before = fingerprint(dir);
      const v = value(await m<BackupVerification>('backup.verify', { file }));
      expect(v.intact).toBe(false);
      expect(v.problem).toMatch(message);
      const r = await m('backup.restore', { file, username: MANAGER.username, password: MANAGER.password });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        expect(r.error.message).toMatch(message);
      }
      expect(fingerprint(dir)).toEqual(before);
      expect(value(await m<{ total: number }>('customers.list', {})).total).toBe(1);
      expect(value(await m<{ ok: boolean }>('audit.verify')).ok).toBe(true);
    });
  }

  it('the good backup still verifies (the cases above fail for their own reason)', async () => {
    expect(value(await m<BackupVerification>('backup.verify', { file: good })).intact).toBe(true);
  });

  it('a restore with a password not valid in the backup is refused and counts as a failed login', async () => {
    const before = fingerprint(dir);
    for (let i = 1; i <= 4; i++) {
      const r = await m('backup.restore', { file: good, username: MANAGER.username, password: `väärä-salasana-${i}` });
      expect(!r.ok && r.error.code).toBe('AUTH_REQUIRED');
    }
    const fifth = await m('backup.restore', { file: good, username: MANAGER.username, password: 'väärä-salasana-5' });
    expect(!fifth.ok && fifth.error.code).toBe('LOCKED');
    // The account is now locked for logins too.
    const login = await client(core, 'another-window')('session.login', { username: MANAGER.username, password: MANAGER.password });
    expect(!login.ok && login.error.code).toBe('LOCKED');
    expect(fingerprint(dir)).toEqual(before);
  });
});

describe('a backup whose writing fails', () => {
  it('disk full or the stick pulled: a clear error, no file under the final name, earlier backups intact', async () => {
    const tmp = tempDir();
    const dir = join(tmp.dir, 'data');
    const stick = join(tmp.dir, 'usb');
    mkdirSync(stick);
    let fault: ((n: number) => void) | undefined;
    const core = createCore({ dataDir: dir, faults: { backupWrite: (n) => fault?.(n) } });
    try {
      await setUpRegister(core);
      const m = await loggedIn(core, MANAGER);
      const first = value(await m<BackupResult>('backup.create', { folder: stick }));
      const firstBytes = readFileSync(join(stick, first.file));

      fault = (n) => {
        if (n > 8192) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      };
      const full = await m('backup.create', { folder: stick });
      expect(full.ok).toBe(false);
      if (!full.ok) expect(full.error.message).toBe('Varmuuskopion kirjoitus epäonnistui (ENOSPC). Keskeneräistä tiedostoa ei jätetty; aiemmat varmuuskopiot ovat ennallaan.');
      expect(readdirSync(stick)).toEqual([first.file]);
      expect(readFileSync(join(stick, first.file)).equals(firstBytes)).toBe(true);

      fault = (n) => {
        if (n > 8192) rmSync(stick, { recursive: true, force: true });
      };
      const pulled = await m('backup.create', { folder: stick });
      expect(pulled.ok).toBe(false);
      if (!pulled.ok) expect(pulled.error.message).toMatch(/kirjoitus epäonnistui|muistitikku/);
      // No temporary snapshot is left in the data folder either.
      expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
      expect(statSync(dir).isDirectory()).toBe(true);
    } finally {
      core.close();
      tmp.remove();
    }
  });
});
