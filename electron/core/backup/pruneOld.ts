// Keeping the newest K backups on the stick. The file just written is never a candidate, and
// neither is any file whose header does not prove it a backup of this register: a root folder
// (E:\ on a USB stick), another register's backups on a shared stick, a look-alike name, a pipe.
import nodePath from 'node:path';
import { lstatSync, readdirSync, unlinkSync } from 'node:fs';
import { BACKUP_EXTENSION } from '../../../shared/api/backup';
import { isOurBackupName, readBackupFile } from './backupFile';

type PathFlavour = Pick<typeof nodePath, 'relative' | 'basename' | 'sep' | 'isAbsolute'>;

/**
 * The written file's name inside `folder`, by path functions (string slicing dropped a letter
 * when the folder is a drive root, whose resolved form already ends with a separator).
 * `flavour` is path.win32 or path.posix in tests; the platform's own otherwise.
 */
export function nameInFolder(folder: string, written: string, flavour: PathFlavour = nodePath): string {
  const rel = flavour.relative(folder, written);
  // The writer puts the file straight into the folder; anything else is a bug, not a name.
  if (rel === '' || rel.startsWith('..') || flavour.isAbsolute(rel) || rel !== flavour.basename(written)) {
    throw new Error(`backup file ${written} is not directly in ${folder}`);
  }
  return rel;
}

export interface PruneCandidate {
  name: string;
  mtimeMs: number;
  /** The registerId in the file's header; null when the header could not be read (not ours). */
  registerId: string | null;
}

/** Which files to remove so that the newest `keep` of this register's backups stay (0 keeps all). */
export function chooseOld(candidates: PruneCandidate[], keep: number, justWritten: string, registerId: string): string[] {
  if (keep <= 0) return [];
  const ours = candidates
    .filter((c) => c.name !== justWritten && c.registerId === registerId && isOurBackupName(c.name, BACKUP_EXTENSION))
    .sort((a, b) => b.mtimeMs - a.mtimeMs || b.name.localeCompare(a.name));
  // The one just written counts as the newest kept.
  return ours.slice(Math.max(0, keep - 1)).map((c) => c.name);
}

/** Reads the folder (regular files only, headers only) and removes what chooseOld picks. */
export function pruneOld(folder: string, keep: number, justWritten: string, registerId: string): string[] {
  if (keep <= 0) return [];
  const candidates: PruneCandidate[] = [];
  for (const name of readdirSync(folder)) {
    if (name === justWritten || !isOurBackupName(name, BACKUP_EXTENSION)) continue;
    const full = nodePath.join(folder, name);
    try {
      // lstat: a pipe, device or link with our name is never opened (opening a FIFO blocks).
      const st = lstatSync(full);
      if (!st.isFile()) continue;
      candidates.push({ name, mtimeMs: st.mtimeMs, registerId: headerRegisterId(full) });
    } catch {
      /* vanished or unreadable: not ours to remove */
    }
  }
  const old = chooseOld(candidates, keep, justWritten, registerId);
  const removed: string[] = [];
  for (const name of old) {
    try {
      unlinkSync(nodePath.join(folder, name));
      removed.push(name);
    } catch {
      /* a read-only or vanished file stays; the backup itself is done */
    }
  }
  return removed;
}

function headerRegisterId(file: string): string | null {
  try {
    const id = readBackupFile(file).header.registerId;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}
