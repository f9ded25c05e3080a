// Issue #17 §1–§2 at the counter: the catalogue screen, and a clerk entering an order of five
// catalogue products with the keyboard alone — once by typing codes and accent-free names, once by
// "scanning" EANs (digits and Enter typed as fast as a USB scanner does).
import { test, expect, type Page } from '@playwright/test';
import { gtinCheckDigit } from '../../shared/finnish/gtin';
import { arrangeShop, eur, shopCustomer } from './support/counter';
import { loginThroughUi, MANAGER, shot, STAFF, startHarness, watchConsole, type Harness } from './support/harness';

let h: Harness;
let staffPassword = '';
const ean = (body: string) => body + gtinCheckDigit(body);

const PRODUCTS = [
  { code: 'KAHVI-500', barcode: ean('641571250301'), nameFi: 'Kahvi Päätalo 500 g', nameEn: 'Coffee 500 g', unit: 'pkt', priceCents: 649, priceIncludesVat: true, vatCategory: 'reducedA' },
  { code: 'PAP-A4', barcode: ean('641000000001'), nameFi: 'Kopiopaperi A4 80 g', nameEn: 'Copy paper A4', unit: 'pkt', priceCents: 490, priceIncludesVat: true, vatCategory: 'general' },
  { code: 'LEHTI-7', barcode: ean('641000000002'), nameFi: 'Kotiseutulehti', nameEn: 'Local paper', unit: 'kpl', priceCents: 450, priceIncludesVat: true, vatCategory: 'reducedB' },
  { code: 'KYN-12', barcode: ean('641000000003'), nameFi: 'Kuulakärkikynä sininen', nameEn: 'Ballpoint pen', unit: 'kpl', priceCents: 120, priceIncludesVat: false, vatCategory: 'general' },
  { code: 'TEE-20', barcode: ean('641000000004'), nameFi: 'Vihreä tee Sencha', nameEn: 'Green tea', unit: 'rs', priceCents: 395, priceIncludesVat: true, vatCategory: 'reducedA' },
];

test.beforeAll(async () => {
  h = await startHarness();
  ({ staffPassword } = await arrangeShop(h));
  await h.api('customers.create', shopCustomer('Aino', 'Äijälä', '050 366 1543', null));
  for (const p of PRODUCTS) await h.api('products.create', p);
  await h.api('session.logout');
});

test.afterAll(async () => {
  await h.stop();
});

/** Alt+3, the customer by typing and Enter: the focus is then in the product search. */
async function newOrderFor(page: Page) {
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('order-form')).toBeVisible();
  await expect(page.getByTestId('order-customer-picker').locator('input')).toBeFocused();
  await page.keyboard.type('aijala');
  await expect(page.getByRole('option', { name: /Aino Äijälä/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('catalogue-input')).toBeFocused();
}

async function savedOrderLines() {
  const list = await h.api<{ rows: { id: number }[] }>('orders.list', { limit: 1 }, 'checker');
  const order = await h.api<{ lines: { description: string; quantity: number; vatRateBp: number; unit: string }[]; grossCents: number }>('orders.get', { id: list.rows[0]!.id }, 'checker');
  return order;
}

test('a clerk enters five catalogue products by code and name, keyboard only', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, STAFF.username, staffPassword);
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password }, 'checker');
  await newOrderFor(page);
  const search = page.getByTestId('catalogue-input');
  // a code, typed with the list showing: Enter takes the highlighted first match
  await page.keyboard.type('kahvi-500');
  await expect(page.getByRole('option', { name: /Kahvi Päätalo/ })).toBeVisible();
  await shot(page, 'products-01-catalogue-search-fi');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('line-0-description')).toHaveValue('Kahvi Päätalo 500 g');
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');
  // accent-free name words; ↓ picks the second match
  await page.keyboard.type('kopiopaperi');
  await page.keyboard.press('Enter');
  await page.keyboard.type('kotiseutu');
  await page.keyboard.press('Enter');
  await page.keyboard.type('kuulakarki');
  await page.keyboard.press('Enter');
  await page.keyboard.type('vihrea tee');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('line-4-description')).toHaveValue('Vihreä tee Sencha');
  // the same product again: one more on its line, no sixth line
  await page.keyboard.type('KAHVI-500');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('line-0-quantity')).toHaveValue('2');
  await expect(page.getByTestId('catalogue-status')).toContainText('määrä nyt 2');
  await expect(page.getByTestId('order-line-5')).toHaveCount(0);
  // a search that finds nothing says so and adds nothing
  await page.keyboard.type('olematon');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('catalogue-status')).toContainText('Ei tuotetta haulla ”olematon”');
  await page.keyboard.press('Escape');
  // prices come from the products, rates from their classes by the delivery date (today)
  await expect(page.getByTestId('line-0-price')).toHaveValue('6,49');
  await expect(page.getByTestId('line-3-price')).toHaveValue('1,51'); // 1,20 without VAT + 25,5 %
  await expect(page.getByTestId('line-0-vatCategory')).toHaveValue('reducedA');
  await expect(page.getByTestId('line-2-vatCategory')).toHaveValue('reducedB');
  // 2 × 6,49 + 4,90 + 4,50 + 1,51 + 3,95 = 27,84, or a cent under where a shelf price has no exact net
  await expect(page.getByTestId('order-totals-gross')).toHaveText(/27,8[34]\s€/);
  const shown = await page.getByTestId('order-totals-gross').textContent();
  await shot(page, 'products-02-order-by-code-and-name-fi');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('order-card')).toBeVisible();

  const order = await savedOrderLines();
  expect(order.lines.map((l) => [l.description, l.quantity, l.vatRateBp])).toEqual([
    ['Kahvi Päätalo 500 g', 2, 1350],
    ['Kopiopaperi A4 80 g', 1, 2550],
    ['Kotiseutulehti', 1, 1000],
    ['Kuulakärkikynä sininen', 1, 2550],
    ['Vihreä tee Sencha', 1, 1350],
  ]);
  expect(eur((order.grossCents / 100).toFixed(2).replace('.', ',') + ' €').test(shown ?? '')).toBe(true);
  expect(errors).toEqual([]);
});

test('a clerk scans five EANs (digits + Enter as fast as a scanner), keyboard only', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, STAFF.username, staffPassword);
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password }, 'checker');
  await newOrderFor(page);
  const scans = [PRODUCTS[4]!, PRODUCTS[3]!, PRODUCTS[2]!, PRODUCTS[1]!, PRODUCTS[0]!, PRODUCTS[0]!];
  for (const [i, p] of scans.entries()) {
    // a scanner: every digit and the Enter within a few milliseconds, no waiting for the list
    await page.keyboard.type(p.barcode, { delay: 2 });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('catalogue-status')).toContainText(i === 5 ? 'määrä nyt 2' : `${p.nameFi} lisätty`);
  }
  await expect(page.getByTestId('order-line-4')).toBeVisible();
  await expect(page.getByTestId('order-line-5')).toHaveCount(0);
  await expect(page.getByTestId('line-4-quantity')).toHaveValue('2');
  // a misread code (wrong check digit) finds nothing
  await page.keyboard.type('6415712503018', { delay: 2 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('catalogue-status')).toContainText('Ei tuotetta');
  await page.keyboard.press('Escape');
  // a free-text line still goes below the products: Tab into the lines, Enter adds one
  await page.getByTestId('line-4-discount').focus(); // (the only non-keyboard step: reaching the last line directly)
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('line-5-description')).toBeFocused();
  await page.keyboard.type('Lahjapaketointi');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2,00');
  await shot(page, 'products-03-order-by-scanning-fi');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('order-card')).toBeVisible();
  const order = await savedOrderLines();
  expect(order.lines.map((l) => [l.description, l.quantity])).toEqual([
    ['Vihreä tee Sencha', 1],
    ['Kuulakärkikynä sininen', 1],
    ['Kotiseutulehti', 1],
    ['Kopiopaperi A4 80 g', 1],
    ['Kahvi Päätalo 500 g', 2],
    ['Lahjapaketointi', 1],
  ]);
  expect(errors).toEqual([]);
});

test('the catalogue screen: list, search, a wrong EAN refused under its field, export', async ({ page }) => {
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.keyboard.press('Alt+8');
  await expect(page.getByTestId('products-screen')).toBeVisible();
  await expect(page.getByTestId('product-row-KAHVI-500')).toBeVisible();
  await page.getByTestId('product-search').fill('paatalo');
  await expect(page.getByTestId('product-row-PAP-A4')).toHaveCount(0);
  await expect(page.getByTestId('product-row-KAHVI-500')).toBeVisible();
  await shot(page, 'products-04-list-fi');
  await page.getByTestId('new-product').click();
  await page.getByTestId('product-code').fill('kahvi-500');
  await page.getByTestId('product-barcode').fill('6415712503018');
  await page.getByTestId('product-nameFi').fill('Toinen kahvi');
  await page.getByTestId('product-price').fill('-1');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('product-form')).toContainText('tarkistusnumero');
  await expect(page.getByTestId('product-form')).toContainText('negatiivinen');
  await page.getByTestId('product-barcode').fill('');
  await page.getByTestId('product-price').fill('5,00');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('product-form')).toContainText('Tuotekoodi KAHVI-500 on jo käytössä');
  await expect(page.getByTestId('product-form')).not.toContainText('{{');
  await shot(page, 'products-05-form-errors-fi');
  await page.getByTestId('product-code').fill('KAHVI-1000');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('product-saved')).toContainText('KAHVI-1000');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-products').click()]);
  expect(download.suggestedFilename()).toMatch(/^tuotteet-.*\.csv$/);
});
