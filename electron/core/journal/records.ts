// The request journal's records: the signed-request log's chained events, each with a snapshot of
// the request it concerns as the register holds it now, and the documents and scans issued. They
// are read from the register as rows (column -> value), so that a restore can put them back
// exactly — the log's rows verbatim, so its hash chain still verifies.
import type { Db } from '../store/database';

export type Value = string | number | null | { b64: string };
export type Row = Record<string, Value>;

export type JournalRecord =
  | { t: 'event'; row: Row; request: Row | null }
  | { t: 'document'; row: Row }
  | { t: 'attachment'; row: Row };

/** How far the journal file goes: the last event (id and hash), document and scan it holds. */
export interface Cursor {
  logId: number;
  logHash: string | null;
  documentId: number;
  attachmentId: number;
}

export const EMPTY_CURSOR: Cursor = { logId: 0, logHash: null, documentId: 0, attachmentId: 0 };

const toRow = (r: Record<string, unknown>): Row =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Buffer.isBuffer(v) ? { b64: v.toString('base64') } : (v as string | number | null)]));

export const fromValue = (v: Value): string | number | null | Buffer => (v !== null && typeof v === 'object' ? Buffer.from(v.b64, 'base64') : v);

/** The register's own position: what the journal must hold to be in step. */
export function registerCursor(db: Db): Cursor {
  const r = db
    .prepare(
      `SELECT (SELECT id FROM privacy_log ORDER BY id DESC LIMIT 1) AS logId, (SELECT hash FROM privacy_log ORDER BY id DESC LIMIT 1) AS logHash,
              (SELECT max(id) FROM privacy_documents) AS documentId, (SELECT max(id) FROM privacy_attachments) AS attachmentId`,
    )
    .get() as { logId: number | null; logHash: string | null; documentId: number | null; attachmentId: number | null };
  return { logId: r.logId ?? 0, logHash: r.logHash, documentId: r.documentId ?? 0, attachmentId: r.attachmentId ?? 0 };
}

export const sameCursor = (a: Cursor, b: Cursor) => a.logId === b.logId && a.logHash === b.logHash && a.documentId === b.documentId && a.attachmentId === b.attachmentId;

/** Records for everything after `since` (EMPTY_CURSOR: the whole log). Documents and scans come
 * before the events that mention them, so a reader meets nothing it cannot place. */
export function recordsSince(db: Db, since: Cursor): { records: JournalRecord[]; redacts: boolean } {
  const records: JournalRecord[] = [];
  for (const r of db.prepare('SELECT * FROM privacy_attachments WHERE id > ? ORDER BY id').iterate(since.attachmentId) as IterableIterator<Record<string, unknown>>) {
    records.push({ t: 'attachment', row: toRow(r) });
  }
  for (const r of db.prepare('SELECT * FROM privacy_documents WHERE id > ? ORDER BY id').iterate(since.documentId) as IterableIterator<Record<string, unknown>>) {
    records.push({ t: 'document', row: toRow(r) });
  }
  const request = db.prepare('SELECT * FROM privacy_requests WHERE id = ?');
  let redacts = false;
  for (const r of db.prepare('SELECT * FROM privacy_log WHERE id > ? ORDER BY id').iterate(since.logId) as IterableIterator<Record<string, unknown>>) {
    if (r.event === 'redacted') redacts = true;
    const req = r.request_id === null ? undefined : (request.get(r.request_id) as Record<string, unknown> | undefined);
    records.push({ t: 'event', row: toRow(r), request: req ? toRow(req) : null });
  }
  return { records, redacts };
}

/** Where a list of records leaves the journal. */
export function cursorAfter(records: JournalRecord[], start: Cursor = EMPTY_CURSOR): Cursor {
  const c = { ...start };
  for (const r of records) {
    const id = r.row.id as number;
    if (r.t === 'event') {
      c.logId = id;
      c.logHash = r.row.hash as string;
    } else if (r.t === 'document') c.documentId = Math.max(c.documentId, id);
    else c.attachmentId = Math.max(c.attachmentId, id);
  }
  return c;
}
