// A consistent, encrypted snapshot of the live database: VACUUM INTO writes every committed row
// (including rows still only in the WAL) into a new file encrypted with the same key. Never a
// copy of the live file (it may miss the WAL), never serialize() (it returns plaintext pages).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupCounts } from '../../../shared/api/backup';
import type { Db } from '../store/database';
import { openDatabase } from '../store/database';

export function tempPath(dir: string, label: string): string {
  return join(dir, `.${label}-${randomBytes(6).toString('hex')}.db`);
}

export function removeDbFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (existsSync(path + suffix)) unlinkSync(path + suffix);
  }
}

export function snapshotBytes(db: Db, dataDir: string): Buffer {
  const path = tempPath(dataDir, 'snapshot');
  try {
    db.prepare('VACUUM INTO ?').run(path);
    return readFileSync(path);
  } finally {
    removeDbFiles(path);
  }
}

const COUNTED: [keyof BackupCounts, string][] = [
  ['customers', 'customers'],
  ['organizations', 'organizations'],
  ['users', 'users'],
  ['auditEntries', 'audit_log'],
  ['invoices', 'invoices'],
];

export function countsOf(db: Db): BackupCounts {
  const tables = new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name));
  const out = {} as BackupCounts;
  for (const [key, table] of COUNTED) out[key] = tables.has(table) ? (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n : 0;
  return out;
}

/**
 * Writes a backup's database section to a temporary file and opens it with the key: proves the
 * key, brings an older schema forward (on the copy), and runs integrity_check. The caller closes
 * and removes it.
 */
export type Check = 'integrity_check' | 'quick_check';

/**
 * `check`: integrity_check also proves every index matches its table (≈6 s at 100 000
 * customers); quick_check proves the pages and records (≈1 s). Right after a backup, and at a
 * restore, the SHA-256 and HMAC have already proven the bytes are exactly the snapshot the app
 * wrote, so quick_check is enough there; the on-demand verify of an old stick runs the full check.
 */
export function openSnapshot(bytes: Buffer, dataDir: string, key: Buffer, check: Check = 'integrity_check'): { db: Db; path: string } {
  const path = tempPath(dataDir, 'restore');
  writeFileSync(path, bytes, { mode: 0o600 });
  try {
    const db = openDatabase(path, key, { create: false });
    const result = db.pragma(check, { simple: true });
    if (result !== 'ok') {
      db.close();
      throw new Error(`${check} failed`);
    }
    return { db, path };
  } catch (err) {
    removeDbFiles(path);
    throw err;
  }
}
