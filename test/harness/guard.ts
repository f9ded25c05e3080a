// Who may drive the harness's core: only the harness's own page and local scripts. The harness
// listens on 127.0.0.1, but any web page open in the same browser can still send requests there
// (a cross-site form post, a fetch with text/plain, a WebSocket), and a hostile DNS name can be
// re-pointed at 127.0.0.1 (DNS rebinding: the request then carries Host: evil.example). So every
// request must name our host and port, carry no foreign Origin and not be marked cross-site, and
// the API only takes JSON (a content type a cross-site page cannot send without a preflight).
//
// Sessions: the core keys a session by a client id. The caller no longer chooses it (an x-client
// header let anyone take over a logged-in window's session): the harness issues random ids, in an
// HttpOnly, SameSite=Strict cookie (the page gets one when it loads; scripts ask POST /client),
// and only ids it issued are honoured.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export class HarnessGuard {
  private readonly issued = new Set<string>();
  constructor(private readonly port: () => number) {}

  private hosts(): string[] {
    return [`127.0.0.1:${this.port()}`, `localhost:${this.port()}`];
  }

  /** Why a request is refused, or null when it may go on. */
  refusal(req: IncomingMessage): string | null {
    if (!this.hosts().includes(String(req.headers.host ?? '').toLowerCase())) return 'unknown host';
    const origin = req.headers.origin;
    if (origin !== undefined && !this.hosts().some((h) => origin.toLowerCase() === `http://${h}`)) return 'foreign origin';
    if (String(req.headers['sec-fetch-site'] ?? '').toLowerCase() === 'cross-site') return 'cross-site request';
    return null;
  }

  /** POST /api (and /client) take JSON only: a cross-site page can send text/plain or a form
   * without asking, application/json only after a preflight the harness never answers. */
  isJson(req: IncomingMessage): boolean {
    return /^application\/json\s*(;|$)/i.test(String(req.headers['content-type'] ?? ''));
  }

  private cookieName(): string {
    return `harness-client-${this.port()}`;
  }

  /** The client id this request's cookie carries, if the harness issued it. */
  clientOf(req: IncomingMessage): string | null {
    const name = this.cookieName();
    for (const part of String(req.headers.cookie ?? '').split(';')) {
      const [k, v] = part.trim().split('=');
      if (k === name && v && this.issued.has(v)) return v;
    }
    return null;
  }

  /** A new client id, set as this response's cookie. */
  issue(res: ServerResponse): string {
    const id = randomUUID();
    this.issued.add(id);
    res.setHeader('set-cookie', `${this.cookieName()}=${id}; HttpOnly; SameSite=Strict; Path=/`);
    return id;
  }
}
