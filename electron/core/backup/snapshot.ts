// A consistent, encrypted snapshot of the live database: VACUUM INTO writes every committed row
// (including rows still only in the WAL) into a new file encrypted with the same key. Never a
// copy of the live file (it may miss the WAL), never serialize() (it returns plaintext pages).
import { randomBytes } from 'node:crypto';
import { existsSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupCounts } from '../../../shared/api/backup';
import type { Db } from '../store/database';
import { openDatabase, openReadOnly } from '../store/database';

export function tempPath(dir: string, label: string): string {
  return join(dir, `.${label}-${randomBytes(6).toString('hex')}.db`);
}

export function removeDbFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (existsSync(path + suffix)) unlinkSync(path + suffix);
  }
}

/** VACUUM INTO a temporary file in the data folder; returns its path (the caller removes it). */
export function takeSnapshot(db: Db, dataDir: string): string {
  const path = tempPath(dataDir, 'snapshot');
  try {
    db.prepare('VACUUM INTO ?').run(path);
    return path;
  } catch (err) {
    removeDbFiles(path);
    throw err;
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

export type Check = 'integrity_check' | 'quick_check';

/**
 * The fresh snapshot, before it goes to the stick: opened read-only with the key, checked, and
 * counted against the live register. The stick copy is then proven byte-identical by its hash,
 * so this is the check of the file on the stick, without writing 500 MB back out to open it.
 * quick_check proves the pages and records; integrity_check would also compare every index with
 * its table (several times slower) — the on-demand verify of an old stick runs that.
 */
export function snapshotSound(path: string, key: Buffer, counts: BackupCounts): boolean {
  const db = openReadOnly(path, key);
  try {
    return db.pragma('quick_check', { simple: true }) === 'ok' && JSON.stringify(countsOf(db)) === JSON.stringify(counts);
  } finally {
    db.close();
  }
}

/**
 * Opens a database extracted from a backup with the key: proves the key, brings an older schema
 * forward (on the copy), and runs `check`. The caller closes and removes it.
 */
export function openExtracted(path: string, key: Buffer, check: Check): Db {
  const db = openDatabase(path, key, { create: false });
  const result = db.pragma(check, { simple: true });
  if (result !== 'ok') {
    db.close();
    throw new Error(`${check} failed`);
  }
  return db;
}
