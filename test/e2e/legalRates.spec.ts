// Issue #16 §2 through the screens: the manager keeps the legal parameters up to date in
// Administration → Invoicing — a new VAT rate with its source is added, and the order form's line
// editor offers it from its first day; a row without a source is refused in the form.
import { test, expect } from '@playwright/test';
import { formatDate, helsinkiDate } from '../../shared/format/dates';
import { arrangedHarness, loginThroughUi, MANAGER, shot, watchConsole } from './support/harness';

const harness = arrangedHarness();

test('a VAT rate change is one row with its source, and the line editor prices with it', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(harness().url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.keyboard.press('Alt+7');
  await page.getByTestId('admin-tab-invoicing').click();

  const vat = page.getByTestId('vat-rates');
  await expect(vat).toContainText('HE 93/2025'); // shipped with the program, with its source
  await expect(page.getByTestId('reminder-fee-limits')).toContainText('10 a §');
  await expect(page.getByTestId('reference-rates')).toContainText('Suomen Pankki');

  await vat.locator('select').selectOption('reducedB');
  await vat.getByLabel('Voimassa alkaen').fill(formatDate(helsinkiDate()));
  await vat.getByLabel('Verokanta %').fill('12');
  await page.getByTestId('vat-rates-add').click();
  await expect(vat.locator('.field__error')).toHaveCount(1); // the source is required
  await vat.getByLabel('Lähde').fill('Testilaki 9/2026');
  await page.getByTestId('vat-rates-add').click();
  await expect(vat.getByRole('row', { name: /Testilaki 9\/2026/ })).toContainText('12 %');
  await expect(vat.getByRole('row', { name: /Testilaki 9\/2026/ })).toContainText(MANAGER.fullName);
  await vat.scrollIntoViewIfNeeded();
  await shot(page, 'legal-01-vat-rates-fi');

  await page.keyboard.press('Alt+3');
  await page.getByTestId('orders-tab-new').click();
  await expect(page.getByTestId('line-0-vatCategory').locator('option[value="reducedB"]')).toHaveText(/^12 %/);
  expect(errors).toEqual([]);
});
