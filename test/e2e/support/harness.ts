// Starts the browser harness on a fresh data folder for one spec file, and gives helpers that
// talk to the same core over its API (for arranging data) and to the page (for screenshots).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, type Page } from '@playwright/test';
import { helsinkiDate } from '../../../shared/format/dates';
import { harnessCaller } from '../../harness/client';
import { CONTROLLER as REGISTER_CONTROLLER, MANAGER, STAFF } from '../../support/people';

const root = fileURLToPath(new URL('../../..', import.meta.url));
export const SHOTS = process.env.E2E_SHOTS ?? join(root, 'test-results', 'screens');

export interface Harness {
  url: string;
  dataDir: string;
  /** Moves the core's clock forward (only when started with testClock). */
  advanceDays(days: number): Promise<void>;
  /** Calls the API as a separate client (its own session), like a second window. */
  api<T = unknown>(method: string, params?: unknown, clientId?: string): Promise<T>;
  stop(): Promise<void>;
}

/** Starts test/harness/server.ts on `dataDir` (and a renderer folder, if given) and waits until it
 * listens; shared by the e2e specs and the UI benchmark. */
/** Stands for the OS's mount point of removable media: sticks are made in it, and the harness
 * lets staff back up there as the app lets them on a USB stick (electron/core/backup/staffFolders.ts). */
export const REMOVABLE_ROOT = join(tmpdir(), 'asiakasrekisteri-media');

export async function spawnHarness(dataDir: string, rendererDir?: string, testClock = false): Promise<{ child: ChildProcess; url: string }> {
  const renderer = [...(rendererDir ? ['--renderer', rendererDir] : []), ...(testClock ? ['--test-clock'] : [])];
  mkdirSync(REMOVABLE_ROOT, { recursive: true });
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/harness/server.ts', '--data', dataDir, '--port', '0', '--removable-root', REMOVABLE_ROOT, ...renderer], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`harness did not start: ${stderr}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(d.toString());
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`harness exited with ${code}: ${stderr}`)));
  });
  return { child, url };
}

export async function startHarness(options: { testClock?: boolean; renderer?: string } = {}): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'asiakasrekisteri-e2e-'));
  // E2E_RENDERER: a renderer built into a folder of one's own, so that a rebuild of out/renderer
  // by someone else in the same checkout does not swap the bundle under a running spec.
  const { child, url } = await spawnHarness(dataDir, options.renderer ?? process.env.E2E_RENDERER, options.testClock);
  const call = harnessCaller(url);
  return {
    url,
    dataDir,
    async advanceDays(days: number) {
      const res = await fetch(`${url}/test/advance-days?days=${days}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      if (res.status !== 200) throw new Error(`advance-days refused: ${res.status} ${await res.text()}`);
    },
    async api<T>(method: string, params: unknown = {}, clientId = 'e2e-arranger') {
      const envelope = await call<T>(method, params, clientId);
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.value;
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Collects console errors and page errors (CSP violations show up here) for a final check. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The setup wizard's controller: as the integration tests', the contact typed as a clerk would. */
export const CONTROLLER = { ...REGISTER_CONTROLLER, contactPhone: '050 366 1543', contactEmail: 'pasi@konttorimix.fi' };
export { MANAGER, STAFF };

/**
 * The reference rates of this half-year and the one before, as a shop enters them from the Bank of
 * Finland's notice (a test value), so penalty interest can be computed whatever day the suite runs
 * (the app refuses it for a half-year without its rate). Needs a manager logged in on clientId.
 */
export async function enterReferenceRates(h: Harness, clientId = 'e2e-arranger'): Promise<void> {
  const today = helsinkiDate();
  const year = Number(today.slice(0, 4));
  const firstHalf = Number(today.slice(5, 7)) <= 6;
  const current = `${year}-${firstHalf ? '01' : '07'}-01`;
  const previous = firstHalf ? `${year - 1}-07-01` : `${year}-01-01`;
  const known = await h.api<{ validFrom: string }[]>('invoicing.referenceRates.list', {}, clientId);
  for (const validFrom of [previous, current]) {
    if (!known.some((r) => r.validFrom === validFrom)) await h.api('invoicing.referenceRates.add', { validFrom, rateBp: 250, source: 'Suomen Pankki (testi)' }, clientId);
  }
}

/** The spec's harness on a register arranged as arrangeRegister leaves it: started before the
 * spec's tests, stopped after them. Call at the top of a spec; the getter gives the harness. */
export function arrangedHarness(): () => Harness {
  let h: Harness;
  test.beforeAll(async () => {
    h = await startHarness();
    await arrangeRegister(h);
  });
  test.afterAll(async () => {
    await h.stop();
  });
  return () => h;
}

/** A register with a manager and an active staff user (password already changed), via the API. */
export async function arrangeRegister(h: Harness): Promise<{ staffPassword: string }> {
  await h.api('setup.createRegister', { controller: CONTROLLER, manager: MANAGER, language: 'fi' });
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await h.api('users.create', { ...STAFF, role: 'staff' });
  await enterReferenceRates(h);
  await h.api('session.logout');
  const staffPassword = 'Tiskin-oma-salasana';
  await h.api('session.login', { username: STAFF.username, password: STAFF.password }, 'e2e-staff');
  await h.api('session.changePassword', { currentPassword: STAFF.password, newPassword: staffPassword }, 'e2e-staff');
  await h.api('session.logout', {}, 'e2e-staff');
  return { staffPassword };
}

export async function loginThroughUi(page: Page, username: string, password: string): Promise<void> {
  const form = page.getByTestId('login-form');
  await form.locator('input[name="username"]').fill(username);
  await form.locator('input[name="password"]').fill(password);
  await form.getByRole('button', { name: /Kirjaudu sisään|Log in/ }).click();
  await page.getByTestId('current-user').waitFor();
}

/** A folder standing in for the USB stick; remove() when done. */
export function stickFolder(): { dir: string; remove(): void } {
  mkdirSync(REMOVABLE_ROOT, { recursive: true });
  const dir = mkdtempSync(join(REMOVABLE_ROOT, 'stick-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The manager opens the app, logs in and restores a backup through the screens; the login
 * screen with the restore's report follows. */
export async function restoreThroughUi(page: Page, url: string, file: string, who: { username: string; password: string } = MANAGER): Promise<void> {
  await checkRestoreThroughUi(page, url, file, who);
  await page.getByTestId('restore-confirm-button').click();
}

/** Up to the restore's confirmation: the file checked, the confirmation dialog open. */
export async function checkRestoreThroughUi(page: Page, url: string, file: string, who: { username: string; password: string } = MANAGER): Promise<void> {
  await page.goto(url);
  await loginThroughUi(page, who.username, who.password);
  await page.getByTestId('backup-open').click();
  await page.getByTestId('backup-open-admin').click();
  const restore = page.getByTestId('backup-restore');
  await page.getByTestId('restore-file').fill(file);
  await restore.locator('input[name="username"]').fill(who.username);
  await restore.locator('input[name="password"]').fill(who.password);
  await page.getByTestId('restore-check').click();
}

/** For a spec's restore tests: a harness with the standard register and a stick folder, set up
 * before the spec's tests and removed after them (filled in by beforeAll). */
export function registerAndStick(): { h: Harness; stick: string } {
  const ctx = {} as { h: Harness; stick: string; folder: ReturnType<typeof stickFolder> };
  test.beforeAll(async () => {
    ctx.h = await startHarness();
    await arrangeRegister(ctx.h);
    ctx.folder = stickFolder();
    ctx.stick = ctx.folder.dir;
  });
  test.afterAll(async () => {
    await ctx.h.stop();
    ctx.folder.remove();
  });
  return ctx;
}
