// The erasure ledger: every erasure and purge, hash-chained, kept twice — in the database and in
// an encrypted append-only file beside it. A restore replaces the database but not the file, so
// erasures made after the backup was taken are found there and applied again; a crash between the
// two writes is mended at the next open (the file catches up from the database).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Db } from '../store/database';
import { appendSealedRecords, readSealedRecords } from '../store/sealedRecords';
import type { Fingerprints } from './fingerprints';

export const LEDGER_FILE = 'erasure-ledger.bin';
const GENESIS = '0'.repeat(64);

export interface LedgerEntry {
  seq: number;
  number: string;
  kind: 'full' | 'partial' | 'purge';
  at: string;
  requestNumber: string | null;
  customerId: number;
  erased: string[];
  kept: { what: string; basis: string; until: string }[];
  fingerprints: Fingerprints;
  certificate: { sha256: string; verificationCode: string; filename: string } | null;
}

interface Stored {
  entry: LedgerEntry;
  prevHash: string;
  hash: string;
}

const hashOf = (entry: LedgerEntry, prevHash: string) => createHash('sha256').update(JSON.stringify([entry, prevHash])).digest('hex');

export function dbLedger(db: Db): Stored[] {
  return (db.prepare('SELECT entry, prev_hash, hash FROM erasure_ledger ORDER BY seq').all() as { entry: string; prev_hash: string; hash: string }[]).map((r) => ({
    entry: JSON.parse(r.entry) as LedgerEntry,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}

/** Appends to the database ledger (inside the caller's transaction). */
export function appendToDb(db: Db, e: Omit<LedgerEntry, 'seq'>): Stored {
  const last = db.prepare('SELECT seq, hash FROM erasure_ledger ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const entry: LedgerEntry = { ...e, seq: (last?.seq ?? 0) + 1 };
  return insertStored(db, entry, last?.hash ?? GENESIS);
}

function insertStored(db: Db, entry: LedgerEntry, prevHash: string): Stored {
  const hash = hashOf(entry, prevHash);
  db.prepare('INSERT INTO erasure_ledger (seq, entry, prev_hash, hash) VALUES (?, ?, ?, ?)').run(entry.seq, JSON.stringify(entry), prevHash, hash);
  const fp = db.prepare('INSERT INTO erasure_fingerprints (seq, kind, value) VALUES (?, ?, ?)');
  for (const [kind, value] of Object.entries(entry.fingerprints)) if (value) fp.run(entry.seq, kind, value);
  return { entry, prevHash, hash };
}

export function insertReplayed(db: Db, s: Stored): void {
  insertStored(db, s.entry, s.prevHash);
}

// ---- the file beside the register -------------------------------------------------------------

export function ledgerPath(dir: string): string {
  return join(dir, LEDGER_FILE);
}

/** The file's records (see store/sealedRecords.ts); null: a file of another register, or damaged from the start. */
export function readLedgerFile(path: string, fileKey: Buffer, registerId: string, repairTail = false): Stored[] | null {
  return readSealedRecords<Stored>(path, fileKey, registerId, { repairTail });
}

export function appendToFile(path: string, fileKey: Buffer, registerId: string, records: Stored[]): void {
  appendSealedRecords(path, fileKey, registerId, records);
}

/** Entries the file holds beyond the database (erasures made after a restored backup), provided
 * the two agree on every entry they share. */
export function entriesAhead(dbEntries: Stored[], fileEntries: Stored[]): Stored[] {
  for (let i = 0; i < Math.min(dbEntries.length, fileEntries.length); i++) {
    if (dbEntries[i]!.hash !== fileEntries[i]!.hash) return [];
  }
  return fileEntries.slice(dbEntries.length);
}
