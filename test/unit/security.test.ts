// The pure parts of the Electron hardening (electron/security, electron/app): origins, navigation,
// the request filter, the IPC sender check, the app:// file server and its path-traversal guard.
// No Electron needed: these modules take strings (or a Request) and import `electron` for types only.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppBlobUrl, isAppUrl, originOf } from '../../electron/security/appOrigin';
import { isAllowedNavigation } from '../../electron/security/navigation';
import { isAllowedRequest } from '../../electron/security/requestFilter';
import { isTrustedSender } from '../../electron/security/ipcSender';
import { createAppProtocolHandler, resolveInside } from '../../electron/security/appProtocol';
import { isAllowedDownload, safeDownloadName } from '../../electron/security/downloads';
import { parseCallRequest } from '../../electron/app/channels';
import { chooseDataDir } from '../../electron/app/dataFolder';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

describe('origins are parsed and compared, never string prefixes', () => {
  it('computes the app origin that Node leaves opaque', () => {
    // The reason originOf exists: Node says "null" for every custom scheme.
    expect(new URL('app://bundle/x').origin).toBe(new URL('app://evil/x').origin);
    expect(originOf('app://bundle/index.html')).toBe(APP_ORIGIN);
    expect(originOf('APP://BUNDLE/x')).toBe(APP_ORIGIN);
    expect(originOf('app://evil/index.html')).toBe('app://evil');
    expect(originOf('https://example.com/a')).toBe('https://example.com');
  });

  it.each([
    'app://bundle.evil/index.html',
    'app://bundle@evil/index.html',
    'app://user:pw@bundle/index.html',
    'app://bundle:8080/index.html',
    'app://evil/app://bundle/',
    'https://bundle/index.html',
    'file:///C:/app/out/renderer/index.html',
    'foo://bundle/index.html',
    'javascript:alert(1)',
    'about:blank',
    'data:text/html,<script>1</script>',
    'blob:app://evil/5d3c',
    'blob:https://example.com/5d3c',
    'not a url',
    '',
  ])('%s is not the app', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('recognises the app and its own blobs', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://bundle/assets/index-abc.js')).toBe(true);
    expect(isAppUrl('blob:app://bundle/2b0e')).toBe(false);
    expect(isAppBlobUrl('blob:app://bundle/2b0e')).toBe(true);
    expect(isAppBlobUrl('blob:blob:app://bundle/2b0e')).toBe(false);
    expect(isAppBlobUrl('app://bundle/2b0e')).toBe(false);
  });
});

describe('navigation', () => {
  it('lets the top frame go only to the app', () => {
    expect(isAllowedNavigation('app://bundle/index.html#/customers', true)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', true)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', true)).toBe(false);
    expect(isAllowedNavigation('app://bundle.evil/', true)).toBe(false);
    expect(isAllowedNavigation('blob:app://bundle/1', true)).toBe(false);
  });
  it('lets a subframe show a blob the app made (PDF preview), nothing foreign', () => {
    expect(isAllowedNavigation('blob:app://bundle/1', false)).toBe(true);
    expect(isAllowedNavigation('blob:https://example.com/1', false)).toBe(false);
    expect(isAllowedNavigation('https://example.com/', false)).toBe(false);
  });
});

describe('request filter (offline by design)', () => {
  it('allows the bundle, its blobs and data: URLs', () => {
    expect(isAllowedRequest('app://bundle/assets/index.js')).toBe(true);
    expect(isAllowedRequest('blob:app://bundle/1')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
  });
  it.each([
    'https://example.com/',
    'http://127.0.0.1:5180/api',
    'ws://localhost/',
    'file:///C:/Windows/win.ini',
    'app://other/x',
    'ftp://example.com/',
    'chrome://settings',
  ])('cancels %s', (url) => {
    expect(isAllowedRequest(url)).toBe(false);
  });
  it('allows devtools:// only when asked (development)', () => {
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', { allowDevTools: true })).toBe(true);
  });
});

describe('IPC sender check', () => {
  const good = { senderId: 3, frameUrl: 'app://bundle/index.html', isTopFrame: true };
  it('accepts the top frame of the app window', () => {
    expect(isTrustedSender(good, 3)).toBe(true);
  });
  it('refuses another window, a subframe, a foreign or missing frame', () => {
    expect(isTrustedSender(good, 4)).toBe(false);
    expect(isTrustedSender(good, null)).toBe(false);
    expect(isTrustedSender({ ...good, isTopFrame: false }, 3)).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: null }, 3)).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: 'app://bundle.evil/index.html' }, 3)).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: 'https://example.com/' }, 3)).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: 'blob:app://bundle/1' }, 3)).toBe(false);
  });
});

describe('resolveInside (path traversal)', () => {
  const posixRoot = '/opt/app/out/renderer';
  const winRoot = 'C:\\Program Files\\Asiakasrekisteri\\resources\\app.asar\\out\\renderer';

  it('maps URL paths to files inside the folder', () => {
    expect(resolveInside(posixRoot, '/index.html', path.posix)).toBe('/opt/app/out/renderer/index.html');
    expect(resolveInside(posixRoot, '/assets/index-1.js', path.posix)).toBe('/opt/app/out/renderer/assets/index-1.js');
    expect(resolveInside(posixRoot, '/assets/a%20b.js', path.posix)).toBe('/opt/app/out/renderer/assets/a b.js');
    expect(resolveInside(winRoot, '/assets/index-1.js', path.win32)).toBe(`${winRoot}\\assets\\index-1.js`);
  });

  it.each([
    '/../main/main.cjs',
    '/..%2f..%2fpackage.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/../../secret',
    '/',
    '/.',
    '/%00index.html',
    '/index.html%00.png',
    '/%E0%A4%A',
  ])('refuses %s (posix)', (p) => {
    expect(resolveInside(posixRoot, p, path.posix)).toBeNull();
  });

  it.each([
    '/..%5c..%5cmain%5cmain.cjs',
    '/assets%5c..%5c..%5c..%5capp.asar',
    '/C:/Windows/win.ini',
    '/C%3a%5cWindows%5cwin.ini',
    '/index.html::$DATA',
  ])('refuses %s (Windows)', (p) => {
    expect(resolveInside(winRoot, p, path.win32)).toBeNull();
  });

  it('keeps a UNC-looking path inside the folder (Windows)', () => {
    expect(resolveInside(winRoot, '/%5c%5cserver%5cshare%5cx', path.win32)).toBe(`${winRoot}\\server\\share\\x`);
  });

  it('is not fooled by a sibling folder sharing the prefix', () => {
    // "/opt/app/out/renderer-evil" starts with "/opt/app/out/renderer" but is not inside it.
    expect(resolveInside(posixRoot, '/../renderer-evil/x.js', path.posix)).toBeNull();
  });
});

describe('the app:// protocol handler', () => {
  let root: string;
  let outside: string;
  beforeAll(() => {
    const base = mkdtempSync(path.join(tmpdir(), 'app-protocol-'));
    root = path.join(base, 'renderer');
    outside = path.join(base, 'main');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Asiakasrekisteri</title>');
    writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(outside, 'secret.txt'), 'SECRET');
  });
  afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => createAppProtocolHandler({ root })(new Request(url, { method }));

  it('serves the bundle with the CSP', async () => {
    const res = await get('app://bundle/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('Asiakasrekisteri');
    const js = await get('app://bundle/assets/app.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://bundle/')).status).toBe(200);
  });

  it('refuses traversal, other hosts, folders, missing files and writes', async () => {
    for (const url of [
      'app://bundle/..%2fmain%2fsecret.txt',
      'app://bundle/%2e%2e/main/secret.txt',
      'app://bundle/assets/..%2f..%2fmain/secret.txt',
      'app://other/index.html',
      'app://bundle/assets',
      'app://bundle/nope.js',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain('SECRET');
    }
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(405);
  });
});

describe('downloads', () => {
  it('allows only the app’s own blobs and data: URLs', () => {
    expect(isAllowedDownload('blob:app://bundle/1')).toBe(true);
    expect(isAllowedDownload('data:application/pdf;base64,JVBERi0=')).toBe(true);
    expect(isAllowedDownload('https://example.com/x.exe')).toBe(false);
    expect(isAllowedDownload('blob:https://example.com/1')).toBe(false);
  });
  it('suggests a safe Windows file name', () => {
    expect(safeDownloadName('Tietopyyntö Äijälä.pdf')).toBe('Tietopyyntö Äijälä.pdf');
    expect(safeDownloadName('..\\..\\Windows\\evil.pdf')).toBe('.._.._Windows_evil.pdf');
    expect(safeDownloadName('a/b:c*?.pdf')).toBe('a_b_c__.pdf');
    expect(safeDownloadName('CON.pdf')).toBe('asiakirja.pdf');
    expect(safeDownloadName('')).toBe('asiakirja.pdf');
    expect(safeDownloadName('...')).toBe('asiakirja.pdf');
    expect(safeDownloadName('x.pdf. . ')).toBe('x.pdf');
  });
});

describe('IPC payload and data folder', () => {
  it('turns any payload into a call the core can answer', () => {
    expect(parseCallRequest({ method: 'setup.status', params: {}, lang: 'en' })).toEqual({ method: 'setup.status', params: {}, lang: 'en' });
    expect(parseCallRequest({ method: 'x', lang: 'sv' }).lang).toBe('fi');
    expect(parseCallRequest(null)).toEqual({ method: '', params: undefined, lang: 'fi' });
    expect(parseCallRequest({ method: 42 }).method).toBe('');
  });
  it('takes --data, then ASIAKASREKISTERI_DATA, then the default', () => {
    const id = (p: string) => p;
    expect(chooseDataDir(['electron', 'out/main/main.cjs', '--data', '/tmp/r'], {}, '/def', id)).toBe('/tmp/r');
    expect(chooseDataDir(['electron', '--data=/tmp/q'], { ASIAKASREKISTERI_DATA: '/env' }, '/def', id)).toBe('/tmp/q');
    expect(chooseDataDir(['electron', '--data', '--inspect=0'], { ASIAKASREKISTERI_DATA: '/env' }, '/def', id)).toBe('/env');
    expect(chooseDataDir(['electron'], { ASIAKASREKISTERI_DATA: '  ' }, '/def', id)).toBe('/def');
  });
});
