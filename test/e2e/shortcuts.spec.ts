// The keyboard shortcuts in the harness: search (Ctrl+F), new customer (Ctrl+Shift+N), new order
// (Ctrl+Shift+O), print (Ctrl+P: the view's document), lock (Ctrl+L), backups (Ctrl+Shift+B), the
// list of them (F1) in Finnish and in English; the status bar's user, role and idle countdown.
import { expect, test } from '@playwright/test';
import { arrangedHarness, loginThroughUi, MANAGER, shot, watchConsole } from './support/harness';
import { shopCustomer } from './support/counter';

const harness = arrangedHarness();
let invoiceNumber = '';
let invoiceId = 0;

test.beforeAll(async () => {
  const h = harness();
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await h.api('invoicing.settings.update', { iban: 'FI7944052020036082', bic: 'HELSFIHH' });
  const c = await h.api<{ id: number }>('customers.create', shopCustomer('Pikka', 'Näppäinen', '', null));
  const d = await h.api<{ id: number }>('invoices.createDraft', { customerId: c.id, lines: [{ description: 'Nitoja', quantity: 1, unit: 'kpl', unitPriceCents: 1290, vatCategory: 'general' }] });
  const issued = await h.api<{ id: number; number: number }>('invoices.issue', { id: d.id });
  invoiceNumber = String(issued.number);
  invoiceId = issued.id;
  await h.api('session.logout');
});

test('every shortcut works, and F1 lists them in Finnish and English', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(harness().url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await expect(page.getByTestId('screen-home')).toBeVisible();

  // The status bar: who, in which role, and when the screen locks.
  await expect(page.getByTestId('status-user')).toHaveText(`${MANAGER.fullName} (Vastuuhenkilö)`);
  await expect(page.getByTestId('status-idle')).toContainText(/Lukittuu \d+:\d\d kuluttua/);

  // Ctrl+F: the customer search, focused, from wherever.
  await page.keyboard.press('Control+F');
  await expect(page.getByTestId('screen-customers')).toBeVisible();
  await expect(page.getByTestId('customer-search')).toBeFocused();
  await page.getByTestId('customer-search').fill('Näppäinen');
  await expect(page.getByTestId('customer-list-status')).not.toHaveText(/Haetaan|Ladataan/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-card')).toBeVisible();
  await page.keyboard.press('Control+F');
  await expect(page.getByTestId('customer-search')).toBeFocused();

  // Ctrl+Shift+N: a new customer; Ctrl+Shift+O: a new order.
  await page.keyboard.press('Control+Shift+N');
  await expect(page.getByTestId('customer-form')).toBeVisible();
  await page.keyboard.press('Control+Shift+O');
  await expect(page.getByTestId('order-form')).toBeVisible();
  await expect(page.getByTestId('nav-orders')).toHaveAttribute('aria-current', 'page');

  // Ctrl+P: nothing to print on home says so; on an invoice's card it prints the invoice's PDF.
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Control+P');
  await expect(page.getByTestId('shell-notice')).toHaveText('Tässä näkymässä ei ole tulostettavaa asiakirjaa.');
  await page.keyboard.press('Alt+4');
  await page.getByTestId('invoice-search').fill(invoiceNumber);
  await page.getByTestId(`invoice-row-${invoiceId}`).dblclick();
  await expect(page.getByTestId('invoice-title')).toContainText(invoiceNumber);
  // … its Print button: the PDF in a new tab (the harness's print preview).
  const [tab] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('Control+P')]);
  expect(tab.url()).toMatch(/^blob:/);
  await tab.close();

  // Ctrl+Shift+B: the backups.
  await page.keyboard.press('Control+Shift+B');
  await expect(page.getByTestId('screen-backup')).toBeVisible();

  // F1: the list, in Finnish, then in English.
  await page.keyboard.press('F1');
  const dialog = page.getByTestId('shortcuts-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText('Pikanäppäimet');
  await expect(dialog.getByTestId('shortcut-search')).toContainText('Ctrl + F');
  await expect(dialog.getByTestId('shortcut-search')).toContainText('Etsi asiakasta');
  await expect(dialog.getByTestId('shortcut-lock')).toContainText('Lukitse näyttö');
  await expect(dialog.getByTestId('shortcut-sections')).toContainText('1–9');
  await shot(page, 'shortcuts-01-f1-fi');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByTestId('language-en').click();
  await page.keyboard.press('F1');
  await expect(dialog.getByRole('heading')).toHaveText('Keyboard shortcuts');
  await expect(dialog.getByTestId('shortcut-newOrder')).toContainText('Ctrl + Shift + O');
  await expect(dialog.getByTestId('shortcut-newOrder')).toContainText('New order');
  await expect(dialog.getByTestId('shortcut-print')).toContainText("Print the view's document");
  await shot(page, 'shortcuts-02-f1-en');
  await dialog.getByTestId('shortcuts-close').click();
  await expect(page.getByTestId('status-idle')).toContainText(/Locks in \d+:\d\d/);
  await page.getByTestId('language-fi').click();

  // Ctrl+L: the lock screen.
  await page.keyboard.press('Control+L');
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  expect(errors).toEqual([]);
});
