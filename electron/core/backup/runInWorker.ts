// Starts the database worker for one task and resolves with its answer. In the packaged app the
// worker is out/main/dbWorker.cjs beside main.cjs (build/build-main.mjs); under Node with tsx
// (tests, the harness, the bench) it is the TypeScript source, loaded through tsx's API because a
// worker does not inherit the parent's --import hooks in Node 20.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WrongKeyError } from '../store/database';
import { NewerRegisterError } from '../store/migrations';
import type { WorkerAnswer, WorkerTask } from './workerTask';

const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));

function start(): Worker {
  const bundled = join(here, 'dbWorker.cjs');
  if (existsSync(bundled)) return new Worker(bundled);
  const source = join(here, 'dbWorker.ts');
  const boot = `import('tsx/esm/api').then((m) => m.tsImport(${JSON.stringify(source)}, ${JSON.stringify(pathToFileURL(source).href)}))`;
  return new Worker(boot, { eval: true });
}

/** The worker's errors come back by name; the two the callers tell apart are rebuilt. */
function revive(answer: Extract<WorkerAnswer, { ok: false }>): Error {
  if (answer.name === 'WrongKeyError') return new WrongKeyError(answer.message);
  if (answer.name === 'NewerRegisterError') return new NewerRegisterError(answer.message);
  return new Error(`${answer.name}: ${answer.message}`);
}

type Pending = { resolve(a: Extract<WorkerAnswer, { ok: true }>): void; reject(e: Error): void };

/** One worker per process, started on first use; it does not keep the process alive when idle. */
let worker: Worker | null = null;

/** Told when the worker itself fails (an error nobody caught in it): the core logs it in the
 * support log (support/events.ts). One per process, as the worker is. */
let workerErrorListener: ((err: Error) => void) | null = null;
export function onWorkerError(listener: ((err: Error) => void) | null): void {
  workerErrorListener = listener;
}
const pending = new Map<number, Pending>();
let nextId = 1;

function ensureWorker(): Worker {
  if (worker) return worker;
  const w = start();
  w.on('message', ({ id, answer }: { id: number; answer: WorkerAnswer }) => {
    const p = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) w.unref();
    if (!p) return;
    if (answer.ok) p.resolve(answer);
    else p.reject(revive(answer));
  });
  const failAll = (err: Error) => {
    if (worker === w) worker = null;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  w.on('error', (err) => {
    workerErrorListener?.(err);
    failAll(err);
  });
  w.on('exit', (code) => failAll(new Error(`database worker stopped (${code})`)));
  w.unref();
  worker = w;
  return w;
}

export function runInWorker(task: WorkerTask): Promise<Extract<WorkerAnswer, { ok: true }>> {
  return new Promise((resolve, reject) => {
    const w = ensureWorker();
    const id = nextId++;
    pending.set(id, { resolve, reject });
    w.ref();
    // An exact copy of the key goes over (a Buffer may sit in a shared pool, and the clone would
    // carry the whole pool across); our copy is wiped once the message has been cloned.
    const key = new Uint8Array(task.key);
    w.postMessage({ id, task: { ...task, key } });
    key.fill(0);
  });
}
