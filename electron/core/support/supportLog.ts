// The support log: plain text lines in the data folder's logs/, for a support person to read
// when something went wrong. It holds no personal data by construction — events are fixed names
// from our code, values pass safeValue() (method names, numbers, codes) and errors pass
// summarizeError() (scrub.ts). Rotated at maxBytes per file, keep files in all: log.txt is the
// newest, log.1.txt … log.4.txt older ones; the oldest is dropped. Writes are synchronous and
// small, and a failure to write never disturbs the call being logged.
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { safeValue, type ErrorSummary } from './scrub';

export type LogLevel = 'INFO' | 'WARN' | 'ERROR';
export type LogFields = Record<string, string | number | boolean | undefined>;

export interface SupportLogOptions {
  maxBytes?: number;
  keep?: number;
  now?: () => Date;
}

export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_KEEP = 5;
const FIELD_KEY = /^[a-zA-Z][a-zA-Z0-9]{0,30}$/;
const EVENT = /^[a-z][a-zA-Z0-9.]{0,60}$/;

export class SupportLog {
  readonly dir: string;
  private readonly maxBytes: number;
  private readonly keep: number;
  private readonly now: () => Date;

  constructor(dir: string, options: SupportLogOptions = {}) {
    this.dir = dir;
    this.maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
    this.keep = Math.max(1, options.keep ?? LOG_KEEP);
    this.now = options.now ?? (() => new Date());
  }

  /** log.txt, log.1.txt, … newest first. */
  fileName(index: number): string {
    return join(this.dir, index === 0 ? 'log.txt' : `log.${index}.txt`);
  }

  write(level: LogLevel, event: string, fields: LogFields = {}, error?: ErrorSummary): void {
    const parts = [this.now().toISOString(), level, EVENT.test(event) ? event : 'event.invalid'];
    for (const [k, v] of Object.entries(fields)) {
      if (v === undefined || !FIELD_KEY.test(k)) continue;
      parts.push(`${k}=${safeValue(v)}`);
    }
    if (error) {
      parts.push(`error=${safeValue(error.name)}`);
      if (error.code) parts.push(`code=${safeValue(error.code)}`);
      if (error.key) parts.push(`key=${safeValue(error.key)}`);
    }
    let text = `${parts.join(' ')}\n`;
    for (const f of error?.frames ?? []) text += `    at ${f}\n`;
    try {
      this.append(text);
    } catch {
      // The log is a help, never a reason for a call to fail.
    }
  }

  private append(text: string): void {
    mkdirSync(this.dir, { recursive: true });
    const bytes = Buffer.byteLength(text, 'utf8');
    const current = this.fileName(0);
    const size = existsSync(current) ? statSync(current).size : 0;
    if (size > 0 && size + bytes > this.maxBytes) this.rotate();
    appendFileSync(current, text, 'utf8');
  }

  private rotate(): void {
    const oldest = this.fileName(this.keep - 1);
    if (existsSync(oldest)) unlinkSync(oldest);
    for (let i = this.keep - 2; i >= 0; i--) {
      if (existsSync(this.fileName(i))) renameSync(this.fileName(i), this.fileName(i + 1));
    }
  }

  /** Entries (a line and the frame lines under it), newest first. */
  entries(limit = Number.POSITIVE_INFINITY): LogEntry[] {
    const out: LogEntry[] = [];
    for (let i = 0; i < this.keep && out.length < limit; i++) {
      const file = this.fileName(i);
      if (!existsSync(file)) continue;
      const parsed = parseEntries(readFileSync(file, 'utf8'));
      for (let j = parsed.length - 1; j >= 0 && out.length < limit; j--) out.push(parsed[j]!);
    }
    return out;
  }

  /** Every file's text, oldest first, as one file for support. */
  exportText(): string {
    let text = '';
    for (let i = this.keep - 1; i >= 0; i--) {
      const file = this.fileName(i);
      if (existsSync(file)) text += readFileSync(file, 'utf8');
    }
    return text;
  }
}

export interface LogEntry {
  at: string;
  level: string;
  event: string;
  fields: string;
  frames: string[];
}

function parseEntries(text: string): LogEntry[] {
  const out: LogEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    if (line.startsWith('    at ')) {
      out[out.length - 1]?.frames.push(line.slice(7));
      continue;
    }
    const [at = '', level = '', event = '', ...rest] = line.split(' ');
    out.push({ at, level, event, fields: rest.join(' '), frames: [] });
  }
  return out;
}
