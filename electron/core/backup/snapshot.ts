// Helpers around the snapshot files. The snapshot itself is taken by the database worker
// (dbWorker.ts): VACUUM INTO writes every committed row (including rows still only in the WAL)
// into a new file encrypted with the same key. Never a copy of the live file (it may miss the
// WAL), never serialize() (it returns plaintext pages).
import { randomBytes } from 'node:crypto';
import { existsSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupCounts } from '../../../shared/api/backup';
import type { Db } from '../store/database';

export function tempPath(dir: string, label: string): string {
  return join(dir, `.${label}-${randomBytes(6).toString('hex')}.db`);
}

export function removeDbFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (existsSync(path + suffix)) unlinkSync(path + suffix);
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

export type { Check } from './workerTask';
