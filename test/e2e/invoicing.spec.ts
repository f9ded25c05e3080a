// Orders and invoices end to end through the browser harness (the real core): a counter sale typed
// with the keyboard alone and paid on the spot, with the receipt PDF; an order of an
// organisation's contact invoiced (the invoice goes to the organisation), a partial payment, a
// payment reminder with its PDF, the rest sent to collection — and the disclosure that records it
// on the customer's card. Then the manager's invoicing settings and the screens in English.
import { readFileSync } from 'node:fs';
import { test, expect, type Download, type Page } from '@playwright/test';
import { arrangeShop, daysAgo, eur, shopCustomer } from './support/counter';
import { loginThroughUi, MANAGER, shot, STAFF, startHarness, watchConsole, type Harness } from './support/harness';

let h: Harness;
let staffPassword = '';

const fiDate = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y: string, m: string, d: string) => `${Number(d)}.${Number(m)}.${y}`);

test.beforeAll(async () => {
  h = await startHarness();
  let organizationId: number;
  ({ staffPassword, organizationId } = await arrangeShop(h));
  await h.api('customers.create', shopCustomer('Maija', 'Mäki-Petäjä', '050 366 1543', null));
  await h.api('customers.create', shopCustomer('Eino', 'Hankkija', '040 123 4567', organizationId));
  await h.api('session.logout');
});

test.afterAll(async () => {
  await h.stop();
});

async function expectPdf(download: Download) {
  const path = await download.path();
  expect(path).toBeTruthy();
  expect(readFileSync(path!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
}

/** Picks a customer in the order form by typing and Enter, as at the counter. */
async function pickCustomer(page: Page, text: string, name: RegExp) {
  await expect(page.getByTestId('order-customer-picker').locator('input')).toBeFocused();
  await page.keyboard.type(text);
  await expect(page.getByRole('option', { name })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('order-customer')).toContainText(name);
}

test('a counter sale with a receipt; an organisation invoiced, paid in part, reminded and sent to collection', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, STAFF.username, staffPassword);

  // 1. A counter sale with the keyboard alone: Alt+3, the customer, two lines, Ctrl+Enter.
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('screen-orders')).toBeVisible();
  await expect(page.getByTestId('order-form')).toBeVisible();
  await pickCustomer(page, 'maija', /Maija Mäki-Petäjä/);
  await expect(page.getByTestId('line-0-description')).toBeFocused();
  await page.keyboard.type('Kopiopaperi A4, 500 arkkia');
  await page.keyboard.press('Tab');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab'); // unit: kpl
  await page.keyboard.press('Tab');
  await page.keyboard.type('4,90');
  await page.keyboard.press('Enter'); // a new line
  await expect(page.getByTestId('line-1-description')).toBeFocused();
  await page.keyboard.type('Kahvi 500 g');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('6,50');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('line-1-vatCategory')).toBeFocused();
  await page.getByTestId('line-1-vatCategory').selectOption('reducedA');
  // Shelf prices, VAT included (a new order's default): the lines cost what was typed, 5 × 4,90 =
  // 24,50 at 25,5 % (VAT 4,98) and 2 × 6,50 = 13,00 at 13,5 % (VAT 1,55), live per VAT rate.
  await expect(page.getByTestId('prices-include-vat')).toBeChecked();
  await expect(page.getByTestId('line-0-net')).toHaveText(eur('24,50 €'));
  await expect(page.getByTestId('vat-row-2550')).toContainText(eur('4,98 €'));
  await expect(page.getByTestId('vat-row-1350')).toContainText(eur('1,55 €'));
  await expect(page.getByTestId('order-totals-gross')).toHaveText(eur('37,50 €'));
  await shot(page, 'invoicing-01-counter-order-fi');
  await page.keyboard.press('Control+Enter');

  // 2. Paid at the counter: the payment method has the focus; the receipt PDF is offered.
  const card = page.getByTestId('order-card');
  await expect(card).toBeVisible();
  await expect(page.getByTestId('order-status-message')).toContainText('on tallennettu');
  await expect(page.getByTestId('pay-method')).toBeFocused();
  await page.getByTestId('pay-method').selectOption('cash');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('order-status')).toHaveText('Maksettu tiskillä');
  const receiptLink = page.getByTestId('receipt-link');
  await expect(receiptLink).toBeVisible();
  await shot(page, 'invoicing-02-paid-receipt-fi');
  const [receipt] = await Promise.all([page.waitForEvent('download'), receiptLink.click()]);
  expect(receipt.suggestedFilename()).toMatch(/\.pdf$/);
  await expectPdf(receipt);

  // 3. An order of the organisation's contact, delivered 60 days ago, invoiced: to the organisation.
  await page.keyboard.press('Alt+n');
  await pickCustomer(page, 'hankkija', /Eino Hankkija/);
  await page.keyboard.type('Toimistotuoli Kaarna');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('189,00');
  await page.getByTestId('prices-include-vat').uncheck(); // a business's price list is without VAT
  await page.getByTestId('order-form').getByLabel('Tilauspäivä').fill(fiDate(daysAgo(60)));
  await page.getByTestId('order-form').getByLabel('Myyntikanava').selectOption('web_shop');
  await expect(page.getByTestId('order-totals-gross')).toHaveText(eur('474,39 €'));
  await page.getByTestId('save-order').click();
  await expect(page.getByTestId('order-card')).toBeVisible();
  await page.getByTestId('invoice-order').click();

  const invoice = page.getByTestId('invoice-card');
  await expect(invoice).toBeVisible();
  await expect(page.getByTestId('invoice-title')).toContainText('Laskuluonnos');
  await expect(page.getByTestId('invoice-buyer')).toContainText('Rauman Puu ja Paperi Oy');
  await expect(page.getByTestId('invoice-buyer')).toContainText('0112038-9');
  await page.getByTestId('issue-invoice').click();
  const issue = page.getByTestId('issue-dialog');
  await issue.getByLabel('Laskun päiväys').fill(fiDate(daysAgo(60)));
  await issue.getByTestId('issue-submit').click();
  await expect(page.getByTestId('invoice-status-message')).toContainText(/Lasku \d+ on lähetetty/);
  await expect(page.getByTestId('invoice-status')).toHaveText('Erääntynyt');
  await expect(page.getByTestId('invoice-reference')).toHaveText(/^\d{1,5}( \d{5})*$/);
  await expect(page.getByTestId('invoice-rf')).toHaveText(/^RF\d{2}( \d{1,4})+$/);
  await expect(page.getByTestId('invoice-barcode')).toHaveText(/^5\d{53}$|^4\d{53}$/);
  await expect(page.getByTestId('invoice-iban')).toContainText('FI79 4405 2020 0360 82');
  await expect(page.getByTestId('invoice-due')).toContainText(fiDate(daysAgo(46)));
  await expect(page.getByTestId('vat-row-2550')).toContainText(eur('96,39 €'));
  const [invoicePdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('invoice-pdf').click()]);
  await expectPdf(invoicePdf);
  await shot(page, 'invoicing-03-invoice-issued-fi');

  // 4. A partial payment by bank transfer, 35 days ago (late).
  await page.getByTestId('add-payment').click();
  const pay = page.getByTestId('payment-dialog');
  await expect(pay.getByTestId('payment-amount')).toBeFocused();
  await pay.getByTestId('payment-amount').fill('200,00');
  await pay.getByLabel('Maksupäivä').fill(fiDate(daysAgo(35)));
  await pay.getByTestId('payment-submit').click();
  await expect(page.getByTestId('invoice-status-message')).toContainText(eur('274,39 €'));
  await expect(page.getByTestId('invoice-open')).toHaveText(eur('274,39 €'));
  await expect(page.getByTestId('payments')).toContainText(eur('200,00 €'));

  // 5. A payment reminder, recorded for the day it was sent (25 days ago, 21 days after the due
  //    date, so a fee is allowed); its new due date has passed too.
  await page.getByTestId('send-reminder').click();
  const remind = page.getByTestId('reminder-dialog');
  await expect(remind.getByTestId('reminder-fee-rule')).toBeVisible();
  await remind.getByTestId('reminder-date').fill(fiDate(daysAgo(25)));
  await expect(remind.getByTestId('reminder-due')).toHaveValue(fiDate(daysAgo(11)));
  await shot(page, 'invoicing-04-reminder-dialog-fi');
  await remind.getByTestId('reminder-submit').click();
  await expect(page.getByTestId('invoice-status-message')).toContainText('Maksumuistutus on tehty');
  await expect(page.getByTestId('reminder-1')).toBeVisible();
  const [reminderPdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('reminder-pdf-1').click()]);
  await expectPdf(reminderPdf);

  // 6. The rest to collection: recorded as a disclosure.
  await page.getByTestId('send-collection').click();
  const collection = page.getByTestId('collection-dialog');
  await collection.getByTestId('collection-agency').fill('Perintätoimisto Saatava Oy');
  await collection.getByTestId('collection-submit').click();
  await expect(page.getByTestId('collection-banner')).toContainText('Perintätoimisto Saatava Oy');
  await expect(page.getByTestId('invoice-status')).toHaveText('Perinnässä');
  await shot(page, 'invoicing-05-in-collection-fi');

  // 7. The invoice list: filters and sums.
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('screen-invoices')).toBeVisible();
  // (the list answers first: a click in the same instant as the Alt+digit switch can stall Chromium's input)
  await expect(page.getByTestId('invoice-sums')).toBeVisible();
  await page.getByTestId('invoice-filter-inCollection').click();
  await expect(page.getByTestId('invoices-table').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('invoice-sum-open')).toHaveText(eur('\\d+,\\d\\d €'));
  await shot(page, 'invoicing-06-invoice-list-fi');

  // 8. The customer card: orders, invoices and the disclosure to the collection agency.
  await page.keyboard.press('Alt+2');
  await page.getByTestId('customer-search').pressSequentially('Hankkija');
  await expect(page.getByTestId('customer-list-status')).not.toHaveText(/Haetaan|Ladataan/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-name')).toHaveText('Eino Hankkija');
  const section = page.getByTestId('customer-invoicing');
  await expect(section.getByTestId('customer-disclosures')).toContainText('Perintätoimisto Saatava Oy');
  await expect(section.getByTestId('customer-disclosures')).toContainText('perintä');
  await expect(section.getByTestId('customer-invoices')).toContainText('Perinnässä');
  await expect(section.getByTestId('customer-orders')).toContainText('Laskutettu');
  await section.getByTestId('customer-invoices').getByRole('button').first().click();
  await expect(page.getByTestId('customer-invoice-dialog').getByTestId('invoice-title')).toBeVisible();
  await shot(page, 'invoicing-07-customer-card-invoice-fi');
  await page.keyboard.press('Escape');
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'invoicing-08-customer-card-fi');

  expect(errors).toEqual([]);
});

test('the manager sets up invoicing; the screens in English', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.keyboard.press('Alt+7');
  await page.getByTestId('admin-tab-invoicing').click();
  const settings = page.getByTestId('invoicing-settings');
  await expect(settings.getByTestId('settings-iban')).toHaveValue('FI79 4405 2020 0360 82');
  await expect(settings.getByTestId('settings-number-start')).not.toBeEditable(); // an invoice was issued
  await settings.getByTestId('settings-fee').fill('6,00');
  await settings.getByTestId('save-invoicing-settings').click();
  await expect(settings).toContainText('enintään 5,00 €');
  await settings.getByTestId('settings-fee').fill('4,50');
  await settings.getByTestId('save-invoicing-settings').click();
  await expect(page.getByTestId('invoicing-settings-status')).toContainText('tallennettu');
  await shot(page, 'invoicing-09-settings-fi');

  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('admin-tab-invoicing')).toHaveText('Invoicing');
  await shot(page, 'invoicing-10-settings-en');
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('invoice-sums')).toBeVisible();
  await page.getByTestId('invoice-filter-all').click();
  await expect(page.getByTestId('invoices-table').locator('tbody tr')).toHaveCount(1);
  await shot(page, 'invoicing-11-invoice-list-en');
  await page.getByTestId('invoices-table').locator('[data-testid^="open-invoice-"]').click();
  await expect(page.getByTestId('invoice-card').getByTestId('invoice-status')).toHaveText('In collection');
  await expect(page.getByTestId('reminders')).toBeVisible();
  await shot(page, 'invoicing-12-invoice-card-en');
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('order-form')).toContainText('New order');
  await shot(page, 'invoicing-13-new-order-en');
  await page.getByTestId('orders-tab-list').click();
  await expect(page.getByTestId('orders-table').locator('tbody tr')).toHaveCount(2);
  await shot(page, 'invoicing-14-order-list-en');
  expect(errors).toEqual([]);
});
