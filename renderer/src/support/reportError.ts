// The page's unexpected errors go to the support log through support.reportError: only a fixed
// kind, the error's class name and its stack frames trimmed to function and file:line:column
// (shared/support/frames.ts) — never the message, which may quote what the user typed. The
// reference the core answers is shown to the user in a calm message (CalmErrorNotice).
import { call } from '../api';
import type { RendererErrorKind } from '../../../shared/api/support';
import { scrubFrame } from '../../../shared/support/frames';

export interface ReportedError {
  /** null when the report itself could not be sent (the page still says something calm). */
  reference: string | null;
}

type Listener = (e: ReportedError) => void;
const listeners = new Set<Listener>();
/** A broken screen can throw on every render: a page reports at most this many. */
const MAX_REPORTS = 20;
let reports = 0;

export function onReportedError(l: Listener): () => void {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
}

function errorName(err: unknown): string {
  const name = err instanceof Error ? (err.constructor?.name && err.constructor.name !== 'Error' ? err.constructor.name : err.name) : 'NonError';
  return /^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/.test(name) ? name : 'Error';
}

export function trimmedFrames(err: unknown): string[] {
  if (!(err instanceof Error) || !err.stack) return [];
  // The stack's first line(s) are "Name: message"; the message is cut off by its own text.
  let body = err.stack;
  const header = err.message ? `${err.name}: ${err.message}` : err.name;
  if (body.startsWith(header)) body = body.slice(header.length);
  else if (err.message) body = body.split(err.message).join('');
  const frames: string[] = [];
  for (const line of body.split('\n')) {
    const f = scrubFrame(line);
    if (f && f.length <= 200) frames.push(f);
    if (frames.length >= 30) break;
  }
  return frames;
}

/** Sends the report and tells the listeners (the calm message); resolves with the reference. */
export async function reportError(kind: RendererErrorKind, err: unknown, notify = true): Promise<ReportedError> {
  if (reports >= MAX_REPORTS) return { reference: null };
  reports++;
  let reported: ReportedError = { reference: null };
  try {
    reported = await call('support.reportError', { kind, name: errorName(err), frames: trimmedFrames(err) });
  } catch {
    // The core could not be reached: the message says what it can without a reference.
  }
  if (notify) listeners.forEach((l) => l(reported));
  return reported;
}

/** Window-level errors nobody caught: an event handler's throw, a rejected promise. */
export function installGlobalErrorReporting(): void {
  window.addEventListener('error', (event) => {
    // A failed image or script load is an Event on an element, not an error of ours.
    if (!(event instanceof ErrorEvent)) return;
    void reportError('error', event.error);
  });
  window.addEventListener('unhandledrejection', (event) => {
    void reportError('unhandledrejection', event.reason);
  });
}
