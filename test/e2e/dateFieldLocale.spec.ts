// Issue #15/5: dates showed mm/dd/yyyy when Chromium's UI language was not Finnish (a native
// <input type="date"> follows the browser's locale). Here Chromium runs in English (LANGUAGE=en,
// locale en-US) and the app in English too: every date field must still read and show 3.12.2026.
import { test, expect } from '@playwright/test';
import config from '../../playwright.config';
import { addDays } from '../../shared/format/dateInput';
import { formatDate, helsinkiDate } from '../../shared/format/dates';
import { person } from '../support/customers';
import { arrangeRegister, loginThroughUi, shot, STAFF, startHarness, watchConsole, type Harness } from './support/harness';

test.use({
  locale: 'en-US',
  launchOptions: { ...config.use?.launchOptions, env: { ...process.env, LANGUAGE: 'en', LANG: 'en_US.UTF-8' } },
});

let h: Harness;
let staffPassword: string;

test.beforeAll(async () => {
  h = await startHarness();
  ({ staffPassword } = await arrangeRegister(h));
  await h.api('session.login', { username: 'sarka', password: 'Kassakaappi-2026' });
  await h.api('customers.create', person());
  await h.api('session.logout');
});
test.afterAll(async () => h?.stop());

test('an English browser still reads and shows dates as 3.12.2026', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  await page.getByTestId('language-en').click();
  await loginThroughUi(page, STAFF.username, staffPassword);

  await page.keyboard.press('Alt+3');
  const form = page.getByTestId('order-form');
  const date = form.getByLabel('Order date');
  // The order date starts as today, day first, whatever the browser's language.
  await expect(date).toHaveValue(formatDate(helsinkiDate()));
  await expect(date).toHaveAttribute('type', 'text');

  // Typed the Finnish way, with leading zeros or without the year: read day first and shown back tidily.
  const today = helsinkiDate();
  const [y, m, d] = today.split('-');
  await date.fill(`${d}.${m}.`);
  await date.press('Tab');
  await expect(date).toHaveValue(`${Number(d)}.${Number(m)}.${y}`);

  // Month first is not a date here: the field says so in the user's language.
  await date.fill(`${m}/${d}/${y}`);
  await date.press('Tab');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Give the date as dd.mm.yyyy.')).toBeVisible();
  await shot(page, 'date-field-01-invalid-en');

  // The arrow keys move a day; the saved order carries the date typed.
  const yesterday = addDays(today, -1);
  const [yy, ym, yd] = yesterday.split('-');
  await date.fill(`${yd}.${ym}.${yy}`);
  await expect(form.getByText('Give the date as dd.mm.yyyy.')).toBeHidden();
  await date.press('ArrowDown');
  await expect(date).toHaveValue(formatDate(addDays(today, -2)));
  await date.press('ArrowUp');
  await expect(date).toHaveValue(formatDate(yesterday));
  await shot(page, 'date-field-02-order-en');

  await form.getByTestId('order-customer-picker').locator('input').fill('maija');
  await page.getByRole('option', { name: /Maija Mäki-Petäjä/ }).click();
  await form.getByTestId('line-0-description').fill('Kopiopaperi A4');
  await form.getByTestId('line-0-quantity').fill('1');
  await form.getByTestId('line-0-price').fill('4,90');
  await page.getByTestId('save-order').click();
  await expect(page.getByTestId('order-card')).toContainText(formatDate(yesterday));
  expect(errors).toEqual([]);
});
