// Test support: real cores on real encrypted files in temporary folders — never a mocked store.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core';
import type { Envelope } from '../../shared/api';

import { CONTROLLER, MANAGER, STAFF } from './people';

export { CONTROLLER, MANAGER, STAFF };

export function tempDir(prefix = 'asiakasrekisteri-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A mutable clock for idle and lockout tests. */
export function testClock(start = Date.now()) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

export function client(core: Core, clientId = 'window-1', lang: 'fi' | 'en' = 'fi') {
  return <T = unknown>(method: string, params: unknown = {}) => core.call(clientId, lang, method, params) as Promise<Envelope<T>>;
}

export function value<T>(e: Envelope<T>): T {
  if (!e.ok) throw new Error(`expected ok, got ${e.error.code}: ${e.error.message}`);
  return e.value;
}

/** Creates a register with the standard controller and manager; returns the recovery code. */
export async function setUpRegister(core: Core): Promise<{ recoveryCode: string; recoveryPdf: { filename: string; base64: string } }> {
  return value(await client(core, 'setup')('setup.createRegister', { controller: CONTROLLER, manager: MANAGER, language: 'fi' }));
}

export async function loggedIn(core: Core, who: { username: string; password: string }, clientId = 'window-1', lang: 'fi' | 'en' = 'fi') {
  const c = client(core, clientId, lang);
  value(await c('session.login', { username: who.username, password: who.password }));
  return c;
}

export { createCore };

/** A counter clerk: the manager creates the staff user, who logs in and sets their own password
 * (the first login requires it). Returns the clerk's client. */
export async function staffClerk(core: Core, manager: ReturnType<typeof client>, over: Record<string, unknown> = {}) {
  value(await manager('users.create', { ...STAFF, role: 'staff', ...over }));
  const s = await loggedIn(core, STAFF, 'staff');
  value(await s('session.changePassword', { currentPassword: STAFF.password, newPassword: 'Tiskin-oma-salasana' }));
  return s;
}

/** A register in a temporary folder with a "USB stick" folder beside it, the manager logged in. */
export async function registerWithStick() {
  const tmp = tempDir();
  const dir = join(tmp.dir, 'data');
  const stick = join(tmp.dir, 'usb');
  mkdirSync(stick);
  const core = createCore({ dataDir: dir });
  await setUpRegister(core);
  const manager = await loggedIn(core, MANAGER);
  return {
    tmp,
    dir,
    stick,
    core,
    manager,
    close() {
      core.close();
      tmp.remove();
    },
  };
}

/** A register in a temporary folder with the manager logged in, and (clerk: true) a staff clerk
 * who has changed the first password; invoicing: true gives the shop an IBAN and BIC. */
export async function openRegister(options: { clerk?: boolean; invoicing?: boolean } = {}) {
  const tmp = tempDir();
  const core = createCore({ dataDir: tmp.dir });
  await setUpRegister(core);
  const manager = await loggedIn(core, MANAGER, 'manager');
  if (options.invoicing) value(await manager('invoicing.settings.update', { iban: 'FI7944052020036082', bic: 'HELSFIHH' }));
  const clerk = options.clerk ? await staffClerk(core, manager) : null;
  return {
    tmp,
    core,
    manager,
    clerk,
    close() {
      core.close();
      tmp.remove();
    },
  };
}
