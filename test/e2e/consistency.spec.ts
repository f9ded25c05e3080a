// Consistency at the counter (issue #15, "consistency and finish"), through the browser harness:
// the seller's phone reads the same on the settings screens as on every printed document
// (050 366 1543, never the stored +358503661543); an order is typed with the shelf prices (VAT
// included) by default, costs what was typed, and its card and invoice draft say which way.
import { test, expect, type Page } from '@playwright/test';
import { eur, shopCustomer } from './support/counter';
import { arrangeRegister, loginThroughUi, MANAGER, shot, startHarness, watchConsole, type Harness } from './support/harness';

let h: Harness;

test.beforeAll(async () => {
  h = await startHarness();
  await arrangeRegister(h);
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  // The invoicing settings' own phone, typed the international way (kept as typed: free text).
  await h.api('invoicing.settings.update', { iban: 'FI7944052020036082', bic: 'HELSFIHH', phone: '+358 40 123 4567' });
  await h.api('customers.create', shopCustomer('Maija', 'Mäki-Petäjä', '050 111 2233', null));
  await h.api('session.logout');
});

test.afterAll(async () => {
  await h.stop();
});

test('settings show the phone numbers the way letters print them', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.keyboard.press('Alt+7');
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

async function typeLine(page: Page, i: number, description: string, quantity: string, price: string) {
  await page.getByTestId(`line-${i}-description`).fill(description);
  await page.getByTestId(`line-${i}-quantity`).fill(quantity);
  await page.getByTestId(`line-${i}-price`).fill(price);
}

test('an order typed with shelf prices costs what was typed; the card and the invoice draft say so', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.keyboard.press('Alt+3');
  const form = page.getByTestId('order-form');
  await expect(form).toBeVisible();
  await expect(form.getByTestId('order-customer-picker').locator('input')).toBeFocused();
  await page.keyboard.type('maija');
  await expect(page.getByRole('option', { name: /Maija Mäki-Petäjä/ })).toBeVisible();
  await page.keyboard.press('Enter');

  // The switch says how prices are typed; on by default (the shop's shelf prices include VAT).
  await expect(form.getByTestId('prices-include-vat')).toBeChecked();
  await expect(form.getByTestId('unit-price-header')).toHaveText('À-hinta (sis. alv)');
  await typeLine(page, 0, 'Kuulakärkikynä', '1', '10,00');
  await page.getByTestId('add-line').click();
  await typeLine(page, 1, 'Kopiopaperi A4', '5', '4,90');
  // Each line costs what was typed: 10,00 and 5 × 4,90 = 24,50 (not 24,47 from a rounded unit price).
  await expect(form.getByTestId('line-0-net')).toHaveText(eur('10,00 €'));
  await expect(form.getByTestId('line-1-net')).toHaveText(eur('24,50 €'));
  await expect(form.getByTestId('order-totals-gross')).toHaveText(eur('34,50 €'));
  await shot(page, 'finish-03-order-with-vat-fi');
  // Off: the same figures are prices without VAT.
  await form.getByTestId('prices-include-vat').uncheck();
  await expect(form.getByTestId('unit-price-header')).toHaveText('À-hinta (alv 0 %)');
  await expect(form.getByTestId('order-totals-gross')).toHaveText(eur('43,30 €'));
  await form.getByTestId('prices-include-vat').check();
  await page.getByTestId('save-order').click();

  const card = page.getByTestId('order-card');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('vat-mode')).toHaveText('Hinnat syötetty ALV:n kanssa');
  await expect(page.getByTestId('order-gross')).toHaveText(eur('34,50 €'));
  // The stored unit price without VAT, with the shelf price it came from.
  await expect(card.getByTestId('lines-table')).toContainText(/7,97\s€\s*syötetty 10,00\s€ sis\. alv/);
  await shot(page, 'finish-04-order-card-fi');

  // Invoiced: the draft says the same, and its editor opens in the same mode with the typed prices.
  await page.getByTestId('invoice-order').click();
  const invoice = page.getByTestId('invoice-card');
  await expect(invoice).toBeVisible();
  await expect(invoice.getByTestId('vat-mode')).toHaveText('Hinnat syötetty ALV:n kanssa');
  await expect(page.getByTestId('invoice-gross')).toHaveText(eur('34,50 €'));
  await shot(page, 'finish-05-invoice-draft-fi');
  await page.getByTestId('edit-draft').click();
  const dialog = page.getByTestId('draft-edit-dialog');
  await expect(dialog.getByTestId('prices-include-vat')).toBeChecked();
  await expect(dialog.getByTestId('line-0-price')).toHaveValue('10,00');
  await expect(dialog.getByTestId('line-1-price')).toHaveValue('4,90');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByTestId('language-en').click();
  await expect(invoice.getByTestId('vat-mode')).toHaveText('Prices entered with VAT');
  await shot(page, 'finish-06-invoice-draft-en');
  await page.keyboard.press('Alt+3');
  await page.keyboard.press('Alt+n');
  await expect(page.getByTestId('order-form').getByTestId('unit-price-header')).toHaveText('Unit price (incl. VAT)');
  await shot(page, 'finish-07-order-form-en');
  await page.getByTestId('language-fi').click();
  expect(errors).toEqual([]);
});
