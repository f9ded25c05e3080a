// The invoicing screens that complete the core's API, end to end through the browser harness:
// a clerk edits a draft invoice with the keyboard (a quantity, a new line, the payment term) and
// sees the totals follow, saves, issues it — and the edit action is gone (the core refuses too);
// a manager cancels a payment recorded by mistake (staff never see the button); a manager makes
// the accounting partner's export for a period, reads the CSV files and finds the disclosure on
// the customer's card. Every date is a Helsinki calendar date (the shop's), never UTC's.
import { readFileSync } from 'node:fs';
import { test, expect, type Download } from '@playwright/test';
import { daysBeforeToday, person, today } from '../support/customers';
import { arrangeRegister, loginThroughUi, MANAGER, shot, STAFF, startHarness, watchConsole, type Harness } from './support/harness';

let h: Harness;
let staffPassword = '';
let draftId = 0;
let invoiceNumber = 0;
let customerNumber = 0;
const PARTNER = 'Tilitoimisto Tase Oy';

/** Money as the screens print it: '1 234,50 €' with no-break spaces. */
const eur = (text: string) => new RegExp(text.replace(/ /g, '\\s'));
const fiDate = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y: string, m: string, d: string) => `${Number(d)}.${Number(m)}.${y}`);

test.beforeAll(async () => {
  h = await startHarness();
  ({ staffPassword } = await arrangeRegister(h));
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await h.api('invoicing.settings.update', { iban: 'FI7944052020036082', bic: 'HELSFIHH', accountingPartner: PARTNER });
  const maija = await h.api<{ id: number; customerNumber: number }>('customers.create', person());
  customerNumber = maija.customerNumber;
  // A draft typed directly on the invoice: 2 × 12,40 € at the general rate.
  const draft = await h.api<{ id: number }>('invoices.createDraft', {
    customerId: maija.id,
    deliveryDate: today(),
    lines: [{ description: 'Tulostinpaperi A4', quantity: 2, unit: 'kpl', unitPriceCents: 1240, vatCategory: 'general' }],
  });
  draftId = draft.id;
  await h.api('session.logout');
});

test.afterAll(async () => {
  await h.stop();
});

async function readDownload(download: Download): Promise<string> {
  const path = await download.path();
  expect(path).toBeTruthy();
  return readFileSync(path!, 'utf8');
}

test('a clerk edits a draft with the keyboard, issues it, and can no longer edit it', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, STAFF.username, staffPassword);
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('invoice-sums')).toBeVisible();
  // Staff have no accounting export tab.
  await expect(page.getByTestId('invoices-tab-export')).toHaveCount(0);
  await page.getByTestId('invoice-filter-drafts').click();
  await page.getByTestId(`open-invoice-${draftId}`).click();
  await expect(page.getByTestId('invoice-title')).toContainText('Laskuluonnos');
  await expect(page.getByTestId('invoice-gross')).toHaveText(eur('31,12 €'));

  // Esc with a change asks before throwing it away.
  await page.getByTestId('edit-draft').click();
  const dialog = page.getByTestId('draft-edit-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('draft-notes').fill('Heitetään pois');
  await page.keyboard.press('Escape');
  await page.getByTestId('unsaved-dialog').getByTestId('unsaved-discard').click();
  await expect(dialog).toHaveCount(0);

  // The editor opens on the first line's description; the keyboard does the rest.
  await page.getByTestId('edit-draft').click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('draft-notes')).toHaveValue('');
  await expect(dialog.getByTestId('line-0-description')).toBeFocused();
  await expect(dialog.getByTestId('line-0-description')).toHaveValue('Tulostinpaperi A4');
  await expect(dialog.getByTestId('line-0-price')).toHaveValue('12,40');
  await expect(dialog.getByTestId('draft-totals-gross')).toHaveText(eur('31,12 €'));
  await page.keyboard.press('Tab');
  await expect(dialog.getByTestId('line-0-quantity')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('3');
  // 3 × 12,40 = 37,20 + 25,5 % (9,49) = 46,69, live.
  await expect(dialog.getByTestId('line-0-net')).toHaveText(eur('37,20 €'));
  await expect(dialog.getByTestId('draft-totals-gross')).toHaveText(eur('46,69 €'));
  await page.keyboard.press('Tab'); // unit
  await page.keyboard.press('Tab'); // price
  await page.keyboard.press('Enter'); // a new line
  await expect(dialog.getByTestId('line-1-description')).toBeFocused();
  await page.keyboard.type('Kirja: Kirjanpidon perusteet');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // quantity 1, unit kpl
  await page.keyboard.press('Tab');
  await page.keyboard.type('30,00');
  await page.keyboard.press('Tab');
  await expect(dialog.getByTestId('line-1-vatCategory')).toBeFocused();
  await dialog.getByTestId('line-1-vatCategory').selectOption('reducedA');
  // 13,5 % on books since 1.1.2026: 30,00 + 4,05. Both rates, and the total 80,74.
  await expect(dialog.getByTestId('vat-row-2550')).toContainText(eur('9,49 €'));
  await expect(dialog.getByTestId('vat-row-1350')).toContainText(eur('4,05 €'));
  await expect(dialog.getByTestId('draft-totals-gross')).toHaveText(eur('80,74 €'));
  // The payment term and a reference, then a field error from the form's own schema.
  await dialog.getByTestId('draft-term').fill('21');
  await expect(dialog).toContainText('lähetyspäivä + 21 päivää');
  await dialog.getByTestId('draft-your-reference').fill('Tilaus 2026/118');
  await dialog.getByTestId('draft-term').fill('400');
  await dialog.getByTestId('draft-term').press('Control+Enter');
  await expect(dialog).toContainText('Arvo ei ole sallitulla välillä.');
  await dialog.getByTestId('draft-term').fill('21');
  await shot(page, 'invoicing-edit-01-draft-editor-fi');
  await dialog.getByTestId('draft-term').press('Control+Enter');

  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('invoice-status-message')).toContainText('Laskuluonnos on tallennettu');
  await expect(page.getByTestId('invoice-gross')).toHaveText(eur('80,74 €'));
  await expect(page.getByTestId('invoice-totals-gross')).toHaveText(eur('80,74 €'));
  await expect(page.getByTestId('lines-table')).toContainText('Kirja: Kirjanpidon perusteet');
  await expect(page.getByTestId('invoice-your-reference')).toHaveText('Tilaus 2026/118');
  await expect(page.getByTestId('invoice-card')).toContainText('21 päivää netto');
  await shot(page, 'invoicing-edit-02-draft-saved-fi');

  // Issue it (today, Helsinki): the edit and delete actions are gone.
  await page.getByTestId('issue-invoice').click();
  const issue = page.getByTestId('issue-dialog');
  await expect(issue.getByLabel('Laskun päiväys')).toHaveValue(fiDate(today()));
  await issue.getByTestId('issue-submit').click();
  await expect(page.getByTestId('invoice-status-message')).toContainText(/Lasku \d+ on lähetetty/);
  await expect(page.getByTestId('invoice-status')).toHaveText('Avoin');
  await expect(page.getByTestId('invoice-due')).toContainText(fiDate(daysBeforeToday(-21)));
  await expect(page.getByTestId('edit-draft')).toHaveCount(0);
  await expect(page.getByTestId('delete-draft')).toHaveCount(0);
  invoiceNumber = Number(/Lasku (\d+)/.exec((await page.getByTestId('invoice-title').textContent()) ?? '')![1]);
  expect(invoiceNumber).toBeGreaterThan(0);

  // The core refuses an edit of an issued invoice with a clear message, whatever a screen shows.
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await expect(h.api('invoices.updateDraft', { id: draftId, notes: 'muutos' })).rejects.toThrow(/CONFLICT Lasku \d+ on jo lähetetty, eikä sitä voi muuttaa/);
  await h.api('session.logout');

  // A payment by the clerk (today); staff see no way to cancel it.
  await page.getByTestId('add-payment').click();
  const pay = page.getByTestId('payment-dialog');
  await pay.getByTestId('payment-amount').fill('50,00');
  await pay.getByTestId('payment-submit').click();
  await expect(page.getByTestId('invoice-open')).toHaveText(eur('30,74 €'));
  await expect(page.getByTestId('payments')).toContainText(eur('50,00 €'));
  await expect(page.getByTestId('payments').locator('[data-testid^="cancel-payment-"]')).toHaveCount(0);
  await page.getByTestId('payments').scrollIntoViewIfNeeded();
  await shot(page, 'invoicing-edit-03-issued-staff-fi');
  expect(errors).toEqual([]);
});

test('a manager cancels a payment with a reason', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('invoice-sums')).toBeVisible();
  await page.getByTestId('invoice-search').fill(String(invoiceNumber));
  await page.getByTestId(`open-invoice-${draftId}`).click();
  await expect(page.getByTestId('invoice-status')).toHaveText('Osittain maksettu');

  const payments = page.getByTestId('payments');
  const cancel = payments.locator('[data-testid^="cancel-payment-"]');
  await expect(cancel).toHaveCount(1);
  await cancel.click();
  const dialog = page.getByTestId('cancel-payment-dialog');
  await expect(dialog.getByTestId('cancel-payment-reason')).toBeFocused();
  await expect(dialog).toContainText(eur('80,74 €')); // what will be open again
  await dialog.getByTestId('cancel-payment-submit').click();
  await expect(dialog).toContainText('Pakollinen tieto.');
  await page.keyboard.type('Kirjattu väärälle laskulle');
  await shot(page, 'invoicing-edit-04-cancel-payment-dialog-fi');
  await page.keyboard.press('Enter');

  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('invoice-status-message')).toContainText('Suoritus on peruttu');
  await expect(page.getByTestId('invoice-open')).toHaveText(eur('80,74 €'));
  await expect(page.getByTestId('invoice-status')).toHaveText('Avoin');
  await expect(payments).toContainText('Peruttu: Kirjattu väärälle laskulle');
  await expect(payments).toContainText(`Perunut ${MANAGER.fullName}`);
  await expect(payments.locator('[data-testid^="cancel-payment-"]')).toHaveCount(0);
  await shot(page, 'invoicing-edit-05-payment-cancelled-fi');
  expect(errors).toEqual([]);
});

test('a manager makes the accounting export for a period: CSV files and a recorded disclosure', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('invoice-sums')).toBeVisible();
  await page.getByTestId('invoices-tab-export').click();
  const screen = page.getByTestId('accounting-export');
  await expect(screen.getByTestId('export-recipient')).toHaveValue(PARTNER);

  // A period without invoices first (last year): nothing to show.
  await screen.getByTestId('export-lastYear').click();
  await expect(screen.getByTestId('export-preview-count')).toHaveText('0');
  // This month, as Helsinki counts it: the invoice issued today.
  const first = `${today().slice(0, 8)}01`;
  await screen.getByTestId('export-from').fill(fiDate(first));
  await screen.getByTestId('export-to').fill(fiDate(today()));
  await expect(screen.getByTestId('export-preview-count')).toHaveText('1');
  await expect(screen.getByTestId('export-preview-gross')).toHaveText(eur('80,74 €'));
  await expect(screen.getByTestId('export-preview-table')).toContainText(String(invoiceNumber));
  await expect(screen.getByTestId('export-disclosure-note')).toContainText(`luovutukseksi kirjanpitäjälle (${PARTNER})`);
  await shot(page, 'invoicing-edit-06-export-preview-fi');

  await screen.getByTestId('export-submit').click();
  const result = screen.getByTestId('export-result');
  await expect(result).toBeVisible();
  await expect(result.getByTestId('export-disclosure')).toContainText(`Luovutus vastaanottajalle ${PARTNER} on kirjattu`);
  await expect(result.getByTestId('export-count-invoices')).toHaveText('1');
  await expect(result.getByTestId('export-count-payments')).toHaveText('1');
  await expect(result.getByTestId('export-count-reminders')).toHaveText('0');
  await result.scrollIntoViewIfNeeded();
  await shot(page, 'invoicing-edit-07-export-result-fi');

  // The invoices file: one row per VAT rate, Finnish decimals, semicolons, a BOM for Excel.
  const [invoicesCsv] = await Promise.all([page.waitForEvent('download'), result.getByTestId('export-download-0').click()]);
  expect(invoicesCsv.suggestedFilename()).toBe(`laskut-${first}_${today()}.csv`);
  const invoices = await readDownload(invoicesCsv);
  expect(invoices.charCodeAt(0)).toBe(0xfeff);
  const invoiceLines = invoices.slice(1).trimEnd().split('\r\n');
  expect(invoiceLines[0]).toBe('Tyyppi;Numero;Päiväys;Toimituspäivä;Eräpäivä;Asiakasnumero;Ostaja;Y-tunnus;Viitenumero;Hyvitetty lasku;ALV %;Veroton;ALV;Verollinen;Laskun summa');
  expect(invoiceLines).toHaveLength(3);
  const due = daysBeforeToday(-21);
  expect(invoiceLines[1]).toMatch(new RegExp(`^Lasku;${invoiceNumber};${today()};${today()};${due};${customerNumber};Maija Mäki-Petäjä;;\\d+;;25,5;37,20;9,49;46,69;80,74$`));
  expect(invoiceLines[2]).toMatch(new RegExp(`^Lasku;${invoiceNumber};${today()};${today()};${due};${customerNumber};Maija Mäki-Petäjä;;\\d+;;13,5;30,00;4,05;34,05;80,74$`));

  // The payments file: the cancelled payment, marked with the day it was cancelled — the shop's
  // (Helsinki) day, which between 22 and 24 o'clock UTC is already tomorrow.
  const [paymentsCsv] = await Promise.all([page.waitForEvent('download'), result.getByTestId('export-download-1').click()]);
  const paymentLines = (await readDownload(paymentsCsv)).slice(1).trimEnd().split('\r\n');
  expect(paymentLines[0]).toBe('Päiväys;Laskun numero;Asiakasnumero;Ostaja;Summa;Maksutapa;Viitenumero;Peruttu');
  expect(paymentLines).toHaveLength(2);
  expect(paymentLines[1], "the 'Peruttu' column must be the Helsinki day of the cancellation, not the UTC instant's").toMatch(new RegExp(`^${today()};${invoiceNumber};${customerNumber};Maija Mäki-Petäjä;50,00;Tilisiirto;\\d+;${today()}$`));
  // The screen shows the same rows it offers for download.
  await expect(result.getByTestId('export-file-0')).toContainText('37,20');

  // The disclosure on the customer's card.
  await page.keyboard.press('Alt+2');
  await page.getByTestId('customer-search').pressSequentially('Mäki-Petäjä');
  await expect(page.getByTestId('customer-list-status')).not.toHaveText(/Haetaan|Ladataan/);
  await page.keyboard.press('Enter');
  const disclosures = page.getByTestId('customer-invoicing').getByTestId('customer-disclosures');
  await expect(disclosures).toContainText(PARTNER);
  await expect(disclosures).toContainText('kirjanpito');

  // The export screen in English.
  await page.getByTestId('language-en').click();
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('invoice-sums')).toBeVisible();
  await page.getByTestId('invoices-tab-export').click();
  await expect(page.getByTestId('accounting-export')).toContainText('recorded as a disclosure to the bookkeeper');
  await page.getByTestId('export-from').fill(fiDate(first));
  await page.getByTestId('export-to').fill(fiDate(today()));
  await expect(page.getByTestId('export-preview-count')).toHaveText('1');
  await shot(page, 'invoicing-edit-08-export-en');
  expect(errors).toEqual([]);
});

test('changing only the payment term of a draft from an order leaves its order lines as they are', async ({ page }) => {
  const errors = watchConsole(page);
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  const [maija] = await h.api<{ id: number }[]>('customers.search', { query: 'Mäki-Petäjä' });
  const order = await h.api<{ id: number }>('orders.create', {
    customerId: maija!.id,
    date: daysBeforeToday(3),
    lines: [{ description: 'Mappi A4, 10 kpl', quantity: 1, unit: 'pkt', unitPriceCents: 2590, vatCategory: 'general' }],
  });
  const draft = await h.api<{ id: number; lines: { orderId: number | null }[] }>('invoices.createDraft', { customerId: maija!.id, orderIds: [order.id] });
  expect(draft.lines[0]!.orderId).toBe(order.id);
  await h.api('session.logout');

  await page.goto(h.url);
  await loginThroughUi(page, STAFF.username, staffPassword);
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('invoice-sums')).toBeVisible();
  await page.getByTestId('invoice-filter-drafts').click();
  await page.getByTestId(`open-invoice-${draft.id}`).click();
  await page.getByTestId('edit-draft').click();
  const dialog = page.getByTestId('draft-edit-dialog');
  await expect(dialog).toContainText('Tilauksista kopioitujen rivien ALV-kanta');
  // Only the payment term changes.
  await expect(dialog.getByTestId('line-0-description')).toBeFocused();
  await dialog.getByTestId('draft-term').focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('30');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('invoice-card')).toContainText('30 päivää netto');

  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  const after = await h.api<{ paymentTermDays: number; lines: { orderId: number | null }[] }>('invoices.get', { id: draft.id });
  expect(after.paymentTermDays).toBe(30);
  expect(after.lines.map((l) => l.orderId)).toEqual([order.id]);
  // Saving without a change sends nothing and closes.
  await page.getByTestId('edit-draft').click();
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  await h.api('session.logout');
  expect(errors).toEqual([]);
});
