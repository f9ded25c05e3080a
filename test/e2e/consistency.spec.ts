// Consistency at the counter (issue #15, "consistency and finish"), through the browser harness:
// the seller's phone reads the same on the settings screens as on every printed document
// (050 366 1543, never the stored +358503661543).
import { test, expect } from '@playwright/test';
import { arrangeRegister, loginThroughUi, MANAGER, shot, startHarness, watchConsole, type Harness } from './support/harness';

let h: Harness;

test.beforeAll(async () => {
  h = await startHarness();
  await arrangeRegister(h);
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  // The invoicing settings' own phone, typed the international way (kept as typed: free text).
  await h.api('invoicing.settings.update', { iban: 'FI7944052020036082', bic: 'HELSFIHH', phone: '+358 40 123 4567' });
  await h.api('session.logout');
});

test.afterAll(async () => {
  await h.stop();
});

test('settings show the phone numbers the way letters print them', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.keyboard.press('Alt+6');
  await page.getByTestId('admin-tab-settings').click();
  const settings = page.getByTestId('settings-form');
  // setup stored the controller's phone as +358503661543
  const phone = settings.locator('input[name="controller.contactPhone"]');
  await expect(phone).toHaveValue('050 366 1543');
  await phone.scrollIntoViewIfNeeded();
  await shot(page, 'finish-01-settings-phone-fi');
  await page.getByTestId('admin-tab-invoicing').click();
  await expect(page.getByTestId('invoicing-settings').locator('input[name="phone"]')).toHaveValue('040 123 4567');
  await page.getByTestId('language-en').click();
  await page.getByTestId('admin-tab-settings').click();
  const phoneEn = page.getByTestId('settings-form').locator('input[name="controller.contactPhone"]');
  await expect(phoneEn).toHaveValue('050 366 1543');
  await phoneEn.scrollIntoViewIfNeeded();
  await shot(page, 'finish-02-settings-phone-en');
  await page.getByTestId('language-fi').click();
  expect(errors).toEqual([]);
});
