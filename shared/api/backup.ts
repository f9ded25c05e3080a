import { z } from 'zod';
import { method } from './define';
import * as f from './fields';

export const BACKUP_EXTENSION = 'arbk';

export interface BackupCounts {
  customers: number;
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

export interface BackupVerification {
  file: string;
  intact: boolean;
  /** Why not, translated; null when intact. */
  problem: string | null;
  createdAt: string | null;
  appVersion: string | null;
  schemaVersion: string | null;
  counts: BackupCounts | null;
  /** The backup was taken of this register (its authentication key matches). */
  sameRegister: boolean;
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
  'backup.restore': method<RestoreResult>()(z.object({ file: filePath, username: f.username, password: f.givenPassword }), 'manager'),
};
