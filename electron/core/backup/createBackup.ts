// backup.create: snapshot -> one authenticated file on the stick (temporary name, fsync, rename,
// never over an existing backup) -> read back and verified -> recorded. Only then "done".
// The snapshot is checked (opened with the key, quick_check, counts) where it is made; the copy on
// the stick is then read back in full and must hash to exactly what was written, with a valid MAC.
import { accessSync, constants, existsSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { ledgerPath } from '../ledger/ledger';
import { resolve } from 'node:path';
import { BACKUP_EXTENSION, type BackupCounts, type BackupFolderCheck, type BackupResult } from '../../../shared/api/backup';
import { APP_VERSION } from '../../../shared/version';
import type { CoreState } from '../context';
import { fail } from '../errors';
import { writeSetting } from '../settings/settingsRepo';
import { backupFileName, writeBackupFile, type WriteHook } from './backupFile';
import { nameInFolder, pruneOld } from './pruneOld';
import type { BackupPhase } from '../../../shared/api/bridge';
import { removeDbFiles, tempPath } from './snapshot';
import { runInWorker } from './runInWorker';
import { parseBackup, BackupProblem } from './verify';
import { backupSettings } from './backupSettings';

export function checkFolder(state: CoreState, folder: string): BackupFolderCheck {
  const path = resolve(folder);
  let exists = false;
  let writable = false;
  let sameDiskAsRegister = false;
  try {
    const st = statSync(path);
    exists = st.isDirectory();
    sameDiskAsRegister = st.dev === statSync(state.register.paths.dir).dev;
    accessSync(path, constants.W_OK);
    writable = exists;
  } catch {
    /* answered by the flags */
  }
  return { folder: path, exists, writable, sameDiskAsRegister };
}

export async function createBackup(
  state: CoreState,
  folder: string,
  userId: number,
  hooks: { fault?: WriteHook | undefined; progress?: ((phase: BackupPhase, done: number, total: number) => void) | undefined } = {},
): Promise<BackupResult> {
  const check = checkFolder(state, folder);
  if (!check.exists) throw fail('VALIDATION', 'backupFolderMissing', {}, { fields: { folder: 'backupFolderMissing' } });
  if (!check.writable) throw fail('VALIDATION', 'backupFolderNotWritable', {}, { fields: { folder: 'backupFolderNotWritable' } });
  const key = state.register.dataKey();
  const createdAt = state.now();
  const snapshot = tempPath(state.register.paths.dir, 'snapshot');
  try {
    // The snapshot on the worker's own connection; the window stays usable.
    hooks.progress?.('snapshot', 0, 0);
    const taken = await runInWorker({ op: 'snapshot', source: state.register.paths.database, target: snapshot, key });
    // Its quick_check runs on the worker while this thread writes it out (two cores, both busy).
    const checked = runInWorker({ op: 'checkSnapshot', path: snapshot, key }).then(
      (a) => a.sound,
      () => false,
    );
    // The header's counts are the snapshot's own (writes may go on in the register meanwhile).
    const counts = taken.counts;
    const keyring = readFileSync(state.register.paths.keyring);
    // The erasure ledger travels with every backup (a restore elsewhere still knows the erasures).
    const ledgerFile = ledgerPath(state.register.paths.dir);
    const ledger = existsSync(ledgerFile) ? readFileSync(ledgerFile) : Buffer.alloc(0);

    let written: { path: string; sha256: string; size: number };
    try {
      written = await writeBackupFile(
        check.folder,
        backupFileName(createdAt, BACKUP_EXTENSION),
        { format: 1, appVersion: APP_VERSION, schemaVersion: taken.schemaVersion, createdAt: createdAt.toISOString(), registerId: state.register.keyring().registerId, counts },
        [
          { name: 'database', file: snapshot },
          { name: 'keyring', data: keyring },
          { name: 'ledger', data: ledger },
        ],
        key,
        { fault: hooks.fault, progress: (done, total) => hooks.progress?.('write', done, total) },
      );
    } catch (err) {
      await checked; // the worker is done with the snapshot before it is removed
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      throw fail('INTERNAL', 'backupWriteFailed', { reason: String(code).slice(0, 60) });
    }
    if (!(await checked)) {
      unlinkSync(written.path);
      throw fail('INTERNAL', 'backupVerifyFailed');
    }

    // Read it back from the stick before saying anything: every byte must be what was written.
    try {
      const scanned = await parseBackup(written.path).scan({ key, progress: (done, total) => hooks.progress?.('readBack', done, total) });
      if (!scanned.intact || !scanned.authentic || scanned.sha256 !== written.sha256) throw new BackupProblem('backupDamaged');
    } catch (err) {
      if (err instanceof BackupProblem) {
        unlinkSync(written.path);
        throw fail('INTERNAL', 'backupVerifyFailed');
      }
      throw err;
    }
    return record(state, check, createdAt, counts, written, userId);
  } finally {
    removeDbFiles(snapshot);
  }
}

function record(state: CoreState, check: BackupFolderCheck, createdAt: Date, counts: BackupCounts, written: { path: string; sha256: string; size: number }, userId: number): BackupResult {
  const db = state.register.db();
  const fileName = nameInFolder(check.folder, written.path);
  db.transaction(() => {
    db.prepare('INSERT INTO backups (at, folder, file, size, sha256, user_id, counts, verified) VALUES (?, ?, ?, ?, ?, ?, ?, 1)').run(
      createdAt.toISOString(),
      check.folder,
      fileName,
      written.size,
      written.sha256,
      userId,
      JSON.stringify(counts),
    );
    writeSetting(db, 'backup.lastFolder', check.folder);
  })();

  const removedOld = pruneOld(check.folder, backupSettings(db).keepNewest, fileName, state.register.keyring().registerId);
  return { file: fileName, folder: check.folder, size: written.size, sha256: written.sha256, createdAt: createdAt.toISOString(), counts, verified: true, sameDiskAsRegister: check.sameDiskAsRegister, removedOld };
}
