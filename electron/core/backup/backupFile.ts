// The backup file: one file holding the encrypted database snapshot and the keyring, behind a
// small header, authenticated as a whole.
//
//   "ASIAKASREKISTERI-BACKUP\n" | u32 header length | header JSON | sections… | SHA-256 | HMAC-SHA-256
//
// The SHA-256 over everything before it tells a damaged (truncated, flipped) file from a good one
// without any key; the HMAC, keyed from the register's data key, tells a backup of this register
// from a foreign or forged one. The database section is SQLCipher-encrypted as on disk; the
// keyring holds only wrapped keys and hashes. Nothing in the file is personal data in the clear.
import { createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupCounts } from '../../../shared/api/backup';
import { fsyncDir } from '../store/atomicFile';

export const MAGIC = Buffer.from('ASIAKASREKISTERI-BACKUP\n', 'latin1');
export const FORMAT_VERSION = 1;
const TRAILER = 64;

export interface BackupHeader {
  format: number;
  appVersion: string;
  schemaVersion: string;
  createdAt: string;
  registerId: string;
  counts: BackupCounts;
  sections: { name: string; length: number }[];
}

export class BackupFormatError extends Error {
  constructor(readonly reason: 'backupForeign' | 'backupDamaged' | 'backupNewerFormat') {
    super(reason);
  }
}

export function macKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.from('asiakasrekisteri'), Buffer.from('backup-mac-v1'), 32));
}

/** A write we can make fail on purpose in tests (a full disk, a pulled stick). */
export type WriteHook = (bytesSoFar: number) => void;

/**
 * Writes the backup under a temporary name in `folder`, fsyncs, then renames to `fileName` —
 * never over an existing file. Returns the final path and the file's SHA-256.
 */
export function writeBackupFile(
  folder: string,
  fileName: string,
  header: Omit<BackupHeader, 'sections'>,
  sections: { name: string; data: Buffer }[],
  dataKey: Buffer,
  hook?: WriteHook,
): { path: string; sha256: string; size: number } {
  const fullHeader: BackupHeader = { ...header, sections: sections.map((s) => ({ name: s.name, length: s.data.length })) };
  const headerBytes = Buffer.from(JSON.stringify(fullHeader), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(headerBytes.length);
  const tmp = join(folder, `.${fileName}.${randomBytes(4).toString('hex')}.partial`);
  const sha = createHash('sha256');
  const mac = createHmac('sha256', macKey(dataKey));
  const whole = createHash('sha256'); // of every byte written, trailer included: the file's hash
  const fd = openSync(tmp, 'wx', 0o600);
  let written = 0;
  const put = (buf: Buffer, hashed = true) => {
    whole.update(buf);
    for (let off = 0; off < buf.length; ) {
      const chunk = buf.subarray(off, off + 1024 * 1024);
      hook?.(written);
      const n = writeSync(fd, chunk);
      off += n;
      written += n;
    }
    if (hashed) {
      sha.update(buf);
      mac.update(buf);
    }
  };
  try {
    put(MAGIC);
    put(len);
    put(headerBytes);
    for (const s of sections) put(s.data);
    const digest = sha.digest();
    mac.update(digest);
    put(digest, false);
    put(mac.digest(), false);
    fsyncSync(fd);
    closeSync(fd);
  } catch (err) {
    try {
      closeSync(fd);
    } catch {
      /* already closed */
    }
    try {
      unlinkSync(tmp);
    } catch {
      /* the folder may be gone with the stick */
    }
    throw err;
  }
  const target = uniqueName(folder, fileName);
  renameSync(tmp, target);
  fsyncDir(folder);
  return { path: target, sha256: whole.digest('hex'), size: written };
}

/** An existing backup is never overwritten: a second one in the same minute gets a suffix. */
function uniqueName(folder: string, fileName: string): string {
  let candidate = join(folder, fileName);
  for (let i = 2; existsSync(candidate); i++) candidate = join(folder, fileName.replace(/(\.[^.]+)$/, `-${i}$1`));
  return candidate;
}

export interface ParsedBackup {
  header: BackupHeader;
  section(name: string): Buffer;
  /** True when the HMAC matches this data key (the backup is of the register the key opens). */
  authenticates(dataKey: Buffer): boolean;
  sha256: string;
}

export function readBackupFile(path: string): ParsedBackup {
  const bytes = readFileSync(path);
  if (bytes.length < MAGIC.length || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupFormatError('backupForeign');
  if (bytes.length < MAGIC.length + 4 + TRAILER) throw new BackupFormatError('backupDamaged');
  const headerLength = bytes.readUInt32BE(MAGIC.length);
  const headerStart = MAGIC.length + 4;
  if (headerStart + headerLength > bytes.length - TRAILER) throw new BackupFormatError('backupDamaged');
  const body = bytes.subarray(0, bytes.length - TRAILER);
  const digest = bytes.subarray(bytes.length - TRAILER, bytes.length - 32);
  const mac = bytes.subarray(bytes.length - 32);
  if (!createHash('sha256').update(body).digest().equals(digest)) throw new BackupFormatError('backupDamaged');
  let header: BackupHeader;
  try {
    header = JSON.parse(bytes.subarray(headerStart, headerStart + headerLength).toString('utf8')) as BackupHeader;
  } catch {
    throw new BackupFormatError('backupDamaged');
  }
  if (typeof header.format !== 'number' || !Array.isArray(header.sections)) throw new BackupFormatError('backupDamaged');
  if (header.format > FORMAT_VERSION) throw new BackupFormatError('backupNewerFormat');
  const offsets = new Map<string, [number, number]>();
  let at = headerStart + headerLength;
  for (const s of header.sections) {
    offsets.set(s.name, [at, at + s.length]);
    at += s.length;
  }
  if (at !== body.length) throw new BackupFormatError('backupDamaged');
  return {
    header,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    section(name) {
      const o = offsets.get(name);
      if (!o) throw new BackupFormatError('backupDamaged');
      return bytes.subarray(o[0], o[1]);
    },
    authenticates(dataKey) {
      return createHmac('sha256', macKey(dataKey)).update(body).update(digest).digest().equals(mac);
    },
  };
}

export const backupFileName = (at: Date, ext: string) => {
  const p = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (t: string) => p.find((x) => x.type === t)!.value;
  return `Asiakasrekisteri-${get('year')}-${get('month')}-${get('day')}-${get('hour')}${get('minute')}.${ext}`;
};

export const isOurBackupName = (name: string, ext: string) => new RegExp(`^Asiakasrekisteri-\\d{4}-\\d{2}-\\d{2}-\\d{4}(-\\d+)?\\.${ext}$`).test(basename(name));
