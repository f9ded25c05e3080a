import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Core } from '../../electron/core';
import type { BackupResult } from '../../shared/api/backup';
import { MANAGER, createCore, loggedIn, setUpRegister, tempDir, testClock, value } from '../support/register';

// Issue #14 §1: the backup just written must survive pruning wherever the folder is — a drive
// root included — and pruning removes only this register's own, older backups.
describe('keeping the newest backups', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let clock: ReturnType<typeof testClock>;
  let m: Awaited<ReturnType<typeof loggedIn>>;
  beforeEach(async () => {
    tmp = tempDir();
    clock = testClock(Date.parse('2026-11-23T15:00:00Z'));
    core = createCore({ dataDir: join(tmp.dir, 'data'), now: clock.now });
    await setUpRegister(core);
    m = await loggedIn(core, MANAGER);
  });
  afterEach(() => {
    core.close();
    tmp.remove();
  });

  async function backUp(folder: string, keep: number, times: number): Promise<BackupResult[]> {
    value(await m('backup.updateSettings', { keepNewest: keep }));
    const results: BackupResult[] = [];
    for (let i = 0; i < times; i++) {
      results.push(value(await m<BackupResult>('backup.create', { folder })));
      clock.advance(60_000);
    }
    return results;
  }

  // A real root folder: the machine's own "/" where the test may write (CI runs as root), with
  // every file it writes removed afterwards. Where "/" is not writable this says so and stops.
  const rootWritable = (() => {
    try {
      accessSync('/', constants.W_OK);
      return true;
    } catch {
      return false;
    }
  })();
  it.runIf(rootWritable)('a backup to a root folder keeps its name and is never removed right after it is verified (keep 1, 2, 3, all; skipped where "/" is not writable)', async () => {
    const written = new Set<string>();
    try {
      for (const keep of [1, 2, 3, 0]) {
        const results = await backUp('/', keep, 4);
        for (const r of results) written.add(r.file);
        const last = results.at(-1)!;
        expect(last.file).toMatch(/^Asiakasrekisteri-\d{4}-\d{2}-\d{2}-\d{4}(-\d+)?\.arbk$/);
        expect(last.removedOld).not.toContain(last.file);
        expect(existsSync(join('/', last.file))).toBe(true);
        const ours = readdirSync('/').filter((n) => written.has(n)).sort();
        if (keep > 0) expect(ours).toEqual(results.slice(-keep).map((r) => r.file).sort());
        else expect(ours.length).toBeGreaterThanOrEqual(4);
        const status = value(await m<{ lastFile: string | null; warn: boolean }>('backup.status'));
        expect(status.warn).toBe(false);
      }
    } finally {
      for (const f of written) rmSync(join('/', f), { force: true });
    }
  });
  it('leaves another register\'s backups, look-alike names and a pipe with our name alone', async () => {
    const stick = join(tmp.dir, 'usb');
    mkdirSync(stick);
    // Another shop's register backs up to the same stick a minute earlier.
    const other = createCore({ dataDir: join(tmp.dir, 'other'), now: () => new Date(clock.now().getTime() - 60 * 60_000) });
    try {
      await setUpRegister(other);
      const o = await loggedIn(other, MANAGER);
      const theirs = value(await o<BackupResult>('backup.create', { folder: stick }));
      const lookAlike = 'Asiakasrekisteri-2026-01-01-0000.arbk';
      writeFileSync(join(stick, lookAlike), 'not a backup');
      const pipe = 'Asiakasrekisteri-2026-01-02-0000.arbk';
      execFileSync('mkfifo', [join(stick, pipe)]);
      const results = await backUp(stick, 1, 3);
      expect(readdirSync(stick).sort()).toEqual([lookAlike, pipe, theirs.file, results[2]!.file].sort());
      expect(results[2]!.removedOld).toEqual([results[1]!.file]);
      expect(statSync(join(stick, pipe)).isFIFO()).toBe(true);
    } finally {
      other.close();
    }
  });
});
