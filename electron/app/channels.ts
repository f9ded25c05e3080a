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
