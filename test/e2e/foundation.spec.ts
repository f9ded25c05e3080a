// The foundation end to end, through the browser harness (the real core, real encrypted files):
// first-run setup -> recovery code PDF -> manager login -> a staff user -> logout -> staff login
// with the forced password change -> idle lock -> unlock.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { formatDate } from '../../shared/format/dates';
import { CONTROLLER, MANAGER, STAFF, SHOTS, shot, startHarness, watchConsole, type Harness } from './support/harness';

let h: Harness;
let recoveryCode = '';
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => {
  await h.stop();
});

test('first start to idle lock, as a shop would live it', async ({ page }) => {
  const errors = watchConsole(page);
  await page.clock.install();
  await page.goto(h.url);

  // 1. Setup wizard: the controller and the register's contact person.
  const controller = page.getByTestId('setup-controller');
  await expect(controller).toBeVisible();
  await shot(page, 'foundation-01-setup-controller');
  await controller.getByRole('button', { name: 'Seuraava' }).click();
  await expect(controller.locator('input[name="controller.name"]')).toHaveAttribute('aria-invalid', 'true');
  for (const [field, value] of Object.entries({ ...CONTROLLER, businessId: '1007435-4' })) {
    await controller.locator(`input[name="controller.${field}"]`).fill(value);
  }
  await controller.getByRole('button', { name: 'Seuraava' }).click();
  await expect(controller.getByText(/Y-tunnus ei kelpaa/)).toBeVisible();
  await shot(page, 'foundation-02-setup-bad-business-id');
  await controller.locator('input[name="controller.businessId"]').fill(CONTROLLER.businessId);
  await controller.getByRole('button', { name: 'Seuraava' }).click();

  // The bank details for invoices can wait (setupInvoicing.spec gives them and follows the reminder).
  await page.getByTestId('setup-invoicing-skip').click();

  // 2. The first manager.
  const manager = page.getByTestId('setup-manager');
  await manager.locator('input[name="manager.fullName"]').fill(MANAGER.fullName);
  await manager.locator('input[name="manager.username"]').fill(MANAGER.username);
  await manager.locator('input[name="manager.password"]').fill('lyhyt');
  await manager.locator('input[name="manager.confirmPassword"]').fill('lyhyt');
  await manager.locator('input[name="manager.commitmentDate"]').fill(formatDate(MANAGER.commitmentDate));
  await manager.getByRole('button', { name: 'Luo rekisteri' }).click();
  await expect(manager.getByText('Salasanassa on oltava vähintään 10 merkkiä.')).toBeVisible();
  await manager.locator('input[name="manager.password"]').fill(MANAGER.password);
  await manager.locator('input[name="manager.confirmPassword"]').fill(MANAGER.password);
  await shot(page, 'foundation-03-setup-manager');
  await manager.getByRole('button', { name: 'Luo rekisteri' }).click();

  // 3. The recovery code, shown once, with its PDF for the fireproof safe.
  const recovery = page.getByTestId('setup-recovery');
  const code = (await recovery.getByTestId('recovery-code').innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$/);
  recoveryCode = code;
  await shot(page, 'foundation-04-recovery-code');
  const [download] = await Promise.all([page.waitForEvent('download'), recovery.getByTestId('recovery-pdf').click()]);
  const pdfPath = join(SHOTS, 'foundation-recovery-code.pdf');
  await download.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  expect(execFileSync('pdftotext', [pdfPath, '-']).toString()).toContain(code);
  const next = recovery.getByRole('button', { name: 'Jatka kirjautumiseen' });
  await expect(next).toBeDisabled();
  await recovery.locator('input[name="recoveryStored"]').check();
  await next.click();

  // The data folder holds no personal data in plain text (names, the contact's email, passwords).
  // (The support log in logs/ is scanned file by file too; supportLog.spec scans it after a whole journey.)
  for (const f of [...readdirSync(h.dataDir).filter((f) => f !== 'logs'), ...readdirSync(join(h.dataDir, 'logs')).map((l) => join('logs', l))]) {
    const bytes = readFileSync(join(h.dataDir, f));
    for (const needle of [MANAGER.fullName, CONTROLLER.contactEmail, MANAGER.password, code]) expect(bytes.includes(Buffer.from(needle)), `${needle} in ${f}`).toBe(false);
  }

  // 4. Manager logs in; a wrong password first.
  const login = page.getByTestId('login-form');
  await login.locator('input[name="username"]').fill(MANAGER.username);
  await login.locator('input[name="password"]').fill('aivan-väärä-salasana');
  await login.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page.getByTestId('login-error')).toHaveText(/Väärä käyttäjätunnus tai salasana/);
  await shot(page, 'foundation-05-login-wrong-password');
  await login.locator('input[name="password"]').fill(MANAGER.password);
  await login.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page.getByTestId('current-user')).toContainText(MANAGER.fullName);

  // 5. The manager creates a staff user.
  await page.getByTestId('nav-admin').click();
  await page.getByTestId('new-user').click();
  const dialog = page.getByTestId('create-user-dialog');
  await dialog.locator('input[name="fullName"]').fill(STAFF.fullName);
  await dialog.locator('input[name="username"]').fill(STAFF.username);
  await dialog.locator('select[name="role"]').selectOption('staff');
  await dialog.locator('input[name="password"]').fill(STAFF.password);
  await dialog.locator('input[name="commitmentDate"]').fill(formatDate(STAFF.commitmentDate));
  await dialog.getByRole('button', { name: 'Luo käyttäjä' }).click();
  await expect(page.getByTestId(`user-row-${STAFF.username}`)).toBeVisible();
  await shot(page, 'foundation-06-users');

  // 6. Logout; the staff member logs in and must change the temporary password.
  await page.getByTestId('logout-button').click();
  await login.locator('input[name="username"]').fill(STAFF.username);
  await login.locator('input[name="password"]').fill(STAFF.password);
  await login.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  const change = page.getByTestId('change-password-form');
  await expect(change).toBeVisible();
  await shot(page, 'foundation-07-forced-password-change');
  const newPassword = 'Tiskin-oma-salasana';
  await change.locator('input[name="currentPassword"]').fill(STAFF.password);
  await change.locator('input[name="newPassword"]').fill(newPassword);
  await change.locator('input[name="confirmPassword"]').fill(newPassword);
  await change.getByRole('button', { name: 'Vaihda salasana' }).click();
  await expect(page.getByTestId('current-user')).toContainText(STAFF.fullName);
  // Staff have no administration.
  await expect(page.getByTestId('nav-admin')).toHaveCount(0);
  await shot(page, 'foundation-08-staff-shell');

  // 7. Idle for the default five minutes: the screen locks and hides the app.
  await page.clock.runFor(5 * 60_000 + 2_000);
  const lock = page.getByTestId('lock-screen');
  await expect(lock).toBeVisible();
  await expect(page.getByTestId('nav-customers')).toHaveCount(0);
  await expect(lock.getByTestId('lock-user')).toContainText(STAFF.fullName);
  await shot(page, 'foundation-09-idle-locked');
  const unlock = lock.getByTestId('unlock-form');
  await unlock.locator('input[name="password"]').fill('ei-tämä-salasana');
  await unlock.getByRole('button', { name: 'Avaa lukitus' }).click();
  await expect(lock.getByTestId('unlock-error')).toBeVisible();
  await unlock.locator('input[name="password"]').fill(newPassword);
  await unlock.getByRole('button', { name: 'Avaa lukitus' }).click();
  await expect(page.getByTestId('current-user')).toContainText(STAFF.fullName);
  await shot(page, 'foundation-10-unlocked');

  // 8. The audit log saw all of it, and its chain holds.
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password }, 'auditor');
  const audit = await h.api<{ action: string }[]>('audit.list', { limit: 100 }, 'auditor');
  const actions = audit.map((a) => a.action);
  for (const a of ['register.create', 'login.failed', 'login', 'user.create', 'logout', 'password.change', 'session.lock', 'session.unlock']) expect(actions).toContain(a);
  expect(await h.api<{ ok: boolean }>('audit.verify', {}, 'auditor')).toMatchObject({ ok: true });

  expect(errors).toEqual([]);
});

test('English throughout, and a locked account says until when', async ({ page }) => {
  await page.goto(h.url);
  await page.getByTestId('language-en').click();
  const login = page.getByTestId('login-form');
  for (let i = 1; i <= 5; i++) {
    await login.locator('input[name="username"]').fill('ande');
    await login.locator('input[name="password"]').fill(`wrong-password-${i}`);
    await login.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByTestId('login-error')).toContainText(i < 5 ? 'Wrong username or password' : 'locked');
  }
  await expect(page.getByTestId('login-error')).toContainText(/until \d{1,2}\.\d{1,2}\.\d{4} \d{2}:\d{2}/);
  await shot(page, 'foundation-11-en-account-locked');
});

test('the recovery code from the safe sets a new manager password', async ({ page }) => {
  expect(recoveryCode).not.toBe('');
  await page.goto(h.url);
  await page.getByTestId('recovery-link').click();
  const form = page.getByTestId('recovery-form');
  await form.locator('input[name="recoveryCode"]').fill(recoveryCode.toLowerCase());
  await form.locator('input[name="username"]').fill(MANAGER.username);
  await form.locator('input[name="newPassword"]').fill('Kassakaapin-uusi-1');
  await form.locator('input[name="confirmPassword"]').fill('Kassakaapin-uusi-1');
  await shot(page, 'foundation-12-recovery-form');
  await form.getByRole('button', { name: 'Aseta uusi salasana' }).click();
  await expect(page.getByTestId('login-notice')).toHaveText(/Uusi salasana on asetettu/);
  const login = page.getByTestId('login-form');
  await expect(login.locator('input[name="username"]')).toHaveValue(MANAGER.username);
  await login.locator('input[name="password"]').fill('Kassakaapin-uusi-1');
  await login.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page.getByTestId('current-user')).toContainText(MANAGER.fullName);
});
