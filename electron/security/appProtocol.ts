// Electron security checklist: "Avoid usage of the file:// protocol and prefer usage of custom
// protocols". The bundle is served from app://bundle/ out of one folder (out/renderer); a path
// that resolves outside it — "..", encoded "%2e%2e" or "%5c", a NUL, a drive letter, an
// alternate data stream — is refused with 404. Responses carry the CSP (contentSecurityPolicy.ts).
// The handler only uses fs and the standard Request/Response, so it is tested in plain Node.
import { readFile as fsReadFile } from 'node:fs/promises';
import nodePath from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_ORIGIN, APP_SCHEME, originOf } from './appOrigin';
import { appResponseHeaders } from './contentSecurityPolicy';

/** Passed to protocol.registerSchemesAsPrivileged before the app is ready. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  // standard: a real origin (app://bundle) for 'self' and same-origin checks; secure: treated like
  // https. No bypassCSP, no service workers, no fetch/CORS extras: the page never fetches.
  privileges: { standard: true, secure: true },
};

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/**
 * The file under `root` that the URL path `urlPath` ("/assets/x.js", still percent-encoded) names,
 * or null when it is malformed or would leave `root`. `pathApi` lets tests check Windows rules.
 */
export function resolveInside(root: string, urlPath: string, pathApi: PathApi = nodePath): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // NUL ends a path in C; ':' is a drive letter or an NTFS stream ("index.html::$DATA").
  if (decoded.includes('\0') || decoded.includes(':')) return null;
  const base = pathApi.resolve(root);
  const file = pathApi.resolve(base, `.${pathApi.sep}${decoded}`);
  const relative = pathApi.relative(base, file);
  if (relative === '' || pathApi.isAbsolute(relative)) return null;
  if (relative === '..' || relative.startsWith(`..${pathApi.sep}`)) return null;
  return file;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[nodePath.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppProtocolOptions {
  /** The folder the bundle is served from (out/renderer). */
  root: string;
  readFile?: (file: string) => Promise<Uint8Array>;
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

/** The function given to protocol.handle('app', …). */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const read = options.readFile ?? fsReadFile;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');
    if (originOf(request.url) !== APP_ORIGIN) return plain(404, 'not found');
    const pathname = new URL(request.url).pathname;
    const file = resolveInside(options.root, pathname === '/' ? '/index.html' : pathname);
    if (!file) return plain(404, 'not found');
    let body: Uint8Array;
    try {
      body = await read(file);
    } catch {
      // Missing file, a directory, unreadable: all look the same from the page.
      return plain(404, 'not found');
    }
    const headers = appResponseHeaders(contentTypeFor(file));
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
