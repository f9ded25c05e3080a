import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../electron/core';
import type { BackupFolderCheck, BackupResult } from '../../shared/api/backup';
import { MANAGER, createCore, loggedIn, setUpRegister, staffClerk, tempDir, value } from '../support/register';

// Issue #14 §8: staff may back up to a stick (removable media) or to a folder a verified backup
// already went to; any other folder is refused before it is looked at, so it cannot be probed.
describe('where staff may back up', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let media: string;
  let shopFolder: string;
  let m: Awaited<ReturnType<typeof loggedIn>>;
  let s: Awaited<ReturnType<typeof loggedIn>>;
  beforeEach(async () => {
    tmp = tempDir();
    media = join(tmp.dir, 'media');
    shopFolder = join(tmp.dir, 'kaupan-kopiot');
    mkdirSync(join(media, 'USB'), { recursive: true });
    mkdirSync(shopFolder);
    core = createCore({ dataDir: join(tmp.dir, 'data'), removableRoots: [media] });
    await setUpRegister(core);
    m = await loggedIn(core, MANAGER, 'manager');
    s = await staffClerk(core, m);
  });
  afterEach(() => {
    core.close();
    tmp.remove();
  });

  const refused = (r: { ok: boolean; error?: { code: string; message: string } }) => {
    expect(r.ok).toBe(false);
    expect(r.error?.code).toBe('FORBIDDEN');
    expect(r.error?.message).toMatch(/vain muistitikulle/);
  };

  it('a stick is fine; a system folder, a missing one and the data folder answer alike (nothing to probe)', async () => {
    expect(value(await s<BackupFolderCheck>('backup.checkFolder', { folder: join(media, 'USB') }))).toMatchObject({ exists: true, writable: true });
    value(await s<BackupResult>('backup.create', { folder: join(media, 'USB') }));
    for (const folder of ['/etc', '/ei-ole-olemassa', join(tmp.dir, 'data'), shopFolder]) {
      refused(await s('backup.checkFolder', { folder }));
      refused(await s('backup.create', { folder }));
    }
    refused(await s('backup.verify', { file: '/etc/passwd' }));
    expect(readdirSync(shopFolder)).toEqual([]);
  });

  it('a folder the manager has backed up to is open to staff from then on; the manager may use any folder', async () => {
    refused(await s('backup.create', { folder: shopFolder }));
    expect(value(await m<BackupFolderCheck>('backup.checkFolder', { folder: '/etc' })).exists).toBe(true);
    const first = value(await m<BackupResult>('backup.create', { folder: shopFolder }));
    expect(value(await s<BackupFolderCheck>('backup.checkFolder', { folder: shopFolder })).exists).toBe(true);
    const second = value(await s<BackupResult>('backup.create', { folder: shopFolder }));
    expect(readdirSync(shopFolder).sort()).toEqual([first.file, second.file].sort());
  });
});
