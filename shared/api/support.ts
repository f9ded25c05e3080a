// support.*: the support log (electron/core/support/). The renderer reports its own unexpected
// errors here — only a fixed kind, the error's class name and trimmed stack frames, never a
// message (it may quote what the user typed); the manager reads the log and saves a copy.
import { z } from 'zod';
import { method } from './define';
import { FRAME_PATTERN } from '../support/frames';

export const RENDERER_ERROR_KINDS = ['error', 'unhandledrejection', 'render'] as const;
export type RendererErrorKind = (typeof RENDERER_ERROR_KINDS)[number];

export const reportErrorInput = z
  .object({
    kind: z.enum(RENDERER_ERROR_KINDS),
    name: z.string().regex(/^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/),
    frames: z.array(z.string().max(200).regex(FRAME_PATTERN)).max(30).default([]),
  })
  .strict();

export interface SupportLogEntry {
  at: string;
  level: string;
  event: string;
  /** key=value pairs (method names, durations, codes, references). */
  fields: string;
  frames: string[];
}

export interface SupportLogFile {
  filename: string;
  base64: string;
}

export const supportContract = {
  'support.reportError': method<{ reference: string }>()(reportErrorInput, 'public'),
  'support.log.read': method<{ entries: SupportLogEntry[]; total: number }>()(z.object({ limit: z.number().int().min(1).max(5000).default(1000) }).strict(), 'manager'),
  'support.log.export': method<SupportLogFile>()(z.object({}).strict(), 'manager'),
};
