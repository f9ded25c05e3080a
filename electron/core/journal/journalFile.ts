// The request journal's file beside the register: sealed records (store/sealedRecords.ts) under a
// key of its own derived from the data key. Appended to as the log grows; rewritten whole when an
// erasure has blanked a person's data in the register, so the file never keeps what was erased.
import { hkdfSync } from 'node:crypto';
import { join } from 'node:path';
import { appendSealedRecords, readSealedRecords, rewriteSealedRecords } from '../store/sealedRecords';
import type { JournalRecord } from './records';

export const JOURNAL_FILE = 'request-journal.bin';

export const journalPath = (dir: string) => join(dir, JOURNAL_FILE);

export function journalKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.from('asiakasrekisteri'), Buffer.from('request-journal-file-v1'), 32));
}

export interface JournalFile {
  path: string;
  key: Buffer;
  registerId: string;
}

/** repairTail: at open, a record cut short by a crash is cut off (see sealedRecords). */
export const readJournal = (f: JournalFile, repairTail = false) => readSealedRecords<JournalRecord>(f.path, f.key, f.registerId, { repairTail });
export const appendJournal = (f: JournalFile, records: JournalRecord[]) => appendSealedRecords(f.path, f.key, f.registerId, records);
export const rewriteJournal = (f: JournalFile, records: JournalRecord[]) => rewriteSealedRecords(f.path, f.key, f.registerId, records);
