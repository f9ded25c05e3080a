import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, loggedIn, MANAGER, setUpRegister, tempDir, value } from '../support/register';
import { withDatabase } from './support/register';

function runWriter(args: string[], killAfterAcks: number | null): Promise<{ acked: number[]; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/reliability/support/writer.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      for (const m of d.toString().matchAll(/ack (\d+)/g)) acked.push(Number(m[1]));
      if (killAfterAcks !== null && acked.length >= killAfterAcks) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (_code, signal) => resolve({ acked, signal, out }));
  });
}

describe('crashes', () => {
  let tmp: ReturnType<typeof tempDir>;
  let dir: string;
  beforeEach(async () => {
    tmp = tempDir();
    dir = join(tmp.dir, 'data');
    const core = createCore({ dataDir: dir });
    await setUpRegister(core);
    core.close();
  });
  afterEach(() => tmp.remove());

  it('kill -9 while committing a stream of writes: every acknowledged write survives, the file is sound, the chain verifies', async () => {
    const { acked, signal } = await runWriter([dir], 40);
    expect(signal).toBe('SIGKILL');
    expect(acked.length).toBeGreaterThanOrEqual(40);
    // The killed process left its lock behind; the next start takes it over.
    const core = createCore({ dataDir: dir });
    try {
      const m = await loggedIn(core, MANAGER);
      const numbers = value(await m<{ rows: { customerNumber: number }[] }>('customers.list', { sort: 'number', limit: 1000 })).rows.map((r) => r.customerNumber);
      for (const n of acked) expect(numbers).toContain(n);
      expect(value(await m<{ ok: boolean }>('audit.verify')).ok).toBe(true);
    } finally {
      core.close();
    }
    expect(await withDatabase(dir, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
  });

  it('kill -9 in the middle of writing a backup leaves nothing under a backup name', async () => {
    const stick = join(tmp.dir, 'usb');
    mkdirSync(stick);
    const { signal, out } = await runWriter([dir, 'backup', stick], null);
    expect(signal, out).toBe('SIGKILL');
    const left = readdirSync(stick);
    expect(left.filter((n) => n.endsWith('.arbk'))).toEqual([]);
    // Only a hidden partial file may remain; it never looks like a backup.
    for (const n of left) expect(n).toMatch(/^\..*\.partial$/);
    rmSync(stick, { recursive: true });
  });
});
