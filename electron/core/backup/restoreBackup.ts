// backup.restore: a backup becomes the register — but only after it has been proven good with a
// password that was valid in it. The current register is set aside (kept, named with the time),
// never deleted; if any step of the swap fails, everything is moved back.
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { RestoreResult } from '../../../shared/api/backup';
import type { BackupPhase } from '../../../shared/api/bridge';
import type { CoreState } from '../context';
import { fail } from '../errors';
import { appendAudit } from '../audit/auditLog';
import { recordAudit } from '../audit/record';
import { recordFailure, activeLock } from '../auth/lockout';
import { endSessionsOfUser } from '../auth/sessions';
import { formatInstant } from '../../../shared/format/dates';
import type { Language } from '../../../shared/api/fields';
import { Keyring, KeyringError, usernameLookup } from '../store/keyring';
import { openDatabase } from '../store/database';
import { fsyncDir, writeFileAtomic } from '../store/atomicFile';
import { removeDbFiles } from './snapshot';
import { ledgerPath } from '../ledger/ledger';
import { reconcileLedger } from '../ledger/reconcile';
import { carryOverAudit, journalFile, keepJournal, openJournal } from '../journal/keepJournal';
import { journalPath } from '../journal/journalFile';
import { BackupFormatError } from './backupFile';
import { emptyCarryOver } from '../journal/carryOver';
import { BackupProblem, checkDatabase, parseBackup } from './verify';

export async function restoreBackup(
  state: CoreState,
  input: { file: string; username: string; password: string; replaceRegister?: boolean },
  actor: { userId: number; username: string },
  lang: Language,
  progress?: (phase: BackupPhase, done: number, total: number) => void,
): Promise<RestoreResult> {
  const { paths } = state.register;
  let parsed;
  try {
    parsed = parseBackup(input.file);
  } catch (err) {
    if (err instanceof BackupProblem) throw fail('VALIDATION', err.problem, {}, { fields: { file: err.problem } });
    throw err;
  }

  // The password must be valid in the backup; a wrong one counts as a failed login here.
  const lookup = usernameLookup(input.username);
  const currentKeyring = state.register.keyring();
  // Another register's backup never replaces this one unless the manager confirmed exactly that
  // (said before any key derivation; proven again below from the authenticated keyring).
  const otherRegister = () => fail('CONFLICT', 'restoreOtherRegister', {}, { fields: { file: 'restoreOtherRegister' } });
  if (parsed.header.registerId !== currentKeyring.registerId && !input.replaceRegister) throw otherRegister();
  const locked = activeLock(currentKeyring.lockout(lookup), state.now());
  if (locked) throw fail('LOCKED', 'accountLocked', { until: formatInstant(locked.toISOString(), lang) });
  let backupKeyring: Keyring;
  try {
    backupKeyring = Keyring.parse(parsed.section('keyring').toString('utf8'), paths.keyring);
  } catch (err) {
    if (err instanceof KeyringError || err instanceof BackupFormatError) throw fail('VALIDATION', 'backupDamaged', {}, { fields: { file: 'backupDamaged' } });
    throw err;
  }
  const replacing = backupKeyring.registerId !== currentKeyring.registerId;
  if (replacing && !input.replaceRegister) throw otherRegister();
  const unlocked = await backupKeyring.unlockUser(lookup, input.password);
  if (!unlocked) {
    const lockedNow = recordFailure(currentKeyring, lookup, state.now());
    recordAudit(state, { action: 'restore.failed', userId: actor.userId, username: actor.username, details: { reason: 'wrong credentials for the backup' } });
    if (lockedNow) throw fail('LOCKED', 'accountLocked', { until: formatInstant(lockedNow.toISOString(), lang) });
    throw fail('AUTH_REQUIRED', 'wrongCredentials');
  }
  const key = unlocked.key;
  try {
    // The restored database, proven (SHA-256, MAC with the backup's own key), checked and ready
    // beside the live one (schema brought forward on the copy).
    let ready: { path: string; sha256: string };
    try {
      ready = (await checkDatabase(parsed, paths.dir, key, 'quick_check', {
        keep: true,
        progress: (done, total) => (done < total ? progress?.('readBack', done, total) : progress?.('check', 0, 0)),
      }))!;
    } catch (err) {
      // A MAC that fails under the backup's own key means the bytes were altered.
      const problem = err instanceof BackupProblem ? (err.problem === 'backupOtherRegister' ? 'backupDamaged' : err.problem) : null;
      if (problem) throw fail('VALIDATION', problem, {}, { fields: { file: problem } });
      throw err;
    }
    const counts = parsed.header.counts; // checkDatabase proved the database has exactly these

    recordAudit(state, { action: 'backup.restore', userId: actor.userId, username: actor.username, details: { file: input.file.split(/[\\/]/).pop(), backupCreatedAt: parsed.header.createdAt, replacedOtherRegister: replacing } });
    // Everyone is logged out: the register they were in is about to be set aside.
    for (const s of [...state.sessions.values()]) endSessionsOfUser(state, s.userId);
    state.register.closeDb();

    const stamp = state.now().toISOString().replace(/[:.]/g, '-');
    const aside = join(paths.dir, `replaced-${stamp}`);
    mkdirSync(aside, { mode: 0o700 });
    const moved: [string, string][] = [];
    const move = (from: string, to: string) => {
      renameSync(from, to);
      moved.push([from, to]);
    };
    try {
      for (const suffix of ['', '-wal', '-shm']) {
        if (existsSync(paths.database + suffix)) move(paths.database + suffix, join(aside, `register.db${suffix}`));
      }
      move(paths.keyring, join(aside, 'keyring.json'));
      // The erasure ledger and request journal beside the register are this register's own: when
      // another register replaces it they go aside with it, and the backup's ledger takes their place.
      if (replacing) {
        for (const twin of [ledgerPath(paths.dir), journalPath(paths.dir)]) if (existsSync(twin)) move(twin, join(aside, basename(twin)));
      }
      writeFileSync(join(aside, 'README.txt'), `Register replaced by a restore at ${state.now().toISOString()}.\n`);
      move(ready.path, paths.database);
      writeFileAtomic(paths.keyring, parsed.section('keyring'));
      fsyncDir(paths.dir);
    } catch (err) {
      // Put everything back exactly as it was.
      if (existsSync(paths.keyring) && moved.some(([from]) => from === paths.keyring)) removeDbFiles(paths.keyring);
      for (const [from, to] of moved.reverse()) if (existsSync(to)) renameSync(to, from);
      removeDbFiles(ready.path);
      state.register.reloadKeyring();
      throw fail('INTERNAL', 'restoreFailed', { reason: String((err as NodeJS.ErrnoException).code ?? 'io').slice(0, 40) });
    }
    state.register.reloadKeyring();

    // The restored register's own log says it was restored, and by whom.
    const restored = openDatabase(paths.database, key, { create: false });
    let reapplied = 0;
    let requestLog = emptyCarryOver();
    try {
      // Erasures made after this backup was taken are applied again before anyone logs in.
      const registerId = state.register.keyring().registerId;
      if (!existsSync(ledgerPath(paths.dir)) && parsed.header.sections.some((s) => s.name === 'ledger')) {
        writeFileAtomic(ledgerPath(paths.dir), parsed.section('ledger'));
      }
      // Requests logged, decided and answered after the backup was taken come back from the request
      // journal first, so that the erasures applied again next find their requests.
      const journal = journalFile(paths.dir, key, registerId);
      requestLog = openJournal(restored, journal, state.now());
      reapplied = reconcileLedger(restored, paths.dir, key, registerId, state.now()).reapplied;
      keepJournal(restored, journal, state.now());
      appendAudit(restored, {
        at: state.now().toISOString(),
        action: 'register.restored',
        username: actor.username,
        details: {
          backupCreatedAt: parsed.header.createdAt,
          previousKeptIn: aside.split(/[\\/]/).pop(),
          erasuresReapplied: reapplied,
          requestLog: carryOverAudit(requestLog),
          ...(replacing ? { replacedOtherRegister: currentKeyring.registerId } : {}),
        },
      });
      // The backup it came from is the restored register's latest verified backup: without this
      // row the status bar would warn "no backups" right after a restore.
      restored
        .prepare('INSERT INTO backups (at, folder, file, size, sha256, user_id, counts, verified) VALUES (?, ?, ?, ?, ?, NULL, ?, 1)')
        .run(parsed.header.createdAt, dirname(input.file), basename(input.file), statSync(input.file).size, ready.sha256, JSON.stringify(parsed.header.counts));
      restored.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      restored.close();
    }
    return { restoredFrom: input.file, backupCreatedAt: parsed.header.createdAt, counts, previousKeptIn: aside, erasuresReapplied: reapplied, requestLog, replacedOtherRegister: replacing };
  } finally {
    key.fill(0);
  }
}
