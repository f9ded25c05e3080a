import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash, createHmac } from 'node:crypto';
import type { Core } from '../../electron/core';
import type { BackupResult, BackupVerification } from '../../shared/api/backup';
import { MAGIC, macKey, readBackupFile } from '../../electron/core/backup/backupFile';
import { execFileSync, spawn } from 'node:child_process';
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

  /**
   * A hostile file as someone without the key could craft it from a real backup: header and
   * sections changed at will, a valid SHA-256 (so it reads as undamaged), a MAC that cannot hold.
   */
  function crafted(name: string, change: { header?: (h: Record<string, unknown>) => unknown; keyring?: (k: { slots: { wrapped: Record<string, unknown> }[] } & Record<string, unknown>) => unknown; drop?: string }): string {
    const parsed = readBackupFile(good);
    const sections = parsed.header.sections.filter((x) => x.name !== change.drop).map((x) => {
      let data = parsed.section(x.name);
      if (x.name === 'keyring' && change.keyring) data = Buffer.from(JSON.stringify(change.keyring(JSON.parse(data.toString('utf8')))));
      return { name: x.name, data };
    });
    const base = { ...parsed.header, sections: sections.map((x) => ({ name: x.name, length: x.data.length })) } as Record<string, unknown>;
    const hb = Buffer.from(JSON.stringify(change.header ? change.header(base) : base));
    const lb = Buffer.alloc(4);
    lb.writeUInt32BE(hb.length);
    const body = Buffer.concat([MAGIC, lb, hb, ...sections.map((x) => x.data)]);
    const digest = createHash('sha256').update(body).digest();
    const path = join(stick, name);
    writeFileSync(path, Buffer.concat([body, digest, Buffer.alloc(32, 7)]));
    return path;
  }
  const withKdf = (kdf: Record<string, unknown>) => (k: { slots: { wrapped: Record<string, unknown> }[] }) => ({ ...k, slots: k.slots.map((x) => ({ ...x, wrapped: { ...x.wrapped, kdf } })) });

  const cases: [string, () => string, RegExp][] = [
    // Issue #14 §2 and §5: hostile shapes that froze the core or ended in INTERNAL.
    ['a key slot asking scrypt for p = 65536', () => crafted('kdf-p.arbk', { keyring: withKdf({ name: 'scrypt', N: 2 ** 17, r: 8, p: 65536 }) }), /vaurioitunut/],
    ['a key slot asking scrypt for N = 2^25', () => crafted('kdf-n.arbk', { keyring: withKdf({ name: 'scrypt', N: 2 ** 25, r: 8, p: 1 }) }), /vaurioitunut/],
    ['a key slot with another kind of key derivation', () => crafted('kdf-name.arbk', { keyring: withKdf({ name: 'pbkdf2', N: 1, r: 1, p: 1 }) }), /vaurioitunut/],
    ['a header that is JSON null', () => crafted('null-header.arbk', { header: () => null }), /vaurioitunut/],
    ['a header whose sections are not a list of names and lengths', () => crafted('bad-sections.arbk', { header: (h) => ({ ...h, sections: [null] }) }), /vaurioitunut/],
    ['a file without a keyring section', () => crafted('no-keyring.arbk', { drop: 'keyring' }), /vaurioitunut/],
    ['a named pipe', () => {
      const path = join(stick, 'pipe.arbk');
      execFileSync('mkfifo', [path]);
      return path;
    }, /ei ole tavallinen tiedosto/],
    ['a folder', () => {
      const path = join(stick, 'folder.arbk');
      mkdirSync(path);
      return path;
    }, /ei ole tavallinen tiedosto/],
    ['a Windows pipe path', () => '\\\\.\\pipe\\asiakasrekisteri', /ei ole tavallinen tiedosto/],
    ['a NUL byte in the path', () => join(stick, 'a\u0000b.arbk'), /polku ei kelpaa/],
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

  // Issue #14 §2, §3: while a hostile file is refused, the register keeps answering. Without the
  // checks, p = 65536 held the call queue for good and a pipe blocked the event loop until written to.
  const answersWithin = async (ms: number, call: Promise<unknown>) =>
    Promise.race([call.then(() => 'answered'), new Promise((r) => setTimeout(() => r('still waiting'), ms))]);

  it('other calls answer within a second while a crafted key-derivation cost is refused', async () => {
    const file = crafted('kdf-slow.arbk', { keyring: withKdf({ name: 'scrypt', N: 2 ** 17, r: 8, p: 65536 }) });
    const restore = m('backup.restore', { file, username: MANAGER.username, password: MANAGER.password });
    expect(await answersWithin(1000, m('customers.list', {}))).toBe('answered');
    const r = await restore;
    expect(!r.ok && r.error.code).toBe('VALIDATION');
  });

  it('other calls answer within a second while a named pipe is refused (even one written to later)', async () => {
    const pipe = join(stick, 'pipe-later.arbk');
    execFileSync('mkfifo', [pipe]);
    // Something writes to the pipe after three seconds: a blocking open would wait until then.
    const writer = spawn('sh', ['-c', `sleep 3; echo x > '${pipe}'`], { stdio: 'ignore' });
    try {
      const verify = m<BackupVerification>('backup.verify', { file: pipe });
      expect(await answersWithin(1000, m('customers.list', {}))).toBe('answered');
      expect(value(await verify).problemCode).toBe('backupNotAFile');
    } finally {
      writer.kill('SIGKILL');
    }
  });

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
      // With the reference under which the support log has it (support/events.ts).
      if (!full.ok) expect(full.error.message).toMatch(/^Varmuuskopion kirjoitus epäonnistui \(ENOSPC\)\. Keskeneräistä tiedostoa ei jätetty; aiemmat varmuuskopiot ovat ennallaan\. Viite: E-[0-9A-Z]{6}\.$/);
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
