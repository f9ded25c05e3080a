// Reading a backup back: structure and SHA-256 (damage), HMAC (this register or not), then the
// database itself — opened with the key, integrity_check, counts against the header.
import type { BackupVerification } from '../../../shared/api/backup';
import { MIGRATIONS, NewerRegisterError } from '../store/migrations';
import { WrongKeyError } from '../store/database';
import { BackupFormatError, readBackupFile, type ParsedBackup } from './backupFile';
import { countsOf, openSnapshot, removeDbFiles, type Check } from './snapshot';

export type VerifyProblem = 'backupForeign' | 'backupDamaged' | 'backupNewerFormat' | 'backupNewerApp' | 'backupOtherRegister' | 'backupFileMissing';

export class BackupProblem extends Error {
  constructor(readonly problem: VerifyProblem) {
    super(problem);
  }
}

/** Parses and checks what can be checked without a key; throws BackupProblem. */
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
 * Opens the database inside a backup with `key` (a temporary copy: integrity_check, older schema
 * brought forward) and checks it against the header's counts. Returns the open copy to a caller
 * that wants to keep it (restore); otherwise closes and removes it.
 */
export function checkDatabase(parsed: ParsedBackup, dataDir: string, key: Buffer, check: Check, keep = false): ReturnType<typeof openSnapshot> | null {
  let opened: ReturnType<typeof openSnapshot> | null = null;
  try {
    opened = openSnapshot(parsed.section('database'), dataDir, key, check);
    const counts = countsOf(opened.db);
    if (JSON.stringify(counts) !== JSON.stringify(parsed.header.counts)) throw new BackupProblem('backupDamaged');
    if (keep) {
      const kept = opened;
      opened = null;
      return kept;
    }
    return null;
  } catch (err) {
    if (err instanceof BackupProblem) throw err;
    if (err instanceof NewerRegisterError) throw new BackupProblem('backupNewerApp');
    if (err instanceof WrongKeyError || err instanceof BackupFormatError) throw new BackupProblem('backupDamaged');
    throw new BackupProblem('backupDamaged');
  } finally {
    if (opened) {
      opened.db.close();
      removeDbFiles(opened.path);
    }
  }
}

export function verifyBackup(file: string, dataDir: string, currentKey: Buffer, t: (k: string) => string): BackupVerification {
  const result: BackupVerification = { file, intact: false, problem: null, createdAt: null, appVersion: null, schemaVersion: null, counts: null, sameRegister: false };
  try {
    const parsed = parseBackup(file);
    Object.assign(result, { createdAt: parsed.header.createdAt, appVersion: parsed.header.appVersion, schemaVersion: parsed.header.schemaVersion, counts: parsed.header.counts });
    if (!parsed.authenticates(currentKey)) {
      // Undamaged (the SHA-256 holds) but not keyed for this register: it cannot be opened here.
      return { ...result, intact: true, problem: t('errors.backupOtherRegister') };
    }
    checkDatabase(parsed, dataDir, currentKey, 'integrity_check');
    return { ...result, intact: true, sameRegister: true };
  } catch (err) {
    if (err instanceof BackupProblem) return { ...result, intact: false, problem: t(`errors.${err.problem}`) };
    throw err;
  }
}
