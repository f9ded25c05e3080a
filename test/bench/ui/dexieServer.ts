// Serves the IndexedDB side of the side-by-side on its own 127.0.0.1 origin: a blank page, the
// esbuild bundle of page/dexie.ts and the exported JSON chunks. Kept apart from the harness so
// the harness (and its CSP) stays exactly what the e2e tests run.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Bundles one page-side script for Chromium (also used for the harness page's probe). */
export async function bundle(entry: string): Promise<string> {
  const file = fileURLToPath(new URL(entry, import.meta.url));
  const out = await build({ entryPoints: [file], bundle: true, write: false, format: 'iife', target: 'chrome120' });
  return out.outputFiles[0]!.text;
}

export async function serveDexiePage(dataDir: string): Promise<{ url: string; close(): void }> {
  const script = await bundle('./page/dexie.ts');
  const root = resolve(dataDir);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const send = (type: string, body: string | Buffer) => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (path === '/') return send('text/html; charset=utf-8', '<!doctype html><meta charset="utf-8"><title>Dexie bench</title><script src="/dexie.js"></script>');
    if (path === '/dexie.js') return send('text/javascript; charset=utf-8', script);
    const file = resolve(root, `.${decodeURIComponent(path.replace(/^\/data/, ''))}`);
    if (path.startsWith('/data/') && file.startsWith(root + sep) && existsSync(file)) return send('application/json', readFileSync(join(file)));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
