// Issue 14 §7: the browser harness (a test tool, but it holds a real register while it runs) must
// only be driven by its own page and local scripts: not by another site in the same browser
// (cross-site text/plain posts, foreign Origin), not through a rebound DNS name (Host: evil.example),
// and nobody may pick another window's session by naming its client id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { WebSocket } from 'ws';
import { harnessCaller } from '../harness/client';
import { CONTROLLER, MANAGER, tempDir } from '../support/register';

/** A raw HTTP request (fetch may not set Host): status and body. */
function raw(url: string, path: string, method: string, headers: Record<string, string>, body = ''): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function socketOpens(url: string, options: { origin?: string; headers?: Record<string, string> }): Promise<WebSocket | null> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/api-socket`, options);
    ws.on('open', () => resolve(ws));
    ws.on('unexpected-response', () => resolve(null));
    ws.on('error', () => resolve(null));
  });
}

describe('harness refuses hostile requests', () => {
  const tmp = tempDir();
  let child: ChildProcess;
  let url = '';
  let host = '';
  let managerCookie = '';
  const call = () => harnessCaller(url);

  beforeAll(async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'test/harness/server.ts', '--data', tmp.dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (c) => reject(new Error(`harness exited ${c}`)));
    });
    host = new URL(url).host;
    const c = call();
    expect((await c('setup.createRegister', { controller: CONTROLLER, manager: MANAGER, language: 'fi' }, 'setup')).ok).toBe(true);
    // The manager's own client: a cookie the harness issued, then logged in with it.
    const issued = await raw(url, '/client', 'POST', { host, 'content-type': 'application/json' }, '{}');
    managerCookie = String((issued.headers['set-cookie'] as string[])[0]).split(';')[0]!;
    expect(String((issued.headers['set-cookie'] as string[])[0])).toMatch(/HttpOnly; SameSite=Strict/);
    const login = await raw(url, '/api', 'POST', { host, 'content-type': 'application/json', cookie: managerCookie }, JSON.stringify({ method: 'session.login', params: { username: MANAGER.username, password: MANAGER.password } }));
    expect(JSON.parse(login.body).ok).toBe(true);
  }, 60_000);
  afterAll(async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    tmp.remove();
  });

  const settings = JSON.stringify({ method: 'settings.get', params: {} });

  it('answers its own client (our host, JSON, its cookie)', async () => {
    for (const h of [host, host.replace('127.0.0.1', 'localhost')]) {
      const r = await raw(url, '/api', 'POST', { host: h, 'content-type': 'application/json; charset=utf-8', cookie: managerCookie, origin: `http://${h}`, 'sec-fetch-site': 'same-origin' }, settings);
      expect(r.status).toBe(200);
      expect(JSON.parse(r.body).ok).toBe(true);
    }
  });

  it.each([
    ['a foreign Origin', { origin: 'http://evil.example' }, 403],
    ['a foreign Origin on our port', { origin: 'http://evil.example:80' }, 403],
    ['Origin: null (sandboxed frame)', { origin: 'null' }, 403],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }, 403],
    ['a rebound DNS name (Host: evil.example)', { host: 'evil.example' }, 403],
    ['a rebound DNS name on our port', { hostPort: 'evil.example' }, 403],
    ['text/plain (the cross-site "simple request")', { 'content-type': 'text/plain' }, 415],
    ['a form post', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
  ] as const)('refuses %s', async (_name, changes, status) => {
    const headers: Record<string, string> = { host, 'content-type': 'application/json', cookie: managerCookie };
    for (const [k, v] of Object.entries(changes)) {
      if (k === 'hostPort') headers.host = `${v}:${new URL(url).port}`;
      else headers[k] = v;
    }
    const r = await raw(url, '/api', 'POST', headers, settings);
    expect(r.status).toBe(status);
    expect(r.body).not.toContain('"ok"');
  });

  it('a caller-chosen client id selects no session', async () => {
    // No cookie, only an x-client header: refused.
    const forged = await raw(url, '/api', 'POST', { host, 'content-type': 'application/json', 'x-client': 'window-1' }, settings);
    expect(forged.status).toBe(403);
    // A made-up cookie value: refused.
    const madeUp = await raw(url, '/api', 'POST', { host, 'content-type': 'application/json', cookie: `harness-client-${new URL(url).port}=window-1` }, settings);
    expect(madeUp.status).toBe(403);
    // A client of its own plus the manager's id in x-client: still its own (empty) session.
    const own = await raw(url, '/client', 'POST', { host, 'content-type': 'application/json' }, '{}');
    const ownCookie = String((own.headers['set-cookie'] as string[])[0]).split(';')[0]!;
    const managerId = managerCookie.split('=')[1]!;
    const r = await raw(url, '/api', 'POST', { host, 'content-type': 'application/json', cookie: ownCookie, 'x-client': managerId }, settings);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'AUTH_REQUIRED' } });
  });

  it('the WebSocket takes only our origin and host, with a harness-issued client', async () => {
    const port = new URL(url).port;
    // DNS rebinding: Origin and Host agree with each other, but name someone else's site.
    expect(await socketOpens(url, { origin: `http://evil.example:${port}`, headers: { host: `evil.example:${port}`, cookie: managerCookie } })).toBeNull();
    expect(await socketOpens(url, { origin: 'http://evil.example', headers: { cookie: managerCookie } })).toBeNull();
    expect(await socketOpens(url, { origin: url })).toBeNull(); // no client id
    expect(await socketOpens(url, { origin: url, headers: { cookie: `harness-client-${port}=window-1` } })).toBeNull();
    const ws = (await socketOpens(url, { origin: url, headers: { cookie: managerCookie } }))!;
    expect(ws).not.toBeNull();
    const answer = new Promise<{ envelope: { ok: boolean } }>((resolve) => ws.once('message', (m) => resolve(JSON.parse(m.toString()))));
    ws.send(JSON.stringify({ id: 1, method: 'settings.get', params: {} }));
    expect((await answer).envelope.ok).toBe(true);
    ws.close();
  });

  it('refuses the page and the event stream to a foreign host, and the events without a client', async () => {
    expect((await raw(url, '/', 'GET', { host: 'evil.example' })).status).toBe(403);
    expect((await raw(url, '/events', 'GET', { host })).status).toBe(403);
  });
});
