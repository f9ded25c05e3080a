// The support log's events, one function each, so that what can be written is decided here and
// nowhere else: callers hand over an error or a number, never text of their own.
import type { CoreState } from '../context';
import { newReference } from './reference';
import { summarizeError } from './scrub';
import type { SupportLog } from './supportLog';

/** Calls slower than this are logged (method name and duration only). */
export const SLOW_CALL_MS = 500;

export type ErrorOrigin = 'call' | 'main' | 'core' | 'worker' | 'renderer';

/** Logs an unexpected error under a new reference number and returns it (for the user to quote). */
export function logUnexpected(log: SupportLog | undefined, origin: ErrorOrigin, err: unknown, fields: { method?: string; kind?: string } = {}): string {
  const reference = newReference();
  log?.write('ERROR', `error.${origin}`, { ref: reference, ...fields }, summarizeError(err));
  return reference;
}

export function logSlowCall(log: SupportLog | undefined, method: string, ms: number): void {
  log?.write('WARN', 'call.slow', { method, ms: Math.round(ms) });
}

export function logLifecycle(log: SupportLog | undefined, event: 'app.start' | 'app.stop', info: { version?: string; platform?: string } = {}): void {
  log?.write('INFO', event, { version: info.version, platform: info.platform ?? process.platform, arch: process.arch, node: process.versions.node });
}

export type Operation = 'backup' | 'restore' | 'verify';

/**
 * Runs a backup, restore or check and logs started / finished (duration, size) / failed
 * (duration, error class and code) — never the file or folder, which the user named.
 */
export async function loggedOperation<T>(state: CoreState, op: Operation, work: () => Promise<T>, sizeOf: (result: T) => number | undefined): Promise<T> {
  const log = state.supportLog;
  const started = performance.now();
  log?.write('INFO', `${op}.started`);
  try {
    const result = await work();
    log?.write('INFO', `${op}.finished`, { ms: Math.round(performance.now() - started), bytes: sizeOf(result) });
    return result;
  } catch (err) {
    const s = summarizeError(err);
    log?.write('WARN', `${op}.failed`, { ms: Math.round(performance.now() - started), error: s.name, code: s.code, key: s.key });
    throw err;
  }
}
