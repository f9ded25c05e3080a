// What of an error may go into the support log. An error's message can quote what a user typed
// (a parse error showing the input, a constraint naming a value), so messages are dropped unless
// they are one of our own message keys; what stays is the error's class name, our error code and
// key, and the stack frames reduced to function name and file:line:column — the file's base name
// only, since a folder path can hold a user's name (C:\Users\Matti\…).
import { AppError } from '../errors';
import { errorsFi } from '../../../shared/i18n/errors.fi';
import { scrubFrame } from '../../../shared/support/frames';

export interface ErrorSummary {
  name: string;
  code?: string;
  key?: string;
  frames: string[];
}

const MAX_FRAMES = 30;
const NAME = /^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/;
const ERRNO = /^E[A-Z0-9_]{2,30}$/;
/** A value the log may print as is: method names, versions, platforms, codes, references. */
const SAFE_VALUE = /^[A-Za-z0-9._:+-]{1,80}$/;

export function safeValue(v: string | number | boolean): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(Math.round(v * 1000) / 1000) : '?';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return SAFE_VALUE.test(v) ? v : '[scrubbed]';
}

export function safeName(name: unknown): string {
  return typeof name === 'string' && NAME.test(name) ? name : 'Error';
}

/** The frames of a stack, without its header ("Name: message" — the message may span lines and
 * even imitate a frame, so it is cut off by its exact text first). */
export function stackFrames(stack: string | undefined, header?: string, message?: string): string[] {
  if (!stack) return [];
  let body = stack;
  if (header && body.startsWith(header)) body = body.slice(header.length);
  else if (message) body = body.split(message).join('');
  const frames: string[] = [];
  for (const line of body.split('\n')) {
    const f = scrubFrame(line);
    if (f) frames.push(f);
    if (frames.length >= MAX_FRAMES) break;
  }
  return frames;
}

const OUR_KEYS = new Set(Object.keys(errorsFi));

export function summarizeError(err: unknown): ErrorSummary {
  if (!(err instanceof Error)) return { name: typeof err === 'object' && err ? 'NonErrorObject' : `Thrown_${typeof err}`, frames: [] };
  const name = safeName(err.constructor?.name !== 'Error' ? err.constructor?.name : err.name);
  let header = `${err.name}: ${err.message}`;
  if (!err.message) header = err.name;
  const summary: ErrorSummary = { name, frames: stackFrames(err.stack, header, err.message) };
  if (err instanceof AppError) {
    summary.code = err.code;
    summary.key = err.key;
  } else {
    const errno = (err as NodeJS.ErrnoException).code;
    if (typeof errno === 'string' && ERRNO.test(errno)) summary.code = errno;
    if (OUR_KEYS.has(err.message)) summary.key = err.message;
  }
  return summary;
}
