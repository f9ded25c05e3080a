// Files of sealed records beside the register (the erasure ledger, the request journal): each
// record is JSON encrypted on its own with AES-256-GCM under a key derived from the data key, the
// register id as associated data — so a file from another register does not open here, and a
// record cut short by a crash is recognised and ignored instead of spoiling the ones before it.
//
// Layout per record: u32 length (big-endian) | 12-byte IV | 16-byte tag | ciphertext.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, statSync, truncateSync, writeSync } from 'node:fs';
import { writeFileAtomic } from './atomicFile';

function seal(key: Buffer, aad: string, record: unknown): Buffer {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(aad));
  const ct = Buffer.concat([c.update(Buffer.from(JSON.stringify(record), 'utf8')), c.final()]);
  const rec = Buffer.concat([iv, c.getAuthTag(), ct]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(rec.length);
  return Buffer.concat([len, rec]);
}

/** The records of a file, in order; [] when there is no file; null when not even the first record
 * opens (a file of another register, or damaged from the start). A damaged later record ends the
 * list there: what came before it is still good. With repairTail (only the register's owner, at
 * open), a record cut short by a crash is cut off the file — records appended after it could
 * never be read. */
export function readSealedRecords<T>(path: string, key: Buffer, aad: string, options: { repairTail?: boolean } = {}): T[] | null {
  if (!existsSync(path)) return [];
  const bytes = readFileSync(path);
  const out: T[] = [];
  for (let at = 0; at + 4 <= bytes.length; ) {
    const len = bytes.readUInt32BE(at);
    if (at + 4 + len > bytes.length) {
      // A record cut short by a crash: ignore it, or cut it off.
      if (options.repairTail) truncateSync(path, at);
      break;
    }
    const rec = bytes.subarray(at + 4, at + 4 + len);
    try {
      const d = createDecipheriv('aes-256-gcm', key, rec.subarray(0, 12));
      d.setAAD(Buffer.from(aad));
      d.setAuthTag(rec.subarray(12, 28));
      out.push(JSON.parse(Buffer.concat([d.update(rec.subarray(28)), d.final()]).toString('utf8')) as T);
    } catch {
      return out.length === 0 ? null : out;
    }
    at += 4 + len;
  }
  return out;
}

/** Appends records and fsyncs before returning. A write that fails half-way (a full disk) is cut
 * off again, so that the file ends with a whole record and later appends stay readable. */
export function appendSealedRecords(path: string, key: Buffer, aad: string, records: unknown[]): void {
  if (records.length === 0) return;
  const before = existsSync(path) ? statSync(path).size : 0;
  const fd = openSync(path, 'a', 0o600);
  try {
    writeSync(fd, Buffer.concat(records.map((r) => seal(key, aad, r))));
    fsyncSync(fd);
  } catch (err) {
    try {
      truncateSync(path, before);
    } catch {
      // Nothing more to do here: the next open finds the cut tail and removes it (repairTail).
    }
    throw err;
  } finally {
    closeSync(fd);
  }
}

/** Replaces the whole file atomically (temporary file, fsync, rename): used when records must be
 * forgotten, e.g. after an erasure blanked a person's data in the register. */
export function rewriteSealedRecords(path: string, key: Buffer, aad: string, records: unknown[]): void {
  writeFileAtomic(path, Buffer.concat(records.map((r) => seal(key, aad, r))));
}
