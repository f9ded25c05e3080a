// The erasure ledger: every erasure and purge, hash-chained, kept twice — in the database and in
// an encrypted append-only file beside it. A restore replaces the database but not the file, so
// erasures made after the backup was taken are found there and applied again; a crash between the
// two writes is mended at the next open (the file catches up from the database).
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../store/database';
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

/** Records: u32 length | 12-byte IV | 16-byte tag | AES-256-GCM(JSON Stored); AAD = register id. */
export function readLedgerFile(path: string, fileKey: Buffer, registerId: string): Stored[] | null {
  if (!existsSync(path)) return [];
  const bytes = readFileSync(path);
  const out: Stored[] = [];
  for (let at = 0; at + 4 <= bytes.length; ) {
    const len = bytes.readUInt32BE(at);
    if (at + 4 + len > bytes.length) break; // a record cut short by a crash: ignore the tail
    const rec = bytes.subarray(at + 4, at + 4 + len);
    try {
      const d = createDecipheriv('aes-256-gcm', fileKey, rec.subarray(0, 12));
      d.setAAD(Buffer.from(registerId));
      d.setAuthTag(rec.subarray(12, 28));
      out.push(JSON.parse(Buffer.concat([d.update(rec.subarray(28)), d.final()]).toString('utf8')) as Stored);
    } catch {
      return out.length === 0 ? null : out; // null: a file of another register, or damaged from the start
    }
    at += 4 + len;
  }
  return out;
}

export function appendToFile(path: string, fileKey: Buffer, registerId: string, records: Stored[]): void {
  if (records.length === 0) return;
  const fd = openSync(path, 'a', 0o600);
  try {
    for (const s of records) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', fileKey, iv);
      c.setAAD(Buffer.from(registerId));
      const ct = Buffer.concat([c.update(Buffer.from(JSON.stringify(s), 'utf8')), c.final()]);
      const rec = Buffer.concat([iv, c.getAuthTag(), ct]);
      const len = Buffer.alloc(4);
      len.writeUInt32BE(rec.length);
      writeSync(fd, Buffer.concat([len, rec]));
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Entries the file holds beyond the database (erasures made after a restored backup), provided
 * the two agree on every entry they share. */
export function entriesAhead(dbEntries: Stored[], fileEntries: Stored[]): Stored[] {
  for (let i = 0; i < Math.min(dbEntries.length, fileEntries.length); i++) {
    if (dbEntries[i]!.hash !== fileEntries[i]!.hash) return [];
  }
  return fileEntries.slice(dbEntries.length);
}
