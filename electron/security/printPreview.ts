// The print preview window (issue #19 §1), hardened like the main window — Electron security
// checklist: "Enable process sandboxing", "Enable Context Isolation", "Do not enable Node.js
// integration", "Disable or limit navigation", "Disable or limit creation of new windows" — and
// with *no preload*: the preview page gets no bridge at all, only the PDF.
//
// How the PDF gets there, and why so:
// - Chromium's built-in PDF viewer needs `plugins: true` in the window's web preferences.
// - The bytes are served from memory through a custom protocol (asiakirja://preview/<uuid>.pdf),
//   never from a temp file: a letter naming an erased person must not leave a file behind.
//   The scheme is registered as standard + secure (privileged before 'ready'): Electron's PDF
//   viewer does not render PDFs from a non-standard custom scheme (electron/electron#24859,
//   workaround in #33907: register the scheme as privileged with standard: true).
// - The preview lives in its own in-memory session (a partition without "persist:"), so nothing
//   of it reaches the disk cache and its own rules (below) do not loosen the main window's.
// - Printing: webContents.print() on a page showing a PDF printed blank pages until Electron
//   fixed it to use the PDF plugin's frame (electron/electron#30947, fixed by #43309 in 30–32;
//   we ship 45). So main calls print() once the viewer has loaded, which opens the system print
//   dialog; the viewer's own print button stays as the fallback, in the same window.
// Pure functions and plain Request/Response, so all of it is unit-tested without Electron.
import { randomUUID } from 'node:crypto';
import type { BrowserWindowConstructorOptions, CustomScheme, WebPreferences } from 'electron';
import { hardenedWebPreferences } from './webPreferences';

export const PREVIEW_SCHEME = 'asiakirja';
export const PREVIEW_HOST = 'preview';
/** No "persist:" prefix: an in-memory session, gone when the app quits. */
export const PREVIEW_PARTITION = 'print-preview';

/** Chromium's PDF viewer is a built-in extension with this fixed id; its frames and resources
 * must load inside the preview, nowhere else. */
export const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai';

export const PREVIEW_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: PREVIEW_SCHEME,
  privileges: { standard: true, secure: true, stream: true },
};

/** Largest document the preview takes (a label run of a big register is a few MB). */
export const MAX_PREVIEW_BYTES = 50 * 1024 * 1024;

const PREVIEW_PATH = /^\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.pdf$/;

/** The document id in a preview URL, or null for anything else (another host, credentials, a port, a path). */
export function previewIdOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${PREVIEW_SCHEME}:` || parsed.hostname !== PREVIEW_HOST) return null;
  if (parsed.username || parsed.password || parsed.port || parsed.search) return null;
  return PREVIEW_PATH.exec(parsed.pathname)?.[1] ?? null;
}

export function previewUrl(id: string): string {
  return `${PREVIEW_SCHEME}://${PREVIEW_HOST}/${id}.pdf`;
}

export function previewWebPreferences(): WebPreferences {
  return {
    ...hardenedWebPreferences(null, { devTools: false }),
    // The built-in PDF viewer is a plugin.
    plugins: true,
    partition: PREVIEW_PARTITION,
  };
}

export function previewWindowOptions(title: string): BrowserWindowConstructorOptions {
  return {
    title,
    width: 900,
    height: 1000,
    minWidth: 480,
    minHeight: 400,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: previewWebPreferences(),
  };
}

/** The PDFs being previewed, in memory only; dropped when their window closes. */
export class PreviewStore {
  private readonly docs = new Map<string, Uint8Array>();

  put(bytes: Uint8Array): string {
    const id = randomUUID();
    this.docs.set(id, bytes);
    return id;
  }

  get(id: string): Uint8Array | undefined {
    return this.docs.get(id);
  }

  drop(id: string): void {
    const bytes = this.docs.get(id);
    // Overwrite before letting go: the letter should not linger in freed memory longer than needed.
    bytes?.fill(0);
    this.docs.delete(id);
  }

  get size(): number {
    return this.docs.size;
  }
}

/** The function given to the preview session's protocol.handle('asiakirja', …). */
export function createPreviewProtocolHandler(store: PreviewStore): (request: Request) => Response {
  return (request) => {
    const id = request.method === 'GET' ? previewIdOf(request.url) : null;
    const bytes = id ? store.get(id) : undefined;
    if (!bytes) return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: { 'content-type': 'application/pdf', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' },
    });
  };
}

/** Requests the preview session lets through: its own documents and the PDF viewer's own pages. */
export function isAllowedPreviewRequest(url: string): boolean {
  if (previewIdOf(url) !== null) return true;
  if (url.startsWith(`${PDF_VIEWER_ORIGIN}/`)) return true;
  // The viewer's shared UI resources (chrome://resources/…) are part of the browser itself.
  return url.startsWith('chrome://resources/') || url.startsWith('chrome-untrusted://resources/');
}
