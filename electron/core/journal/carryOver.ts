// Carrying the request journal into a register that is behind it — a restored older backup. The
// journal's events must continue the register's own hash chain exactly; then what came after is
// put back as it was: the requests in their latest state, the documents issued (hash, code, kind;
// a stored copy only where the register kept one), the scans, and the log's events verbatim, so
// the chain still verifies. Links to what the restored register does not hold (a customer added,
// or a staff account created, after the backup) are cleared and recorded; anything that cannot be
// placed is listed for the manager — never dropped silently.
import type { ClearedLink, NotCarriedItem, RequestLogCarryOver } from '../../../shared/api/backup';
import { FINAL_STATUSES, type RequestStatus } from '../../../shared/api/privacy';
import type { Db } from '../store/database';
import { GENESIS, appendEvent, intakeHash, rowHash, type Row as LogRow } from '../privacy/privacyLog';
import { fromValue, registerCursor, type JournalRecord, type Row } from './records';

export const emptyCarryOver = (): RequestLogCarryOver => ({ requests: 0, decisions: 0, events: 0, documents: 0, attachments: 0, notCarried: [], linksCleared: [] });

export type JournalState = 'inStep' | 'registerAhead' | 'carried' | 'diverged';

type EventRecord = Extract<JournalRecord, { t: 'event' }>;

/** The events whose chain holds from the start (ids 1, 2, … each linking to the one before);
 * the rest cannot be trusted and is returned apart. */
function trustedEvents(records: JournalRecord[]): { good: EventRecord[]; bad: EventRecord[] } {
  const events = records.filter((r): r is EventRecord => r.t === 'event');
  let prev = GENESIS;
  for (let i = 0; i < events.length; i++) {
    const row = events[i]!.row as unknown as LogRow;
    if (row.id !== i + 1 || row.prev_hash !== prev || rowHash(row) !== row.hash) return { good: events.slice(0, i), bad: events.slice(i) };
    prev = row.hash;
  }
  return { good: events, bad: [] };
}

const numberOfRequest = (db: Db, e: EventRecord): string | null =>
  (e.request?.number as string | undefined) ??
  (e.row.request_id === null ? null : ((db.prepare('SELECT number FROM privacy_requests WHERE id = ?').get(e.row.request_id) as { number: string } | undefined)?.number ?? null));

const notCarriedEvent = (db: Db, e: EventRecord, reason: NotCarriedItem['reason']): NotCarriedItem => ({
  kind: 'event',
  requestNumber: numberOfRequest(db, e),
  what: e.row.event as string,
  at: e.row.at as string,
  reason,
});

/** How the register's log and the journal's stand to each other. */
function compare(db: Db, events: EventRecord[]): { state: JournalState; common: number } {
  const head = registerCursor(db);
  const hashInDb = (id: number) => (db.prepare('SELECT hash FROM privacy_log WHERE id = ?').get(id) as { hash: string } | undefined)?.hash;
  const fileMax = events.length;
  const shared = Math.min(head.logId, fileMax);
  if (shared > 0 && events[shared - 1]!.row.hash !== hashInDb(shared)) {
    let common = shared - 1;
    while (common > 0 && events[common - 1]!.row.hash !== hashInDb(common)) common--;
    return { state: 'diverged', common };
  }
  if (fileMax > head.logId) return { state: 'carried', common: head.logId };
  return { state: head.logId > fileMax ? 'registerAhead' : 'inStep', common: shared };
}

/** What the journal holds that the register does not, when their histories have parted: listed. */
function listUnmerged(db: Db, records: JournalRecord[], events: EventRecord[], common: number): NotCarriedItem[] {
  const inDb = new Set((db.prepare('SELECT hash FROM privacy_log WHERE id > ?').all(common) as { hash: string }[]).map((r) => r.hash));
  const out = events.slice(common).filter((e) => !inDb.has(e.row.hash as string)).map((e) => notCarriedEvent(db, e, 'diverged'));
  const hasCode = db.prepare('SELECT 1 FROM privacy_documents WHERE verification_code = ?');
  const hasScan = db.prepare('SELECT 1 FROM privacy_attachments WHERE sha256 = ?');
  const requestNumber = (id: Row[string]) => (id === null ? null : ((db.prepare('SELECT number FROM privacy_requests WHERE id = ?').get(id) as { number: string } | undefined)?.number ?? null));
  for (const r of records) {
    if (r.t === 'document' && !hasCode.get(r.row.verification_code))
      out.push({ kind: 'document', requestNumber: requestNumber(r.row.request_id ?? null), what: r.row.kind as string, at: r.row.issued_at as string, reason: 'diverged' });
    if (r.t === 'attachment' && !hasScan.get(r.row.sha256))
      out.push({ kind: 'attachment', requestNumber: requestNumber(r.row.request_id ?? null), what: r.row.filename as string, at: r.row.added_at as string, reason: 'diverged' });
  }
  return out;
}

/** Inserts a row as it was, with its id when that is free (else a new one). */
function insertRow(db: Db, table: string, row: Row, keepId: boolean): number {
  const cols = Object.keys(row).filter((c) => keepId || c !== 'id');
  const info = db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => fromValue(row[c]!)));
  return Number(info.lastInsertRowid);
}

/**
 * Compares the journal with the register and, when the journal is ahead, carries the difference
 * over (in one transaction). The caller keeps the file in step afterwards.
 */
export function carryOver(db: Db, records: JournalRecord[], now: string): { state: JournalState; report: RequestLogCarryOver } {
  const report = emptyCarryOver();
  const { good, bad } = trustedEvents(records);
  report.notCarried.push(...bad.map((e) => notCarriedEvent(db, e, 'diverged')));
  const { state, common } = compare(db, good);
  if (state === 'diverged') {
    report.notCarried.push(...listUnmerged(db, records, good, common));
    return { state, report };
  }
  if (state !== 'carried') return { state, report };

  const ahead = good.slice(common);
  const userExists = db.prepare('SELECT 1 FROM users WHERE id = ?');
  const customerExists = db.prepare('SELECT 1 FROM customers WHERE id = ?');
  const staff = (row: Row, col: string, requestNumber: string | null, cleared: ClearedLink[]) => {
    if (row[col] !== null && row[col] !== undefined && !userExists.get(row[col])) {
      row[col] = null;
      if (!cleared.some((c) => c.requestNumber === requestNumber && c.link === 'staff')) cleared.push({ requestNumber, link: 'staff' });
    }
  };

  try {
    applyAhead();
  } catch (err) {
    if (!(err instanceof Diverged)) throw err;
    return { state: 'diverged', report: { ...emptyCarryOver(), notCarried: listUnmerged(db, records, good, common) } };
  }
  return { state, report };

  function applyAhead() {
    db.transaction(() => {
      // Requests first (documents, scans and events point at them), each in its latest state.
      const latest = new Map<number, Row>();
      for (const e of ahead) if (e.request) latest.set(e.request.id as number, { ...e.request });
      const relinked: number[] = [];
      for (const [id, row] of latest) {
        const number = row.number as string;
        const existing = db.prepare('SELECT number, status FROM privacy_requests WHERE id = ?').get(id) as { number: string; status: RequestStatus } | undefined;
        const sameNumberElsewhere = db.prepare('SELECT id FROM privacy_requests WHERE number = ? AND id != ?').get(number, id);
        if ((existing && existing.number !== number) || sameNumberElsewhere) throw new Diverged();
        let intakeCleared = false;
        if (row.customer_id !== null && !customerExists.get(row.customer_id)) {
          row.customer_id = null;
          intakeCleared = true;
          report.linksCleared.push({ requestNumber: number, link: 'customer' });
        }
        const checkedBy = row.identity_checked_by;
        staff(row, 'identity_checked_by', number, report.linksCleared);
        if (checkedBy !== row.identity_checked_by) intakeCleared = true;
        staff(row, 'created_by', number, report.linksCleared);
        staff(row, 'extended_by', number, report.linksCleared);
        if (existing) {
          const cols = Object.keys(row).filter((c) => c !== 'id');
          db.prepare(`UPDATE privacy_requests SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...cols.map((c) => fromValue(row[c]!)), id);
        } else insertRow(db, 'privacy_requests', row, true);
        report.requests++;
        if ((!existing || !FINAL_STATUSES.includes(existing.status)) && FINAL_STATUSES.includes(row.status as RequestStatus)) report.decisions++;
        if (intakeCleared) relinked.push(id);
      }

      // Scans and documents the register does not have yet (documents by their printed code).
      const scanHere = db.prepare('SELECT sha256 FROM privacy_attachments WHERE id = ?');
      const codeHere = db.prepare('SELECT 1 FROM privacy_documents WHERE verification_code = ?');
      const idTaken = db.prepare('SELECT 1 FROM privacy_documents WHERE id = ?');
      const requestHere = db.prepare('SELECT number FROM privacy_requests WHERE id = ?');
      for (const r of records) {
        if (r.t === 'event') continue;
        const row = { ...r.row };
        const request = row.request_id === null ? undefined : (requestHere.get(row.request_id) as { number: string } | undefined);
        const requestNumber = request?.number ?? null;
        // Everything a request owns was put back above; a paper pointing at a request the register
        // does not hold cannot be placed.
        if (row.request_id !== null && !request) {
          const what = (r.t === 'attachment' ? row.filename : row.kind) as string;
          report.notCarried.push({ kind: r.t, requestNumber: null, what, at: (r.t === 'attachment' ? row.added_at : row.issued_at) as string, reason: 'conflict' });
          continue;
        }
        if (r.t === 'attachment') {
          const here = scanHere.get(row.id) as { sha256: string } | undefined;
          if (here?.sha256 === row.sha256) continue;
          staff(row, 'added_by', requestNumber, report.linksCleared);
          insertRow(db, 'privacy_attachments', row, !here);
          report.attachments++;
        } else {
          if (codeHere.get(row.verification_code)) continue;
          staff(row, 'issued_by', requestNumber, report.linksCleared);
          insertRow(db, 'privacy_documents', row, !idTaken.get(row.id));
          report.documents++;
        }
      }

      // The events, verbatim: the chain continues exactly where the register's ended.
      const insertEvent = db.prepare('INSERT INTO privacy_log (id, at, request_id, event, status, user_id, details, prev_hash, hash) VALUES (@id, @at, @request_id, @event, @status, @user_id, @details, @prev_hash, @hash)');
      for (const e of ahead) insertEvent.run(e.row);
      report.events = ahead.length;

      // A request whose intake link had to be cleared says so in the chain, with its new intake hash.
      for (const id of relinked) {
        const cleared = report.linksCleared.filter((c) => c.requestNumber === latest.get(id)!.number).map((c) => c.link);
        appendEvent(db, { at: now, requestId: id, event: 'carried-over', userId: null, details: { cleared, intakeHash: intakeHash(db, id) } });
      }
    })();
  }
}

/** Thrown inside the transaction when a request cannot be placed: nothing is carried over. */
export class Diverged extends Error {}
