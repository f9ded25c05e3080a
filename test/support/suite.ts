// A register for a whole describe block: opened before its tests, closed after them. The clients
// it hands out can be taken at once (they forward to the register once it is open), so a suite
// names them in one line instead of a setup block of its own.
import { afterAll, beforeAll } from 'vitest';
import type { Core } from '../../electron/core';
import type { Envelope } from '../../shared/api';
import { openRegister } from './register';

type Opened = Awaited<ReturnType<typeof openRegister>>;

export function suiteRegister(options: { clerk?: boolean; invoicing?: boolean } = {}) {
  let opened: Opened | null = null;
  beforeAll(async () => {
    opened = await openRegister(options);
  });
  afterAll(() => opened?.close());
  const get = (): Opened => {
    if (!opened) throw new Error('the suite register opens in beforeAll');
    return opened;
  };
  const forward =
    (who: () => Opened['manager']) =>
    <T = unknown>(method: string, params: unknown = {}): Promise<Envelope<T>> =>
      who()<T>(method, params);
  return {
    get core(): Core {
      return get().core;
    },
    /** The register's folder. */
    get dir(): string {
      return get().tmp.dir;
    },
    manager: forward(() => get().manager),
    clerk: forward(() => {
      const c = get().clerk;
      if (!c) throw new Error('suiteRegister({ clerk: true }) for a clerk');
      return c;
    }),
  };
}
