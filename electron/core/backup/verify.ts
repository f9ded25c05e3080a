// Reading a backup back: structure (header), then one streamed pass for the SHA-256 (damage) and
// the HMAC (this register or not) that also extracts the database, then the database itself —
// opened with the key, integrity_check, counts against the header.
import type { BackupProblemCode, BackupVerification } from '../../../shared/api/backup';
import { MIGRATIONS, NewerRegisterError } from '../store/migrations';
import { WrongKeyError } from '../store/database';
import { Keyring } from '../store/keyring';
import { BackupFormatError, readBackupFile, type ParsedBackup } from './backupFile';
import { countsMatch, removeDbFiles, tempPath, type Check } from './snapshot';
import { runInWorker } from './runInWorker';
import type { Progress } from './backupFile';

export type VerifyProblem = BackupProblemCode;

export class BackupProblem extends Error {
  /** Whether the file's MAC proved it a backup of this register: known only once the SHA-256 held. */
  constructor(
    readonly problem: VerifyProblem,
    readonly sameRegister: boolean | null = null,
  ) {
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
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new BackupProblem('backupFileMissing');
    if (code === 'EISDIR' || code === 'ENXIO' || code === 'ENODEV') throw new BackupProblem('backupNotAFile');
    if (code === 'ENAMETOOLONG' || code === 'EINVAL' || code === 'ERR_INVALID_ARG_VALUE' || code === 'ERR_INVALID_ARG_TYPE') throw new BackupProblem('backupPathInvalid');
    // No permission, in use, a loop of links, an I/O error on a failing stick: said, not INTERNAL.
    if (/^E[A-Z]+$/.test(code)) throw new BackupProblem('backupUnreadable');
    throw err;
  }
  const known = MIGRATIONS.map((m) => m.id);
  if (parsed.header.schemaVersion && !known.includes(parsed.header.schemaVersion)) throw new BackupProblem('backupNewerApp');
  return parsed;
}

/**
 * Proves the file (SHA-256, then the HMAC with `key`: a backup of the register this key opens),
 * extracting its database on the way, then has the database worker open that with `key` (older
 * schema brought forward on the copy), run `check` and count; the counts must match the header.
 * Returns the extracted file to a caller that keeps it (restore); otherwise removes it.
 * Throws BackupProblem.
 */
export async function checkDatabase(parsed: ParsedBackup, dataDir: string, key: Buffer, check: Check, options: { keep?: boolean; progress?: Progress } = {}): Promise<{ path: string; sha256: string } | null> {
  const path = tempPath(dataDir, 'restore');
  let handedOver = false;
  // What the MAC said, once the scan has run: a later failure (the database inside) keeps it.
  let authentic: boolean | null = null;
  try {
    const scanned = await parsed.scan({ key, extract: { section: 'database', to: path }, progress: options.progress });
    if (!scanned.intact) throw new BackupProblem('backupDamaged');
    if (!scanned.authentic) throw new BackupProblem('backupOtherRegister', false);
    authentic = true;
    const opened = await runInWorker({ op: 'check', path, key, check });
    // Intact and authentic, yet the database inside does not hold: ours, but damaged before it was sealed.
    if (!opened.sound || !countsMatch(opened.counts, parsed.header.counts)) throw new BackupProblem('backupDamaged', authentic);
    if (options.keep) {
      handedOver = true;
      return { path, sha256: scanned.sha256 };
    }
    return null;
  } catch (err) {
    if (err instanceof BackupProblem) throw err;
    if (err instanceof NewerRegisterError) throw new BackupProblem('backupNewerApp', authentic);
    if (err instanceof WrongKeyError || err instanceof BackupFormatError) throw new BackupProblem('backupDamaged', authentic);
    throw new BackupProblem('backupDamaged', authentic);
  } finally {
    if (!handedOver) removeDbFiles(path);
  }
}

/** Whether the backup's keyring parses with only allowed key slots and names another register. */
function usableKeyring(parsed: ParsedBackup, currentRegisterId: string): boolean {
  try {
    const ring = Keyring.parse(parsed.section('keyring').toString('utf8'), '');
    // Our own register's id with a MAC that fails under our key: altered, not another register's.
    return ring.registerId === parsed.header.registerId && ring.registerId !== currentRegisterId;
  } catch {
    return false;
  }
}

export async function verifyBackup(file: string, dataDir: string, currentKey: Buffer, currentRegisterId: string, t: (k: string) => string, progress?: Progress): Promise<BackupVerification> {
  // sameRegister stays null (cannot tell) unless the MAC was checked: a damaged file fails it for
  // every key, so a failed MAC on a damaged file says nothing about whose backup it is.
  const result: BackupVerification = { file, intact: false, problem: null, problemCode: null, createdAt: null, appVersion: null, schemaVersion: null, counts: null, sameRegister: null };
  try {
    const parsed = parseBackup(file);
    Object.assign(result, { createdAt: parsed.header.createdAt, appVersion: parsed.header.appVersion, schemaVersion: parsed.header.schemaVersion, counts: parsed.header.counts });
    try {
      await checkDatabase(parsed, dataDir, currentKey, 'integrity_check', { progress });
    } catch (err) {
      // Undamaged (the SHA-256 holds) but not keyed for this register: it cannot be opened here.
      // Another register's backup only if its keyring is one this app could have written (a crafted
      // one — unknown key-derivation cost, missing slots — is not a usable backup of anything).
      if (err instanceof BackupProblem && err.problem === 'backupOtherRegister' && !usableKeyring(parsed, currentRegisterId)) {
        return { ...result, intact: false, sameRegister: null, problem: t('errors.backupDamaged'), problemCode: 'backupDamaged' };
      }
      if (err instanceof BackupProblem && err.problem === 'backupOtherRegister') return { ...result, intact: true, sameRegister: false, problem: t('errors.backupOtherRegister'), problemCode: 'backupOtherRegister' };
      throw err;
    }
    return { ...result, intact: true, sameRegister: true };
  } catch (err) {
    if (err instanceof BackupProblem) return { ...result, intact: false, sameRegister: err.sameRegister, problem: t(`errors.${err.problem}`), problemCode: err.problem };
    throw err;
  }
}
