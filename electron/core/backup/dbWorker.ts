// The long database work of a backup, a verify or a restore, on its own thread with its own
// connection: a ten-year register is ~500 MB, and VACUUM INTO or integrity_check over it takes
// many seconds — the window (served by the main thread) must stay responsive and show progress
// meanwhile. The thread stays for the next task (starting one under tsx costs a second or two).
import { statSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { openDatabase, openReadOnly, type Db } from '../store/database';
import { schemaVersion } from '../store/migrations';
import { countsOf } from './snapshot';
import type { WorkerAnswer, WorkerTask } from './workerTask';

// integrity_check looks every row up in each of its indexes: with a cache smaller than the file,
// pages are read (and decrypted) again and again. A file of up to 128 MiB gets a cache that holds
// it whole: a 100 000-customer register's (99 MiB) full check took 5.2–5.5 s with the usual
// 64 MiB, 3.9–4.0 s so. Larger files keep the usual cache (the memory would not buy a whole fit).
const WHOLE_FILE_CACHE_UP_TO = 128 * 1024 * 1024;

function cacheForCheck(db: Db, path: string): void {
  const bytes = statSync(path).size;
  if (bytes > WHOLE_FILE_CACHE_UP_TO) return;
  db.pragma(`cache_size=-${Math.max(65536, Math.ceil(bytes / 1024) + 4096)}`);
}

function describe(db: Db, sound: boolean): WorkerAnswer {
  return { ok: true, sound, counts: countsOf(db), schemaVersion: schemaVersion(db) };
}

function run(task: WorkerTask, key: Buffer): WorkerAnswer {
  if (task.op === 'snapshot') {
    const live = openDatabase(task.source, key, { create: false });
    try {
      // VACUUM INTO reads the register front to back: a big cache buys nothing, and this thread's
      // memory comes on top of the main connection's while the shop keeps working.
      live.pragma('cache_size=-8192');
      live.prepare('VACUUM INTO ?').run(task.target);
    } finally {
      live.close();
    }
    const snapshot = openReadOnly(task.target, key);
    try {
      return describe(snapshot, true);
    } finally {
      snapshot.close();
    }
  }
  if (task.op === 'checkSnapshot') {
    const snapshot = openReadOnly(task.path, key);
    try {
      cacheForCheck(snapshot, task.path);
      return describe(snapshot, snapshot.pragma('quick_check', { simple: true }) === 'ok');
    } finally {
      snapshot.close();
    }
  }
  const db = openDatabase(task.path, key, { create: false });
  try {
    cacheForCheck(db, task.path);
    const answer = describe(db, db.pragma(task.check, { simple: true }) === 'ok');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return answer;
  } finally {
    db.close();
  }
}

// Tasks arrive one message each, with an id the answer carries back.
parentPort!.on('message', ({ id, task }: { id: number; task: WorkerTask }) => {
  const key = Buffer.from(task.key.buffer, task.key.byteOffset, task.key.byteLength);
  let answer: WorkerAnswer;
  try {
    answer = run(task, key);
  } catch (err) {
    answer = { ok: false, name: (err as Error).constructor?.name ?? 'Error', message: String((err as Error).message ?? err) };
  } finally {
    key.fill(0);
  }
  parentPort!.postMessage({ id, answer: answer! });
});
