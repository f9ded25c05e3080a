// A register for a whole describe block: opened before its tests, closed after them. The clients
// it hands out can be taken at once (they forward to the register once it is open), so a suite
// names them in one line instead of a setup block of its own.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Core } from '../../electron/core';
import type { Envelope } from '../../shared/api';
import { createCore, openRegister, setUpRegister, tempDir, testClock } from './register';

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

/** A fresh register for each test, on a clock the test moves (lockouts, idle locks): set up with
 * the standard controller and manager, nobody logged in. */
export function clockedRegisterPerTest(startIso: string) {
  let current: { tmp: ReturnType<typeof tempDir>; clock: ReturnType<typeof testClock>; core: Core } | null = null;
  beforeEach(async () => {
    const tmp = tempDir();
    const clock = testClock(Date.parse(startIso));
    const core = createCore({ dataDir: tmp.dir, now: clock.now });
    current = { tmp, clock, core };
    await setUpRegister(core);
  });
  afterEach(() => {
    current?.core.close();
    current?.tmp.remove();
    current = null;
  });
  const get = () => {
    if (!current) throw new Error('the register opens in beforeEach');
    return current;
  };
  return {
    get core(): Core {
      return get().core;
    },
    get clock(): ReturnType<typeof testClock> {
      return get().clock;
    },
    get dir(): string {
      return get().tmp.dir;
    },
    /** The app closed and started again on the same folder and clock. */
    restart(): void {
      const c = get();
      c.core.close();
      c.core = createCore({ dataDir: c.tmp.dir, now: c.clock.now });
    },
  };
}
