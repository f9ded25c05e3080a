import { z } from 'zod';
import { method } from './define';
import * as f from './fields';

export const BACKUP_EXTENSION = 'arbk';

export interface BackupCounts {
  /** People in the register: an erased person's tombstone is not counted here. */
  customers: number;
  /** Tombstones of erased people (kept for the orders and invoices that point at them). Missing in
   * the headers of backups made before it was counted apart, whose `customers` includes them. */
  erasedCustomers?: number;
  organizations: number;
  users: number;
  auditEntries: number;
  invoices: number;
}

export interface BackupFolderCheck {
  folder: string;
  exists: boolean;
  writable: boolean;
  /** The folder is on the same disk as the register: a backup there does not survive the disk. */
  sameDiskAsRegister: boolean;
}

export interface BackupResult {
  file: string;
  folder: string;
  size: number;
  sha256: string;
  createdAt: string;
  counts: BackupCounts;
  verified: true;
  sameDiskAsRegister: boolean;
  /** Older backups removed from the folder by the keep-newest setting. */
  removedOld: string[];
}

/** Why a backup file cannot be used (errors.<code> says it to the user). */
export type BackupProblemCode = 'backupForeign' | 'backupDamaged' | 'backupNewerFormat' | 'backupNewerApp' | 'backupOtherRegister' | 'backupFileMissing' | 'backupNotAFile' | 'backupPathInvalid' | 'backupUnreadable';

export interface BackupVerification {
  file: string;
  intact: boolean;
  /** Why not, translated; null when intact. */
  problem: string | null;
  /** The same, as a code for the screen to reason with; null when intact. */
  problemCode: BackupProblemCode | null;
  createdAt: string | null;
  appVersion: string | null;
  schemaVersion: string | null;
  counts: BackupCounts | null;
  /**
   * The backup was taken of this register (its authentication key matches): true or false only
   * when the MAC could be checked; null when it could not be told — a damaged file (a flipped bit
   * fails the MAC of any key alike), or one this version cannot read.
   */
  sameRegister: boolean | null;
}

export interface BackupHistoryRow {
  id: number;
  at: string;
  folder: string;
  file: string;
  size: number;
  sha256: string;
  byName: string | null;
  verified: boolean;
}

export interface BackupStatus {
  lastVerifiedAt: string | null;
  lastFolder: string | null;
  /** Working days (Mon–Fri) since the last verified backup; null if there is none. */
  workingDaysSince: number | null;
  warn: boolean;
  warnAfterWorkingDays: number;
  keepNewest: number;
}

export interface RestoreResult {
  restoredFrom: string;
  backupCreatedAt: string;
  counts: BackupCounts;
  /** Where the register that was replaced now lies (kept, never deleted). */
  previousKeptIn: string;
  /** Erasures made after the backup was taken, applied again from the erasure ledger. */
  erasuresReapplied: number;
  /** The signed-request log's work done after the backup was taken, carried over from the request
   * journal beside the register. */
  requestLog: RequestLogCarryOver;
  /** The backup was of another register (another PC's, say) and replaced this one, as confirmed. */
  replacedOtherRegister: boolean;
}

/** What a restore carried over from the request journal into the restored register. */
export interface RequestLogCarryOver {
  /** Requests logged or changed after the backup was taken. */
  requests: number;
  /** Of them, those decided (completed, partly completed, refused) after the backup was taken. */
  decisions: number;
  /** Events of the hash-chained log carried over, verbatim. */
  events: number;
  /** Documents issued (hash, code, kind; a stored copy only where one was kept). */
  documents: number;
  /** Scans of signed requests. */
  attachments: number;
  /** What could not be carried over — listed for the manager, never dropped silently. */
  notCarried: NotCarriedItem[];
  /** Carried over, but a link to something the restored register does not hold was cleared. */
  linksCleared: ClearedLink[];
}

export interface NotCarriedItem {
  kind: 'event' | 'request' | 'document' | 'attachment';
  requestNumber: string | null;
  /** The log event's name, or the document's kind, or the scan's file name. */
  what: string;
  at: string | null;
  /** diverged: the journal and the restored register disagree about the log's history;
   * conflict: the restored register holds something else in its place. */
  reason: 'diverged' | 'conflict';
}

export interface ClearedLink {
  requestNumber: string | null;
  /** customer: the request's customer is not in the restored register; staff: a staff account
   * that checked identity or issued a document is not in it. */
  link: 'customer' | 'staff';
}

const folderPath = z.string().trim().min(1, { message: 'errors.required' }).max(1000, { message: 'errors.tooLong' });
const filePath = z.string().trim().min(1, { message: 'errors.required' }).max(1000, { message: 'errors.tooLong' });

export const backupContract = {
  'backup.checkFolder': method<BackupFolderCheck>()(z.object({ folder: folderPath }), 'user'),
  'backup.create': method<BackupResult>()(z.object({ folder: folderPath }), 'user'),
  'backup.verify': method<BackupVerification>()(z.object({ file: filePath }), 'user'),
  'backup.history': method<BackupHistoryRow[]>()(z.object({ limit: z.number().int().min(1).max(500).default(50) }), 'user'),
  'backup.status': method<BackupStatus>()(z.object({}), 'user'),
  'backup.updateSettings': method<BackupStatus>()(
    z.object({ warnAfterWorkingDays: z.number().int().min(1).max(60).optional(), keepNewest: z.number().int().min(0).max(100).optional() }),
    'manager',
  ),
  // replaceRegister: the manager's separate confirmation that a backup of another register (a new
  // PC after a broken disk, say) may replace this one; without it such a restore is refused.
  'backup.restore': method<RestoreResult>()(z.object({ file: filePath, username: f.username, password: f.givenPassword, replaceRegister: z.boolean().default(false) }), 'manager'),
};
