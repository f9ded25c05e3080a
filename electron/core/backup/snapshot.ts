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
  ['organizations', 'organizations'],
  ['users', 'users'],
  ['auditEntries', 'audit_log'],
  ['invoices', 'invoices'],
];

const count = (db: Db, sql: string) => (db.prepare(sql).get() as { n: number }).n;

export function countsOf(db: Db): BackupCounts {
  const tables = new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name));
  // People and the tombstones of erased people apart: "6 customers" when the list shows 5 misleads.
  const out: BackupCounts = { customers: 0, erasedCustomers: 0, organizations: 0, users: 0, auditEntries: 0, invoices: 0 };
  if (tables.has('customers')) {
    out.customers = count(db, 'SELECT count(*) AS n FROM customers WHERE erased_at IS NULL');
    out.erasedCustomers = count(db, 'SELECT count(*) AS n FROM customers WHERE erased_at IS NOT NULL');
  }
  for (const [key, table] of COUNTED) out[key] = tables.has(table) ? count(db, `SELECT count(*) AS n FROM ${table}`) : 0;
  return out;
}

/** The database holds what the header says. A header written before tombstones were counted apart
 * has no `erasedCustomers`, and its `customers` counted every row. */
export function countsMatch(found: BackupCounts, header: BackupCounts): boolean {
  const expected: BackupCounts = header.erasedCustomers === undefined ? { ...found, customers: found.customers + (found.erasedCustomers ?? 0), erasedCustomers: undefined } : found;
  const keys = new Set([...Object.keys(expected), ...Object.keys(header)] as (keyof BackupCounts)[]);
  return [...keys].every((k) => expected[k] === header[k]);
}

export type { Check } from './workerTask';
