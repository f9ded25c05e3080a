// The browser harness: the real core and the real encrypted files in Node, the built renderer
// served on 127.0.0.1, and window.register forwarded over a WebSocket (/api-socket). It plays one Electron window;
// only the transport differs. Never packaged. Scripts take a client (a session cookie) with
// POST /client and call POST /api with it (client.ts); who may call at all: guard.ts.
//   npm run harness -- --data <dir> --port <port>
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { WebSocketServer } from 'ws';
import { createCore } from '../../electron/core';
import { AppError } from '../../electron/core/errors';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { HarnessGuard } from './guard';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string', default: '5180' },
    renderer: { type: 'string', default: join(root, 'out', 'renderer') },
    // A folder standing for the OS's mount point of removable media (staff may back up there).
    'removable-root': { type: 'string', multiple: true },
    // Tests only: POST /test/advance-days moves the core's clock forward (a backup "made days ago").
    'test-clock': { type: 'boolean', default: false },
  },
});
if (!values.data) {
  console.error('usage: npm run harness -- --data <dir> --port <port>');
  process.exit(2);
}
const rendererDir = resolve(values.renderer!);
if (!existsSync(join(rendererDir, 'index.html'))) {
  // The API still works (tests that only call it need no UI); the page does not.
  console.error(`warning: no built renderer in ${rendererDir}: run "npm run build:renderer" for the UI`);
}

let core: ReturnType<typeof createCore>;
// A core error on purpose, for the support log's e2e spec: HARNESS_FAULT="<method>|<marker>" makes
// that method throw — quoting its parameters, as a careless parser would — when its parameters
// contain the marker. The log must keep the reference and drop the message.
const [faultMethod, faultMarker] = (process.env.HARNESS_FAULT ?? '').split('|');
const faults = faultMethod && faultMarker
  ? { beforeHandler: (method: string, params: unknown) => {
      if (method === faultMethod && JSON.stringify(params).includes(faultMarker)) throw new TypeError(`cannot handle ${JSON.stringify(params)}`);
    } }
  : undefined;
const appVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
/** How far the core's clock is ahead of the real one (--test-clock). */
let clockOffsetMs = 0;
try {
  core = createCore({ dataDir: resolve(values.data), appVersion, now: () => new Date(Date.now() + clockOffsetMs), ...(faults ? { faults } : {}), ...(values['removable-root'] ? { removableRoots: values['removable-root'].map((r) => resolve(r)) } : {}) });
} catch (err) {
  console.error(err instanceof AppError ? `cannot open the data folder: ${err.key}` : err);
  process.exit(1);
}

// As main does (electron/main.ts): an error nobody caught goes to the support log with a
// reference, and the harness keeps serving.
process.on('uncaughtException', (err) => console.error(`harness: unexpected error, reference ${core.reportUnexpected('core', err)}`));
process.on('unhandledRejection', (reason) => console.error(`harness: unexpected error, reference ${core.reportUnexpected('core', reason)}`));

const bridgeJs = (
  await build({ entryPoints: [join(root, 'test/harness/bridge.ts')], bundle: true, write: false, format: 'iife', target: 'chrome120' })
).outputFiles[0]!.text;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

const eventStreams = new Map<string, Set<ServerResponse>>();
core.onEvent((clientId, event) => {
  for (const res of eventStreams.get(clientId) ?? []) res.write(`data: ${JSON.stringify(event)}\n\n`);
});
// As the main process does: idle screens lock even when the page is silent.
setInterval(() => core.sweepIdle(), 15_000).unref();

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'content-type': type, 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

const guard = new HarnessGuard(() => {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : Number(values.port);
});

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  // Only our own page and local scripts (guard.ts): not another site, not a rebound DNS name.
  const refused = guard.refusal(req);
  if (refused) return send(res, 403, 'text/plain', `forbidden: ${refused}`);
  if (req.method === 'POST' && (url.pathname === '/api' || url.pathname === '/client')) {
    if (!guard.isJson(req)) return send(res, 415, 'text/plain', 'application/json only');
  }
  if (req.method === 'POST' && url.pathname === '/client') {
    // A script's own client (session), like a second window: the id travels as a cookie.
    guard.issue(res);
    return send(res, 200, 'application/json', '{}');
  }
  if (values['test-clock'] && req.method === 'POST' && url.pathname === '/test/advance-days') {
    const days = Number(url.searchParams.get('days'));
    if (!Number.isInteger(days) || days < 0 || days > 3650) return send(res, 400, 'text/plain', 'days: 0–3650');
    clockOffsetMs += days * 86_400_000;
    return send(res, 200, 'application/json', '{}');
  }
  if (req.method === 'POST' && url.pathname === '/api') {
    // The session is the one the harness issued to this caller; a made-up x-client is ignored.
    const clientId = guard.clientOf(req);
    if (!clientId) return send(res, 403, 'text/plain', 'forbidden: no harness client');
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 32 * 1024 * 1024) req.destroy();
      else chunks.push(c);
    });
    req.on('end', () => {
      let body: { method?: unknown; params?: unknown; lang?: unknown };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
      } catch {
        body = {};
      }
      void core
        .call(clientId, body.lang === 'en' ? 'en' : 'fi', String(body.method ?? ''), body.params)
        .then((envelope) => send(res, 200, 'application/json', JSON.stringify(envelope)));
    });
    return;
  }
  if (req.method === 'GET' && url.pathname === '/events') {
    const clientId = guard.clientOf(req);
    if (!clientId) return send(res, 403, 'text/plain', 'forbidden: no harness client');
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    const set = eventStreams.get(clientId) ?? new Set();
    set.add(res);
    eventStreams.set(clientId, set);
    req.on('close', () => set.delete(res));
    return;
  }
  if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
  if (url.pathname === '/harness-bridge.js') return send(res, 200, MIME['.js']!, bridgeJs);

  // Static files of the built renderer; anything outside its folder is refused.
  const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  const file = resolve(rendererDir, `.${rel}`);
  if (!file.startsWith(rendererDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
    return send(res, 404, 'text/plain', 'not found');
  }
  let body: string | Buffer = readFileSync(file);
  if (file.endsWith('index.html')) {
    // The page's client id (its session), unless this browser already holds one (a reload keeps
    // the session, as an Electron window does).
    if (!guard.clientOf(req)) guard.issue(res);
    // The stand-in must exist before the app's module script runs.
    body = body.toString('utf8').replace('<head>', '<head>\n    <script src="/harness-bridge.js"></script>');
  }
  send(res, 200, MIME[extname(file)] ?? 'application/octet-stream', body);
});

// The page's calls travel over one WebSocket, as Electron's IPC keeps one channel: a fetch per
// call cost the page ~7 ms on this machine (Chromium's network stack, a new request each time),
// which the UI benchmarks would otherwise count against the app. POST /api stays for scripts.
const sockets = new WebSocketServer({
  server,
  path: '/api-socket',
  // Only the harness's own page may drive the core (another site open in the same browser may not):
  // our host and origin (not merely "Origin equals Host", which a rebound DNS name passes), and a
  // client id the harness issued to the page.
  verifyClient: ({ req }: { req: IncomingMessage }) => guard.refusal(req) === null && req.headers.origin !== undefined && guard.clientOf(req) !== null,
});
sockets.on('connection', (socket, req) => {
  // Bound to the connection: the page's cookie, checked above; a ?client= in the URL is ignored.
  const clientId = guard.clientOf(req)!;
  socket.on('message', (data) => {
    let body: { id?: unknown; method?: unknown; params?: unknown; lang?: unknown };
    try {
      body = JSON.parse(data.toString()) as typeof body;
    } catch {
      body = {};
    }
    void core
      .call(clientId, body.lang === 'en' ? 'en' : 'fi', String(body.method ?? ''), body.params)
      .then((envelope) => socket.send(JSON.stringify({ id: body.id, envelope })));
  });
});

server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`listening on http://127.0.0.1:${port}`);
});

function shutdown() {
  for (const socket of sockets.clients) socket.terminate();
  sockets.close();
  server.close();
  for (const set of eventStreams.values()) for (const res of set) res.end();
  core.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
