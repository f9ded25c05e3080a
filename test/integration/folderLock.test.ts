import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostname } from 'node:os';
import type { Core } from '../../electron/core';
import { translator } from '../../shared/i18n/translate';
import { MANAGER, createCore, loggedIn, setUpRegister, tempDir, value } from '../support/register';

function openInAnotherProcess(dir: string): { opened: boolean; key?: string } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'test/support/openSecondProcess.ts', dir], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as { opened: boolean; key?: string };
}

describe('one process per register', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  beforeAll(async () => {
    tmp = tempDir();
    core = createCore({ dataDir: tmp.dir });
    await setUpRegister(core);
  });
  afterAll(() => {
    core.close();
    tmp.remove();
  });

  it('refuses a second process with "register is open elsewhere"; the first keeps working', async () => {
    const m = await loggedIn(core, MANAGER);
    expect(openInAnotherProcess(tmp.dir)).toEqual({ opened: false, key: 'registerInUse' });
    expect(translator('fi')('errors.registerInUse', { holder: 'x' })).toMatch(/on jo auki/);
    expect(translator('en')('errors.registerInUse', { holder: 'x' })).toMatch(/already open/);
    expect(value(await m<{ ok: boolean }>('audit.verify')).ok).toBe(true);
  });

  it('refuses a second open in the same process too', () => {
    expect(() => createCore({ dataDir: tmp.dir })).toThrow(/registerInUse/);
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const other = tempDir();
    try {
      writeFileSync(join(other.dir, 'register.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname() }));
      expect(openInAnotherProcess(other.dir)).toEqual({ opened: true });
    } finally {
      other.remove();
    }
  });
});
