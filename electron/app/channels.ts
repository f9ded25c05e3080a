// The two IPC channels between the preload and the main process — the only ones there are.
// Imported by both sides (the preload gets it bundled), so the names cannot drift apart.
import type { Language } from '../../shared/api/fields';

/** invoke: { method, params, lang } -> Envelope, answered by the core. */
export const CALL_CHANNEL = 'register:call';
/** invoke: { kind: 'folder' | 'backup-file', defaultPath? } -> chosen path or null (native dialog). */
export const PICK_CHANNEL = 'register:pick';
/** send (main -> window): RegisterEvent. */
export const EVENT_CHANNEL = 'register:event';

export interface CallRequest {
  method: string;
  params: unknown;
  lang: Language;
}

/**
 * What the main process makes of an invoke payload. Nothing from the renderer is trusted: a
 * malformed payload becomes a call the core answers with its own error envelope (an unknown
 * method, or VALIDATION for bad params), exactly as the harness does over HTTP.
 */
export function parseCallRequest(payload: unknown): CallRequest {
  const body = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  return {
    method: typeof body.method === 'string' ? body.method : '',
    params: body.params,
    lang: body.lang === 'en' ? 'en' : 'fi',
  };
}

export interface PickRequest {
  kind: 'folder' | 'backup-file';
  defaultPath: string | undefined;
}

export function parsePickRequest(payload: unknown): PickRequest {
  const body = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  return {
    kind: body.kind === 'backup-file' ? 'backup-file' : 'folder',
    defaultPath: typeof body.defaultPath === 'string' && body.defaultPath.length < 1000 ? body.defaultPath : undefined,
  };
}

/** invoke: DocumentRequest -> SavedDocument | null (save), PrintOutcome (print), boolean (open). */
export const DOCUMENT_CHANNEL = 'register:document';

export type DocumentRequest =
  | { action: 'save' | 'print'; filename: string; bytes: Uint8Array; lang: Language }
  | { action: 'open'; token: string }
  | { action: 'refused' };

const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * What main makes of a document request. Only PDFs (the bytes must begin "%PDF-") up to 50 MB are
 * saved or printed; Open takes a token and nothing else. Anything malformed is refused.
 */
export function parseDocumentRequest(payload: unknown): DocumentRequest {
  const body = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  if (body.action === 'open') return typeof body.token === 'string' && body.token.length <= 100 ? { action: 'open', token: body.token } : { action: 'refused' };
  if (body.action !== 'save' && body.action !== 'print') return { action: 'refused' };
  const { filename, base64 } = body;
  if (typeof filename !== 'string' || filename.length > 300 || typeof base64 !== 'string') return { action: 'refused' };
  if (base64.length > Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 || !BASE64.test(base64)) return { action: 'refused' };
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  if (bytes.length < 5 || Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') return { action: 'refused' };
  return { action: body.action, filename, bytes, lang: body.lang === 'en' ? 'en' : 'fi' };
}
