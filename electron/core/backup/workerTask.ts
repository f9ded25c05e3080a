// What the database worker (dbWorker.ts) is asked to do and what it answers. Kept apart from the
// worker's entry so the main thread can import the types without running the worker's code.
import type { BackupCounts } from '../../../shared/api/backup';

export type Check = 'integrity_check' | 'quick_check';

export type WorkerTask =
  /** VACUUM INTO `target` from the live register at `source`; counts and schema of the result. */
  | { op: 'snapshot'; source: string; target: string; key: Uint8Array }
  /** A fresh snapshot, read-only: quick_check (while the main thread writes it to the stick). */
  | { op: 'checkSnapshot'; path: string; key: Uint8Array }
  /** Opens an extracted backup database (older schema brought forward), runs `check`, counts. */
  | { op: 'check'; path: string; key: Uint8Array; check: Check };

export type WorkerAnswer =
  | { ok: true; sound: boolean; counts: BackupCounts; schemaVersion: string }
  | { ok: false; name: string; message: string };
