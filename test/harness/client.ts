// For scripts (e2e arrangers, benchmarks, tests) that call the harness's API directly: each named
// client gets its own harness-issued id (cookie from POST /client), i.e. its own session, as a
// second window would. The harness ignores any client id a caller makes up (guard.ts).
import type { Envelope } from '../../shared/api';

export function harnessCaller(url: string) {
  const cookies = new Map<string, Promise<string>>();
  const cookieFor = (name: string): Promise<string> => {
    let c = cookies.get(name);
    if (!c) {
      c = fetch(`${url}/client`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then((res) => {
        const set = res.headers.get('set-cookie');
        if (res.status !== 200 || !set) throw new Error(`harness refused a client: ${res.status}`);
        return set.split(';')[0]!;
      });
      cookies.set(name, c);
    }
    return c;
  };
  return async function call<T = unknown>(method: string, params: unknown = {}, clientName = 'script', lang: 'fi' | 'en' = 'fi'): Promise<Envelope<T>> {
    const res = await fetch(`${url}/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: await cookieFor(clientName) },
      body: JSON.stringify({ method, params, lang }),
    });
    return (await res.json()) as Envelope<T>;
  };
}
