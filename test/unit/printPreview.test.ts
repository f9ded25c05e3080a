// The Electron half of Print / Open (issue #19 §1), in plain Node: the preview window's options
// (hardened like the main window, plus the PDF viewer), the in-memory protocol that serves the
// PDF (only ids it holds, only on its own host), the document requests main accepts, and Open —
// which opens only a file main itself saved, never a path the page names.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocumentRequest } from '../../electron/app/channels';
import { openSavedDocument, SavedDocuments } from '../../electron/app/savedDocuments';
import { isAllowedNavigation } from '../../electron/security/navigation';
import {
  createPreviewProtocolHandler,
  isAllowedPreviewRequest,
  PREVIEW_PARTITION,
  PREVIEW_SCHEME_PRIVILEGES,
  previewIdOf,
  PreviewStore,
  previewUrl,
  previewWindowOptions,
} from '../../electron/security/printPreview';
import { hardenedWebPreferences } from '../../electron/security/webPreferences';

const PDF = new Uint8Array(Buffer.from('%PDF-1.7\n%test\n'));

describe('the print preview window', () => {
  const options = previewWindowOptions('Asiakasrekisteri – Tulostus');
  const prefs = options.webPreferences!;

  it('is hardened like the main window: isolated, sandboxed, no Node, no webview, no devtools', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
    // Every hardening value of the main window is there, unchanged.
    const main = hardenedWebPreferences('/x/preload.cjs', { devTools: false });
    for (const [key, value] of Object.entries(main)) if (key !== 'preload') expect(prefs[key as keyof typeof prefs], key).toBe(value);
  });

  it('has no preload (no bridge at all), the PDF viewer plugin, and an in-memory session of its own', () => {
    expect(prefs.preload).toBeUndefined();
    expect('preload' in prefs).toBe(false);
    expect(prefs.plugins).toBe(true);
    expect(prefs.partition).toBe(PREVIEW_PARTITION);
    // "persist:" would put the preview's cache on disk.
    expect(PREVIEW_PARTITION.startsWith('persist:')).toBe(false);
    expect(options.show).toBe(false);
  });

  it('registers its scheme as standard and secure (the PDF viewer renders nothing from a non-standard one)', () => {
    expect(PREVIEW_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(PREVIEW_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
  });
});

describe('the preview protocol serves PDFs from memory', () => {
  const store = new PreviewStore();
  const handle = createPreviewProtocolHandler(store);

  it('answers a held id with the PDF bytes, uncached', async () => {
    const id = store.put(PDF);
    const res = handle(new Request(previewUrl(id)));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
  });

  it('refuses unknown ids, other hosts, credentials, traversal and non-GET', () => {
    const id = store.put(PDF);
    const refused = [
      previewUrl('00000000-0000-4000-8000-000000000000'),
      `asiakirja://other/${id}.pdf`,
      `asiakirja://preview:81/${id}.pdf`,
      `asiakirja://preview/${id}.pdf/../../etc/passwd`,
      `asiakirja://preview/${id}.pdf?x=1`,
      `asiakirja://preview/C:/Users/kauppa/lasku.pdf`,
      'asiakirja://preview/%2e%2e/etc/passwd',
    ];
    for (const url of refused) expect(handle(new Request(url)).status, url).toBe(404);
    // (A Request with credentials cannot even be built; the URL check refuses them as well.)
    expect(previewIdOf(`asiakirja://user@preview/${id}.pdf`)).toBeNull();
    expect(handle(new Request(previewUrl(id), { method: 'POST', body: 'x' })).status).toBe(404);
  });

  it('forgets (and zeroes) a document when its window closes', () => {
    const bytes = new Uint8Array(PDF);
    const id = store.put(bytes);
    store.drop(id);
    expect(handle(new Request(previewUrl(id))).status).toBe(404);
    expect(bytes.every((b) => b === 0)).toBe(true);
  });

  it('lets the preview session load its documents and the PDF viewer, nothing else', () => {
    const id = store.put(PDF);
    expect(previewIdOf(previewUrl(id))).toBe(id);
    expect(isAllowedPreviewRequest(previewUrl(id))).toBe(true);
    expect(isAllowedPreviewRequest('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')).toBe(true);
    for (const url of ['https://example.com/x.pdf', 'file:///C:/Users/kauppa/lasku.pdf', 'app://bundle/index.html', 'chrome-extension://evil/index.html']) {
      expect(isAllowedPreviewRequest(url), url).toBe(false);
    }
  });

  it('the PDF viewer may only fill a subframe, never replace a top frame', () => {
    expect(isAllowedNavigation('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', false)).toBe(true);
    expect(isAllowedNavigation('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', true)).toBe(false);
    expect(isAllowedNavigation('chrome-extension://otherextension/index.html', false)).toBe(false);
  });
});

describe('document requests from the page', () => {
  const b64 = Buffer.from(PDF).toString('base64');

  it('accepts a PDF to save or print', () => {
    const req = parseDocumentRequest({ action: 'print', filename: 'lasku-1001.pdf', base64: b64 });
    expect(req.action).toBe('print');
    expect(req.action === 'print' && Buffer.from(req.bytes).toString('latin1')).toBe('%PDF-1.7\n%test\n');
    expect(req.action === 'print' && req.lang).toBe('fi');
    expect(parseDocumentRequest({ action: 'save', filename: 'x.pdf', base64: b64, lang: 'en' })).toMatchObject({ action: 'save', lang: 'en' });
  });

  it('refuses what is not a PDF, malformed input and unknown actions', () => {
    for (const payload of [
      { action: 'print', filename: 'x.pdf', base64: Buffer.from('<html>').toString('base64') },
      { action: 'save', filename: 'x.exe', base64: Buffer.from('MZ\x90\x00').toString('base64') },
      { action: 'print', filename: 'x.pdf', base64: 'not base64!' },
      { action: 'print', filename: 42, base64: b64 },
      { action: 'delete', path: 'C:\\Windows' },
      null,
      'print',
    ]) {
      expect(parseDocumentRequest(payload).action, JSON.stringify(payload)).toBe('refused');
    }
  });

  it('Open carries a token, never a path (a path is just an unknown token)', () => {
    expect(parseDocumentRequest({ action: 'open', token: 'abc' })).toEqual({ action: 'open', token: 'abc' });
    expect(parseDocumentRequest({ action: 'open', path: '/etc/passwd' }).action).toBe('refused');
  });
});

describe('Open: only a file main saved in this session', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'asiakasrekisteri-open-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const savedFile = path.join(dir, 'lasku-1001.pdf');
  writeFileSync(savedFile, PDF);
  const other = path.join(dir, 'muu.pdf');
  writeFileSync(other, PDF);

  const recorder = () => {
    const opened: string[] = [];
    return { opened, openPath: (file: string) => (opened.push(file), Promise.resolve('')) };
  };

  it('opens the file behind a token main gave out', async () => {
    const saved = new SavedDocuments();
    const token = saved.remember(savedFile);
    const r = recorder();
    expect(await openSavedDocument(saved, token, r.openPath, existsSync)).toBe(true);
    expect(r.opened).toEqual([path.resolve(savedFile)]);
  });

  it('refuses a path from the page, an unknown token, or a non-string — and opens nothing', async () => {
    const saved = new SavedDocuments();
    saved.remember(savedFile);
    const r = recorder();
    for (const token of [other, savedFile, 'C:\\Windows\\System32\\calc.exe', '00000000-0000-4000-8000-000000000000', '', 42, null, { path: savedFile }]) {
      expect(await openSavedDocument(saved, token, r.openPath, existsSync), String(token)).toBe(false);
    }
    expect(r.opened).toEqual([]);
  });

  it('refuses a token whose file has since gone, and one main saved in another session', async () => {
    const saved = new SavedDocuments();
    const gone = path.join(dir, 'poistettu.pdf');
    writeFileSync(gone, PDF);
    const token = saved.remember(gone);
    rmSync(gone);
    const r = recorder();
    expect(await openSavedDocument(saved, token, r.openPath, existsSync)).toBe(false);
    const fresh = new SavedDocuments();
    const earlier = saved.remember(savedFile);
    expect(await openSavedDocument(fresh, earlier, r.openPath, existsSync)).toBe(false);
    expect(r.opened).toEqual([]);
  });

  it('says false when the system viewer could not start', async () => {
    const saved = new SavedDocuments();
    const token = saved.remember(savedFile);
    expect(await openSavedDocument(saved, token, () => Promise.resolve('No application is associated'), existsSync)).toBe(false);
  });
});
