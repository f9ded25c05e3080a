// Issue #17 §3 through the screens: the manager opens Reports (Alt+9), picks this year, sees the
// VAT table with its totals row (per rate, in the app's money format), sorts it, looks at the sales
// chart, and downloads the VAT report as PDF and CSV. A clerk has no Reports in the menu.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { helsinkiDate } from '../../shared/format/dates';
import { formatMoney } from '../../shared/format/money';
import type { Invoice } from '../../shared/api/invoices';
import { arrangedHarness, loginThroughUi, MANAGER, shot, STAFF, watchConsole } from './support/harness';
import { shopCustomer } from './support/counter';
import { pdfTextOf } from './support/privacy';

const harness = arrangedHarness();
const today = helsinkiDate();
const year = today.slice(0, 4);
let issued: Invoice;

test.beforeAll(async () => {
  const h = harness();
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await h.api('invoicing.settings.update', { iban: 'FI7944052020036082', bic: 'HELSFIHH' });
  const aino = await h.api<{ id: number }>('customers.create', shopCustomer('Aino', 'Äijälä', '050 366 1543', null));
  const coffee = await h.api<{ id: number }>('products.create', { code: 'KAHVI', nameFi: 'Kahvi 500 g', nameEn: 'Coffee 500 g', unit: 'pkt', priceCents: 699, priceIncludesVat: true, vatCategory: 'reducedA' });
  const draft = await h.api<Invoice>('invoices.createDraft', {
    customerId: aino.id,
    lines: [
      { description: 'Kahvi 500 g', quantity: 4, unit: 'pkt', unitPriceCents: 616, vatCategory: 'reducedA', productId: coffee.id },
      { description: 'Kopiopaperi A4', quantity: 3, unit: 'pkt', unitPriceCents: 595, vatCategory: 'general' },
    ],
  });
  issued = await h.api<Invoice>('invoices.issue', { id: draft.id, invoiceDate: today });
  await h.api('session.logout');
});

test('the manager sees the year’s VAT by rate with totals and downloads it as PDF and CSV', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(harness().url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.keyboard.press('Alt+9');
  await expect(page.getByRole('heading', { name: 'Raportit' })).toBeVisible();
  await page.getByTestId('period-kind').selectOption('year');
  await page.getByTestId('period-year').fill(year);
  await page.getByTestId('report-show').click();

  const table = page.getByTestId('report-table');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.locator('tbody tr').first()).toContainText('301');
  await expect(table.locator('tbody tr').first()).toContainText('25,5 %');
  const totals = table.locator('tfoot tr');
  await expect(totals).toContainText('Yhteensä');
  await expect(totals).toContainText(formatMoney(issued.netCents).replace(/\u00a0/g, ' ').replace(' €', ''));
  await expect(totals).toContainText(formatMoney(issued.vatCents).replace(/\u00a0/g, ' ').replace(' €', ''));
  // Sortable: the tax column, descending, then ascending.
  await table.getByRole('button', { name: /^Vero/ }).first().click();
  await expect(table.locator('th[aria-sort]')).toHaveCount(1);
  await shot(page, 'reports-01-vat-fi');

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-pdf').click()]);
  expect(pdf.suggestedFilename()).toBe(`vat-${year}-01-01_${year}-12-31.pdf`);
  const text = await pdfTextOf(pdf);
  expect(text).toContain('ALV verokannoittain');
  expect(text).toContain(`Jakso 1.1.${year}–31.12.${year}`);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-csv').click()]);
  const csvText = readFileSync((await csv.path())!, 'utf8');
  expect(csvText).toContain('Kenttä;Verokanta;Peruste;Veroton myynti;Vero');

  // Sales by product, with its chart.
  await page.getByTestId('report-sales').click();
  await page.getByTestId('report-show').click();
  await expect(page.getByTestId('sales-chart').locator('svg')).toBeVisible();
  await expect(page.getByTestId('report-table').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('report-table')).toContainText('Muut rivit');
  await shot(page, 'reports-02-sales-fi');

  // A custom period that ends before it starts is refused on its field.
  await page.getByTestId('report-vat').click();
  await page.getByTestId('period-kind').selectOption('custom');
  await page.getByLabel('Alkaen').fill(`31.3.${year}`);
  await page.getByLabel('Päättyen').fill(`1.3.${year}`);
  await page.getByTestId('report-show').click();
  await expect(page.getByText('Jakson loppupäivä ei voi olla ennen alkupäivää.').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a clerk has no reports in the menu', async ({ page }) => {
  await page.goto(harness().url);
  await loginThroughUi(page, STAFF.username, 'Tiskin-oma-salasana');
  await expect(page.getByTestId('nav-customers')).toBeVisible();
  await expect(page.getByTestId('nav-reports')).toHaveCount(0);
});
