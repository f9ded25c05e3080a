// The backup file: one file holding the encrypted database snapshot and the keyring, behind a
// small header, authenticated as a whole.
//
//   "ASIAKASREKISTERI-BACKUP\n" | u32 header length | header JSON | sections… | SHA-256 | HMAC-SHA-256
//
// The SHA-256 over everything before it tells a damaged (truncated, flipped) file from a good one
// without any key; the HMAC, keyed from the register's data key, tells a backup of this register
// from a foreign or forged one. The database section is SQLCipher-encrypted as on disk; the
// keyring holds only wrapped keys and hashes. Nothing in the file is personal data in the clear.
import { createHash, createHmac, hkdfSync, randomBytes, type Hash, type Hmac } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, renameSync, statSync } from 'node:fs';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BackupCounts } from '../../../shared/api/backup';
import { fsyncDir } from '../store/atomicFile';

export const MAGIC = Buffer.from('ASIAKASREKISTERI-BACKUP\n', 'latin1');
export const FORMAT_VERSION = 1;
const TRAILER = 64;
// The file is streamed in chunks, never held whole: a ten-year register is ~500 MB, and the core
// stays in a few tens of MB of memory while backing it up, verifying or restoring it.
const CHUNK = 4 * 1024 * 1024;

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
  constructor(readonly reason: 'backupForeign' | 'backupDamaged' | 'backupNewerFormat' | 'backupNotAFile' | 'backupPathInvalid') {
    super(reason);
  }
}

export function macKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.from('asiakasrekisteri'), Buffer.from('backup-mac-v1'), 32));
}

/** A write we can make fail on purpose in tests (a full disk, a pulled stick). */
export type WriteHook = (bytesSoFar: number) => void;
/** Bytes done of the total, for the progress bar. */
export type Progress = (done: number, total: number) => void;

/** A section's bytes: in memory (keyring, ledger) or in a file (the database snapshot). */
export type SectionSource = { name: string; data: Buffer } | { name: string; file: string };

const lengthOf = (s: SectionSource) => ('data' in s ? s.data.length : statSync(s.file).size);

/** Feeds a file's bytes to `each`, chunk by chunk, yielding to the event loop between chunks. */
async function streamFile(file: string, each: (chunk: Buffer) => Promise<void> | void): Promise<void> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    for (let n: number; (n = (await fh.read(buf, 0, CHUNK, null)).bytesRead) > 0; ) await each(buf.subarray(0, n));
  } finally {
    await fh.close();
  }
}

async function writeAll(fh: FileHandle, buf: Buffer): Promise<number> {
  let off = 0;
  while (off < buf.length) off += (await fh.write(buf, off, buf.length - off)).bytesWritten;
  return off;
}

/**
 * Writes the backup under a temporary name in `folder`, fsyncs, then renames to `fileName` —
 * never over an existing file. Returns the final path and the file's SHA-256.
 */
export async function writeBackupFile(
  folder: string,
  fileName: string,
  header: Omit<BackupHeader, 'sections'>,
  sections: SectionSource[],
  dataKey: Buffer,
  hooks: { fault?: WriteHook | undefined; progress?: Progress | undefined } = {},
): Promise<{ path: string; sha256: string; size: number }> {
  const fullHeader: BackupHeader = { ...header, sections: sections.map((s) => ({ name: s.name, length: lengthOf(s) })) };
  const headerBytes = Buffer.from(JSON.stringify(fullHeader), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(headerBytes.length);
  const total = MAGIC.length + 4 + headerBytes.length + fullHeader.sections.reduce((n, s) => n + s.length, 0) + TRAILER;
  const tmp = join(folder, `.${fileName}.${randomBytes(4).toString('hex')}.partial`);
  const sha = createHash('sha256');
  const mac = createHmac('sha256', macKey(dataKey));
  const fh = await open(tmp, 'wx', 0o600);
  let written = 0;
  const write = async (buf: Buffer) => {
    for (let off = 0; off < buf.length; ) {
      hooks.fault?.(written);
      const chunk = buf.subarray(off, off + CHUNK);
      const n = await writeAll(fh, chunk);
      off += n;
      written += n;
    }
    hooks.progress?.(written, total);
  };
  const put = async (buf: Buffer) => {
    await write(buf);
    sha.update(buf);
    mac.update(buf);
  };
  let whole: Hash;
  try {
    await put(MAGIC);
    await put(len);
    await put(headerBytes);
    for (const s of sections) {
      if ('data' in s) await put(s.data);
      else await streamFile(s.file, put);
    }
    // The whole file's hash is the body's hash continued over the trailer: one pass, not two.
    whole = sha.copy();
    const digest = sha.digest();
    mac.update(digest);
    const tag = mac.digest();
    await write(digest);
    await write(tag);
    whole.update(digest).update(tag);
    await fh.sync();
    await fh.close();
  } catch (err) {
    await fh.close().catch(() => undefined);
    // The folder may be gone with the stick.
    await unlink(tmp).catch(() => undefined);
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

export interface ScanResult {
  /** The SHA-256 over the body matches the one stored: not truncated, no flipped bit. */
  intact: boolean;
  /** The HMAC matches the given data key: a backup of this register (null: no key given). */
  authentic: boolean | null;
  /** SHA-256 of the whole file, as recorded in the backup history. */
  sha256: string;
}

export interface ParsedBackup {
  header: BackupHeader;
  size: number;
  /** A small section's bytes (keyring, ledger). The structure is known; its hash is not yet checked. */
  section(name: string): Buffer;
  /**
   * One pass over the whole file: SHA-256 (damage), HMAC with `key` (this register), the whole
   * file's hash — and, when asked, the `extract` section copied into a new file on the way.
   */
  scan(options: { key?: Buffer; extract?: { section: string; to: string }; progress?: Progress }): Promise<ScanResult>;
}

const REQUIRED_SECTIONS = ['database', 'keyring'];

function isHeaderShape(h: BackupHeader): boolean {
  const sections = h.sections as unknown;
  return (
    typeof h.registerId === 'string' &&
    typeof h.createdAt === 'string' &&
    typeof h.counts === 'object' &&
    h.counts !== null &&
    (h.schemaVersion === undefined || typeof h.schemaVersion === 'string') &&
    Array.isArray(sections) &&
    sections.every((s: { name?: unknown; length?: unknown } | null) => typeof s === 'object' && s !== null && typeof s.name === 'string' && Number.isSafeInteger(s.length) && (s.length as number) >= 0) &&
    new Set(sections.map((s: { name: string }) => s.name)).size === sections.length
  );
}

// Windows device and pipe namespaces (\\.\pipe\x, \\.\COM1, \\?\GLOBALROOT\…): never a backup.
const DEVICE_PATH = /^[\\/]{2}[.?][\\/]/;

/**
 * Opens a path a user typed, for reading, only if it is a regular file. Opened without blocking
 * (a named pipe would otherwise hold the whole core until something wrote to it), then checked on
 * the open descriptor, so a file swapped for a pipe in between is caught as well.
 */
export function openRegularFile(path: string): number {
  if (path.includes('\0') || DEVICE_PATH.test(path)) throw new BackupFormatError(path.includes('\0') ? 'backupPathInvalid' : 'backupNotAFile');
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) throw new BackupFormatError('backupNotAFile');
    return fd;
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/**
 * Reads a backup's header and checks its structure (magic, header, section lengths against the
 * file's size) without reading the body: the caller runs scan() for the hashes.
 */
export function readBackupFile(path: string): ParsedBackup {
  const fd = openRegularFile(path);
  try {
    const size = fstatSync(fd).size;
    const readAt = (at: number, length: number) => {
      const buf = Buffer.alloc(length);
      const n = readSync(fd, buf, 0, length, at);
      return buf.subarray(0, n);
    };
    const head = readAt(0, MAGIC.length + 4);
    if (head.length < MAGIC.length || !head.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupFormatError('backupForeign');
    if (size < MAGIC.length + 4 + TRAILER) throw new BackupFormatError('backupDamaged');
    const headerLength = head.readUInt32BE(MAGIC.length);
    const headerStart = MAGIC.length + 4;
    if (headerStart + headerLength > size - TRAILER) throw new BackupFormatError('backupDamaged');
    let header: BackupHeader;
    try {
      header = JSON.parse(readAt(headerStart, headerLength).toString('utf8')) as BackupHeader;
    } catch {
      throw new BackupFormatError('backupDamaged');
    }
    // Any JSON parses (null, a number, a list): the shape is checked before anything is read from it.
    if (typeof header !== 'object' || header === null || typeof header.format !== 'number') throw new BackupFormatError('backupDamaged');
    if (header.format > FORMAT_VERSION) throw new BackupFormatError('backupNewerFormat');
    if (!isHeaderShape(header)) throw new BackupFormatError('backupDamaged');
    const offsets = new Map<string, [number, number]>();
    let at = headerStart + headerLength;
    for (const s of header.sections) {
      offsets.set(s.name, [at, at + s.length]);
      at += s.length;
    }
    if (at !== size - TRAILER) throw new BackupFormatError('backupDamaged');
    // A backup without its database or keyring cannot be restored: said now, not at the swap.
    if (!REQUIRED_SECTIONS.every((n) => offsets.has(n))) throw new BackupFormatError('backupDamaged');
    return {
      header,
      size,
      section(name) {
        const o = offsets.get(name);
        if (!o) throw new BackupFormatError('backupDamaged');
        const fd2 = openRegularFile(path);
        try {
          const buf = Buffer.alloc(o[1] - o[0]);
          if (readSync(fd2, buf, 0, buf.length, o[0]) !== buf.length) throw new BackupFormatError('backupDamaged');
          return buf;
        } finally {
          closeSync(fd2);
        }
      },
      async scan({ key, extract, progress }) {
        const range = extract ? offsets.get(extract.section) : undefined;
        if (extract && !range) throw new BackupFormatError('backupDamaged');
        return scanFile(path, size, key, range && extract ? { range, to: extract.to } : undefined, progress);
      },
    };
  } finally {
    closeSync(fd);
  }
}

async function scanFile(path: string, size: number, key: Buffer | undefined, extract: { range: [number, number]; to: string } | undefined, progress: Progress | undefined): Promise<ScanResult> {
  const bodyEnd = size - TRAILER;
  const sha = createHash('sha256');
  const mac: Hmac | null = key ? createHmac('sha256', macKey(key)) : null;
  const trailer = Buffer.alloc(TRAILER);
  const out = extract ? await open(extract.to, 'wx', 0o600) : null;
  let pos = 0;
  try {
    await streamFile(path, async (chunk) => {
      const end = pos + chunk.length;
      const body = chunk.subarray(0, Math.max(0, Math.min(chunk.length, bodyEnd - pos)));
      sha.update(body);
      mac?.update(body);
      // The trailer may straddle two chunks.
      if (end > bodyEnd) chunk.subarray(Math.max(0, bodyEnd - pos)).copy(trailer, Math.max(0, pos - bodyEnd));
      if (out !== null && extract) {
        const from = Math.max(pos, extract.range[0]);
        const to = Math.min(end, extract.range[1]);
        if (to > from) await writeAll(out, chunk.subarray(from - pos, to - pos));
      }
      pos = end;
      progress?.(Math.min(pos, size), size);
    });
    if (out !== null) await out.sync();
  } finally {
    if (out !== null) await out.close();
  }
  const whole = sha.copy().update(trailer);
  const digest = sha.digest();
  const intact = pos === size && digest.equals(trailer.subarray(0, 32));
  const authentic = mac ? intact && mac.update(digest).digest().equals(trailer.subarray(32)) : null;
  return { intact, authentic, sha256: whole.digest('hex') };
}

export const backupFileName = (at: Date, ext: string) => {
  const p = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (t: string) => p.find((x) => x.type === t)!.value;
  return `Asiakasrekisteri-${get('year')}-${get('month')}-${get('day')}-${get('hour')}${get('minute')}.${ext}`;
};

export const isOurBackupName = (name: string, ext: string) => new RegExp(`^Asiakasrekisteri-\\d{4}-\\d{2}-\\d{2}-\\d{4}(-\\d+)?\\.${ext}$`).test(basename(name));
