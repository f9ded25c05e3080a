// The signed-request log's chain: every intake, status change, extension, attachment and document
// is an event whose hash covers its content and the previous event's hash. The intake event also
// carries a hash of the request as received, so editing the request row itself is caught too.
import { createHash } from 'node:crypto';
import type { LogVerification } from '../../../shared/api/privacy';
import type { Db } from '../store/database';

export const GENESIS = '0'.repeat(64);

export interface Row {
  id: number;
  at: string;
  request_id: number | null;
  event: string;
  status: string | null;
  user_id: number | null;
  details: string;
  prev_hash: string;
  hash: string;
}

/** An event's hash: its content and the previous event's hash (exported for the request journal,
 * which checks the events it carries before putting them back). */
export const rowHash = (r: Omit<Row, 'hash'>) =>
  createHash('sha256').update(JSON.stringify([r.id, r.at, r.request_id, r.event, r.status, r.user_id, r.details, r.prev_hash])).digest('hex');

/** The fields of a request that are fixed at intake. */
const INTAKE_COLUMNS = ['number', 'types', 'customer_id', 'requester_name', 'requester_address', 'requester_email', 'received_date', 'channel', 'language', 'identity_method', 'identity_note', 'identity_checked_by', 'details', 'due_date'];

/** Events that record the hash a request's intake fields must have from then on: its intake, an
 * erasure's redaction, a restore that had to clear a link the restored register cannot hold, and
 * an identity confirmed at the counter after intake (its method and checker change). */
export const INTAKE_EVENTS = ['received', 'redacted', 'carried-over', 'identity-confirmed'];

export function intakeHash(db: Db, requestId: number): string {
  const row = db.prepare(`SELECT ${INTAKE_COLUMNS.join(', ')} FROM privacy_requests WHERE id = ?`).get(requestId) as Record<string, unknown>;
  return createHash('sha256').update(JSON.stringify(INTAKE_COLUMNS.map((c) => row[c] ?? null))).digest('hex');
}

export function appendEvent(db: Db, e: { at: string; requestId: number | null; event: string; status?: string | null; userId: number | null; details?: Record<string, unknown> }): void {
  const last = db.prepare('SELECT id, hash FROM privacy_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
  const row = {
    id: (last?.id ?? 0) + 1,
    at: e.at,
    request_id: e.requestId,
    event: e.event,
    status: e.status ?? null,
    user_id: e.userId,
    details: JSON.stringify(e.details ?? {}),
    prev_hash: last?.hash ?? GENESIS,
  };
  db.prepare('INSERT INTO privacy_log (id, at, request_id, event, status, user_id, details, prev_hash, hash) VALUES (@id, @at, @request_id, @event, @status, @user_id, @details, @prev_hash, @hash)').run({
    ...row,
    hash: rowHash(row),
  });
}

export function chainHead(db: Db): string {
  return (db.prepare('SELECT hash FROM privacy_log ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined)?.hash ?? GENESIS;
}

export function verifyLog(db: Db): LogVerification {
  let prev = GENESIS;
  let expected = 1;
  let count = 0;
  const numberOf = (requestId: number | null) =>
    requestId === null ? null : ((db.prepare('SELECT number FROM privacy_requests WHERE id = ?').get(requestId) as { number: string } | undefined)?.number ?? null);
  // The intake hash a request must have now: from its intake, or from its latest redaction (an
  // erasure blanks the requester's data and records the new hash in the chain) or carry-over.
  const latestIntake = new Map<number, { eventId: number; hash: string | undefined }>();
  for (const r of db.prepare('SELECT * FROM privacy_log ORDER BY id').iterate() as IterableIterator<Row>) {
    const broken = (reason: 'hash' | 'link' | 'gap'): LogVerification => ({ ok: false, count, brokenAtId: r.id, requestNumber: numberOf(r.request_id), reason });
    if (r.id !== expected) return broken('gap');
    if (r.prev_hash !== prev) return broken('link');
    if (rowHash(r) !== r.hash) return broken('hash');
    if (INTAKE_EVENTS.includes(r.event) && r.request_id !== null) {
      latestIntake.set(r.request_id, { eventId: r.id, hash: (JSON.parse(r.details) as { intakeHash?: string }).intakeHash });
    }
    prev = r.hash;
    expected++;
    count++;
  }
  for (const [requestId, { eventId, hash }] of latestIntake) {
    if (hash !== intakeHash(db, requestId)) return { ok: false, count, brokenAtId: eventId, requestNumber: numberOf(requestId), reason: 'request-changed' };
  }
  return { ok: true, count, head: prev };
}
