// The request journal: the signed-request log kept twice — in the register and in an encrypted
// file beside it (request-journal.bin) — as the erasure ledger keeps erasures. A restore replaces
// the register but not the file, so requests logged, decided and answered after the backup was
// taken are carried back before anyone logs in (carryOver.ts): the shop's proof that it answered
// every written request in time survives a broken disk. The file follows the register after every
// call; a crash between the two is mended at the next open (the file catches up).
import { existsSync, renameSync } from 'node:fs';
import type { RequestLogCarryOver } from '../../../shared/api/backup';
import type { Db } from '../store/database';
import { carryOver, emptyCarryOver } from './carryOver';
import { appendJournal, journalKey, journalPath, readJournal, rewriteJournal, type JournalFile } from './journalFile';
import { EMPTY_CURSOR, cursorAfter, recordsSince, registerCursor, sameCursor, type Cursor } from './records';
import type { CoreState } from '../context';
import { recordAudit } from '../audit/record';

/** How far the file beside each open register goes (known after its open, so a call costs one query). */
const cursors = new WeakMap<Db, Cursor>();

export function journalFile(dir: string, dataKey: Buffer, registerId: string): JournalFile {
  return { path: journalPath(dir), key: journalKey(dataKey), registerId };
}

/** Kept, never deleted: a file that does not belong to this register's history. */
function setAside(f: JournalFile, why: 'other' | 'unmerged', now: Date): void {
  if (existsSync(f.path)) renameSync(f.path, `${f.path}.${why}-${now.getTime()}`);
}

function writeAll(db: Db, f: JournalFile): void {
  rewriteJournal(f, recordsSince(db, EMPTY_CURSOR).records);
  cursors.set(db, registerCursor(db));
}

/**
 * At every open of the register (login, restore): compares the file with the register, carries
 * over what only the file holds, and brings the file up to the register. Returns what was carried.
 */
export function openJournal(db: Db, f: JournalFile, now: Date): RequestLogCarryOver {
  const records = readJournal(f, true);
  if (records === null) {
    // Another register's journal (a restore from another PC), or one damaged from its start: kept.
    setAside(f, 'other', now);
    writeAll(db, f);
    return emptyCarryOver();
  }
  const { state, report } = carryOver(db, records, now.toISOString());
  if (state === 'diverged' || report.notCarried.length > 0) {
    // Its history and the register's part: the file is kept aside (its entries are listed in the
    // report) and a new one is started from the register.
    setAside(f, 'unmerged', now);
    writeAll(db, f);
    return report;
  }
  catchUp(db, f, cursorAfter(records));
  return report;
}

/** Writes what the register holds beyond `from` (the whole file again after a redaction, so the
 * file never keeps what an erasure removed from the register). */
function catchUp(db: Db, f: JournalFile, from: Cursor): void {
  const head = registerCursor(db);
  if (!sameCursor(from, head)) {
    const { records, redacts } = recordsSince(db, from);
    if (redacts || !existsSync(f.path)) writeAll(db, f);
    else appendJournal(f, records);
  }
  cursors.set(db, head);
}

/**
 * After every call: if the log, its documents or scans grew, the file gets the new records. One
 * small query when nothing changed. A register opened without openJournal (recovery) is opened
 * here first.
 */
export function keepJournal(db: Db, f: JournalFile, now: Date): RequestLogCarryOver | null {
  const from = cursors.get(db);
  if (!from) return openJournal(db, f, now);
  catchUp(db, f, from);
  return null;
}

/** What a carry-over did, for the audit log (counts and request numbers only: no personal data). */
export function carryOverAudit(r: RequestLogCarryOver): Record<string, unknown> {
  return {
    requests: r.requests,
    decisions: r.decisions,
    events: r.events,
    documents: r.documents,
    attachments: r.attachments,
    notCarried: r.notCarried.map((n) => ({ kind: n.kind, requestNumber: n.requestNumber, reason: n.reason, at: n.at })),
    linksCleared: r.linksCleared,
  };
}

export const carriedAnything = (r: RequestLogCarryOver) => r.events + r.documents + r.attachments + r.notCarried.length > 0;

/** The core calls this after every call. The register has already committed: a file that cannot
 * be written now (a full disk) is caught up at the next call or open, so the error is only logged
 * — by its kind, never with data. */
export function keepRequestJournal(state: CoreState): void {
  if (!state.register.isOpen) return;
  try {
    const f = journalFile(state.register.paths.dir, state.register.dataKey(), state.register.keyring().registerId);
    const carried = keepJournal(state.register.db(), f, state.now());
    if (carried && carriedAnything(carried)) recordAudit(state, { action: 'requestJournal.carriedOver', details: carryOverAudit(carried) });
  } catch (err) {
    console.error(`[core] request journal not written: ${(err as Error)?.name ?? 'Error'} ${(err as NodeJS.ErrnoException)?.code ?? ''}`);
  }
}
