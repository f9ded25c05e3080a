// The hash-chained audit log: every row's hash covers its content and the previous row's hash,
// so an edited, removed or reordered row breaks the chain at that row.
import { createHash } from 'node:crypto';
import type { AuditRow, AuditVerification } from '../../../shared/api/audit';
import type { Db } from '../store/database';

export const GENESIS = '0'.repeat(64);

interface RawRow {
  id: number;
  at: string;
  user_id: number | null;
  username: string | null;
  action: string;
  details: string;
  prev_hash: string;
  hash: string;
}

function rowHash(r: Omit<RawRow, 'hash'>): string {
  return createHash('sha256')
    .update(JSON.stringify([r.id, r.at, r.user_id, r.username, r.action, r.details, r.prev_hash]))
    .digest('hex');
}

export interface AuditEntry {
  action: string;
  userId?: number | null;
  username?: string | null;
  details?: Record<string, unknown>;
  at?: string;
}

/** Appends one entry; the caller's transaction (if any) makes it atomic with the change it records. */
export function appendAudit(db: Db, e: AuditEntry): void {
  const last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
  const row = {
    id: (last?.id ?? 0) + 1,
    at: e.at ?? new Date().toISOString(),
    user_id: e.userId ?? null,
    username: e.username ?? null,
    action: e.action,
    details: JSON.stringify(e.details ?? {}),
    prev_hash: last?.hash ?? GENESIS,
  };
  db.prepare(
    'INSERT INTO audit_log (id, at, user_id, username, action, details, prev_hash, hash) VALUES (@id, @at, @user_id, @username, @action, @details, @prev_hash, @hash)',
  ).run({ ...row, hash: rowHash(row) });
}

export function verifyAudit(db: Db): AuditVerification {
  let prev = GENESIS;
  let expectedId = 1;
  let count = 0;
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<RawRow>) {
    if (r.id !== expectedId) return { ok: false, count, brokenAtId: r.id, reason: 'gap' };
    if (r.prev_hash !== prev) return { ok: false, count, brokenAtId: r.id, reason: 'link' };
    if (rowHash(r) !== r.hash) return { ok: false, count, brokenAtId: r.id, reason: 'hash' };
    prev = r.hash;
    expectedId++;
    count++;
  }
  return { ok: true, count, head: prev };
}

export function listAudit(db: Db, limit: number, beforeId?: number): AuditRow[] {
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?')
    .all(beforeId ?? Number.MAX_SAFE_INTEGER, limit) as RawRow[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    userId: r.user_id,
    username: r.username,
    action: r.action,
    details: JSON.parse(r.details) as Record<string, unknown>,
    hash: r.hash,
  }));
}
