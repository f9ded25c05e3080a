// backup.*: one click to a USB stick, verified; history and reminders; restore by a manager.
import { translator } from '../../../shared/i18n/translate';
import { helsinkiDate } from '../../../shared/format/dates';
import type { BackupHistoryRow, BackupStatus } from '../../../shared/api/backup';
import type { CoreState, HandlerContext, HandlerMap } from '../context';
import type { BackupPhase } from '../../../shared/api/bridge';
import { fail } from '../errors';
import { sessionOf } from '../context';
import { recordAudit } from '../audit/record';
import { writeSetting } from '../settings/settingsRepo';
import { backupSettings } from './backupSettings';
import { checkFolder, createBackup } from './createBackup';
import { restoreBackup } from './restoreBackup';
import { verifyBackup } from './verify';
import { fullWorkingDaysBetween } from './workingDays';
import { staffMayUse } from './staffFolders';
import { dirname, resolve } from 'node:path';
import { statSync } from 'node:fs';
import { loggedOperation } from '../support/events';

/** The last verified backup and whether its age warrants a warning (also read by home.duties). */
export function backupStatus(state: CoreState): BackupStatus {
  const db = state.register.db();
  const s = backupSettings(db);
  const last = db.prepare('SELECT at FROM backups WHERE verified = 1 ORDER BY at DESC LIMIT 1').get() as { at: string } | undefined;
  const days = last ? fullWorkingDaysBetween(helsinkiDate(new Date(last.at)), helsinkiDate(state.now())) : null;
  return {
    lastVerifiedAt: last?.at ?? null,
    lastFolder: s.lastFolder,
    workingDaysSince: days,
    warn: days === null || days >= s.warnAfterWorkingDays,
    warnAfterWorkingDays: s.warnAfterWorkingDays,
    keepNewest: s.keepNewest,
  };
}

/**
 * One backup, verify or restore at a time per register: they run on a worker while the window
 * stays usable, and a restore swapping files under a running backup would corrupt both.
 */
const running = new WeakSet<CoreState>();

/** A backup, verify or restore is under way (quitting asks first). */
export function backupRunning(state: CoreState): boolean {
  return running.has(state);
}
async function exclusive<T>(state: CoreState, work: () => Promise<T>): Promise<T> {
  if (running.has(state)) throw fail('CONFLICT', 'backupBusy');
  running.add(state);
  try {
    return await work();
  } finally {
    running.delete(state);
  }
}

/** Progress to the calling window, at most every 1 % (or on a change of step). */
function progressTo(ctx: HandlerContext): (phase: BackupPhase, done: number, total: number) => void {
  let last = { phase: '', percent: -1 };
  return (phase, done, total) => {
    const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
    if (phase === last.phase && percent === last.percent) return;
    last = { phase, percent };
    ctx.state.emit(ctx.clientId, { type: 'backup-progress', phase, done, total });
  };
}

/** Staff back up to a stick or the shop's backup folder only, and cannot probe other folders:
 * refused before the folder is even looked at (staffFolders.ts). */
function staffFolderGuard(ctx: HandlerContext, folder: string, field: 'folder' | 'file'): void {
  if (sessionOf(ctx).role === 'manager') return;
  if (!staffMayUse(ctx.state, resolve(folder), ctx.state.staffFolders)) throw fail('FORBIDDEN', 'backupFolderStaff', {}, { fields: { [field]: 'backupFolderStaff' } });
}

/** A backup file's size for the support log (the log never names the file). */
function fileSize(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}

export const backupHandlers: HandlerMap = {
  'backup.checkFolder': ({ folder }, ctx) => {
    staffFolderGuard(ctx, folder, 'folder');
    return checkFolder(ctx.state, folder);
  },

  'backup.create': ({ folder }, ctx) =>
    exclusive(ctx.state, async () => {
      staffFolderGuard(ctx, folder, 'folder');
      const me = sessionOf(ctx);
      const result = await loggedOperation(ctx.state, 'backup', () => createBackup(ctx.state, folder, me.userId, { fault: ctx.state.faults?.backupWrite, progress: progressTo(ctx) }), (r) => r.size);
      recordAudit(ctx.state, { action: 'backup.create', userId: me.userId, username: me.username, details: { file: result.file, size: result.size, sha256: result.sha256 } });
      return result;
    }),

  'backup.verify': ({ file }, ctx) => exclusive(ctx.state, async () => {
    staffFolderGuard(ctx, dirname(resolve(file)), 'file');
    const progress = progressTo(ctx);
    const result = await loggedOperation(ctx.state, 'verify', () => verifyBackup(file, ctx.state.register.paths.dir, ctx.state.register.dataKey(), ctx.state.register.keyring().registerId, translator(ctx.lang), (done, total) =>
      done < total ? progress('readBack', done, total) : progress('check', 0, 0),
    ), () => fileSize(file));
    const me = sessionOf(ctx);
    recordAudit(ctx.state, { action: 'backup.verify', userId: me.userId, username: me.username, details: { file: file.split(/[\\/]/).pop(), intact: result.intact } });
    return result;
  }),

  'backup.history': ({ limit }, { state }) =>
    state.register
      .db()
      .prepare(
        `SELECT b.id, b.at, b.folder, b.file, b.size, b.sha256, u.full_name AS byName, b.verified = 1 AS verified
         FROM backups b LEFT JOIN users u ON u.id = b.user_id ORDER BY b.at DESC LIMIT ?`,
      )
      .all(limit)
      .map((r) => ({ ...(r as BackupHistoryRow), verified: (r as { verified: number }).verified === 1 })),

  'backup.status': (_p, { state }) => backupStatus(state),

  'backup.updateSettings': ({ warnAfterWorkingDays, keepNewest }, ctx) => {
    const db = ctx.state.register.db();
    db.transaction(() => {
      if (warnAfterWorkingDays !== undefined) writeSetting(db, 'backup.warnAfterWorkingDays', warnAfterWorkingDays);
      if (keepNewest !== undefined) writeSetting(db, 'backup.keepNewest', keepNewest);
      const me = sessionOf(ctx);
      recordAudit(ctx.state, { action: 'settings.update', userId: me.userId, username: me.username, details: { keys: ['backup'] } });
    })();
    return backupStatus(ctx.state);
  },

  'backup.restore': (input, ctx) =>
    exclusive(ctx.state, () => loggedOperation(ctx.state, 'restore', () => restoreBackup(ctx.state, input, sessionOf(ctx), ctx.lang, progressTo(ctx)), () => fileSize(input.file))),
};
