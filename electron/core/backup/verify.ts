// Reading a backup back: structure (header), then one streamed pass for the SHA-256 (damage) and
// the HMAC (this register or not) that also extracts the database, then the database itself —
// opened with the key, integrity_check, counts against the header.
import type { BackupVerification } from '../../../shared/api/backup';
import { MIGRATIONS, NewerRegisterError } from '../store/migrations';
import { WrongKeyError } from '../store/database';
import { BackupFormatError, readBackupFile, type ParsedBackup } from './backupFile';
import type { Db } from '../store/database';
import { countsOf, openExtracted, removeDbFiles, tempPath, type Check } from './snapshot';

export type VerifyProblem = 'backupForeign' | 'backupDamaged' | 'backupNewerFormat' | 'backupNewerApp' | 'backupOtherRegister' | 'backupFileMissing';

export class BackupProblem extends Error {
  constructor(readonly problem: VerifyProblem) {
    super(problem);
  }
}

/** Parses the header and checks the file's structure (no hashes yet); throws BackupProblem. */
export function parseBackup(file: string): ParsedBackup {
  let parsed: ParsedBackup;
  try {
    parsed = readBackupFile(file);
  } catch (err) {
    if (err instanceof BackupFormatError) throw new BackupProblem(err.reason);
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'EISDIR') throw new BackupProblem('backupFileMissing');
    throw err;
  }
  const known = MIGRATIONS.map((m) => m.id);
  if (parsed.header.schemaVersion && !known.includes(parsed.header.schemaVersion)) throw new BackupProblem('backupNewerApp');
  return parsed;
}

/**
 * Proves the file (SHA-256, then the HMAC with `key`: a backup of the register this key opens),
 * extracting its database on the way, then opens that with `key` (older schema brought forward on
 * the copy), runs `check` and compares the counts with the header. Returns the open copy to a
 * caller that keeps it (restore); otherwise closes and removes it. Throws BackupProblem.
 */
export function checkDatabase(parsed: ParsedBackup, dataDir: string, key: Buffer, check: Check, keep = false): { db: Db; path: string; sha256: string } | null {
  const path = tempPath(dataDir, 'restore');
  let db: Db | null = null;
  let handedOver = false;
  try {
    const scanned = parsed.scan({ key, extract: { section: 'database', to: path } });
    if (!scanned.intact) throw new BackupProblem('backupDamaged');
    if (!scanned.authentic) throw new BackupProblem('backupOtherRegister');
    db = openExtracted(path, key, check);
    if (JSON.stringify(countsOf(db)) !== JSON.stringify(parsed.header.counts)) throw new BackupProblem('backupDamaged');
    if (keep) {
      handedOver = true;
      return { db, path, sha256: scanned.sha256 };
    }
    return null;
  } catch (err) {
    if (err instanceof BackupProblem) throw err;
    if (err instanceof NewerRegisterError) throw new BackupProblem('backupNewerApp');
    if (err instanceof WrongKeyError || err instanceof BackupFormatError) throw new BackupProblem('backupDamaged');
    throw new BackupProblem('backupDamaged');
  } finally {
    if (!handedOver) {
      db?.close();
      removeDbFiles(path);
    }
  }
}

export function verifyBackup(file: string, dataDir: string, currentKey: Buffer, t: (k: string) => string): BackupVerification {
  const result: BackupVerification = { file, intact: false, problem: null, createdAt: null, appVersion: null, schemaVersion: null, counts: null, sameRegister: false };
  try {
    const parsed = parseBackup(file);
    Object.assign(result, { createdAt: parsed.header.createdAt, appVersion: parsed.header.appVersion, schemaVersion: parsed.header.schemaVersion, counts: parsed.header.counts });
    try {
      checkDatabase(parsed, dataDir, currentKey, 'integrity_check');
    } catch (err) {
      // Undamaged (the SHA-256 holds) but not keyed for this register: it cannot be opened here.
      if (err instanceof BackupProblem && err.problem === 'backupOtherRegister') return { ...result, intact: true, problem: t('errors.backupOtherRegister') };
      throw err;
    }
    return { ...result, intact: true, sameRegister: true };
  } catch (err) {
    if (err instanceof BackupProblem) return { ...result, intact: false, problem: t(`errors.${err.problem}`) };
    throw err;
  }
}
