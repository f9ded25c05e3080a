// Issue #15/5, first day at the counter: the setup wizard asks for the bank details invoices need
// (skippable, with a reminder on home until they are given), and a username typed "Maija" stays
// Maija while "maija" logs in too.
import { test, expect, type Page } from '@playwright/test';
import { formatDate } from '../../shared/format/dates';
import { CONTROLLER, MANAGER, enterReferenceRates, shot, startHarness, watchConsole, type Harness } from './support/harness';

let h: Harness;
test.beforeEach(async () => {
  h = await startHarness();
});
test.afterEach(async () => h?.stop());

const IBAN = 'FI79 4405 2020 0360 82';

async function fillController(page: Page, next: RegExp) {
  const controller = page.getByTestId('setup-controller');
  for (const [field, value] of Object.entries(CONTROLLER)) await controller.locator(`input[name="controller.${field}"]`).fill(value);
  await controller.getByRole('button', { name: next }).click();
}

async function createManager(page: Page, username: string, submit: RegExp, next: RegExp) {
  const manager = page.getByTestId('setup-manager');
  await manager.locator('input[name="manager.fullName"]').fill(MANAGER.fullName);
  await manager.locator('input[name="manager.username"]').fill(username);
  await manager.locator('input[name="manager.password"]').fill(MANAGER.password);
  await manager.locator('input[name="manager.confirmPassword"]').fill(MANAGER.password);
  await manager.locator('input[name="manager.commitmentDate"]').fill(formatDate(MANAGER.commitmentDate));
  await manager.getByRole('button', { name: submit }).click();
  const recovery = page.getByTestId('setup-recovery');
  await recovery.locator('input[name="recoveryStored"]').check();
  await recovery.getByRole('button', { name: next }).click();
}

async function login(page: Page, username: string) {
  const form = page.getByTestId('login-form');
  await form.locator('input[name="username"]').fill(username);
  await form.locator('input[name="password"]').fill(MANAGER.password);
  await form.getByRole('button', { name: /Kirjaudu sisään|Log in/ }).click();
  await page.getByTestId('current-user').waitFor();
}

test('skipped at setup, the bank details are asked for on home until given; "Maija" stays Maija', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await fillController(page, /Seuraava/);

  // Step 2: the bank details; a wrong IBAN is named, then the step is skipped.
  const step = page.getByTestId('setup-invoicing');
  await expect(step.getByRole('heading', { name: /Laskutustiedot/ })).toBeVisible();
  await expect(step.getByTestId('settings-iban')).toBeFocused();
  await step.getByTestId('settings-iban').fill('FI79 4405 2020 0360 83');
  await step.getByRole('button', { name: 'Seuraava' }).click();
  await expect(step.getByTestId('settings-iban')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'setup-invoicing-01-step-fi');
  await step.getByTestId('setup-invoicing-skip').click();

  // The manager is typed "Maija"; the hint says case does not matter when logging in.
  await expect(page.getByTestId('setup-manager').getByText(/Isoilla ja pienillä kirjaimilla ei ole kirjautuessa väliä/)).toBeVisible();
  await createManager(page, 'Maija', /Luo rekisteri/, /Jatka kirjautumiseen/);

  // (This half-year's reference rate, as the manager enters it: the reminder below is the IBAN's.)
  await h.api('session.login', { username: 'maija', password: MANAGER.password });
  await enterReferenceRates(h);
  await h.api('session.logout');
  // Logged in as "maija": home reminds of the missing details, and its button opens them.
  await login(page, 'maija');
  const reminder = page.getByTestId('invoicing-reminder');
  await expect(reminder).toContainText('Laskutustiedot puuttuvat');
  await shot(page, 'setup-invoicing-02-home-reminder-fi');
  await reminder.getByTestId('invoicing-reminder-open').click();
  const settings = page.getByTestId('invoicing-settings');
  await settings.getByTestId('settings-iban').fill(IBAN);
  await settings.getByTestId('save-invoicing-settings').click();
  await expect(page.getByTestId('invoicing-settings-status')).toBeVisible();

  // The username is shown as it was typed.
  await page.getByTestId('admin-tab-users').click();
  await expect(page.getByTestId('user-row-Maija')).toBeVisible();

  // Given once, the reminder is gone from home.
  await page.keyboard.press('Alt+1');
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(reminder).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('given at setup, in English: the first login has invoicing ready and no reminder', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await page.getByTestId('language-en').click();
  await fillController(page, /Next/);
  const step = page.getByTestId('setup-invoicing');
  await step.getByTestId('settings-iban').fill(IBAN);
  await step.getByTestId('settings-bic').fill('itelfihh');
  await shot(page, 'setup-invoicing-03-step-en');
  await step.getByRole('button', { name: 'Next' }).click();
  await createManager(page, MANAGER.username, /Create the register/, /Continue to login/);
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await enterReferenceRates(h);
  await h.api('session.logout');
  await login(page, MANAGER.username);
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByTestId('invoicing-reminder')).toHaveCount(0);
  await page.getByTestId('nav-admin').click();
  await page.getByTestId('admin-tab-invoicing').click();
  await expect(page.getByTestId('settings-iban')).toHaveValue(IBAN);
  await expect(page.getByTestId('settings-bic')).toHaveValue('ITELFIHH');
  await expect(page.getByTestId('invoicing-not-ready')).toHaveCount(0);
  expect(errors).toEqual([]);
});
