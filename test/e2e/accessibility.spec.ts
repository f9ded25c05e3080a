// Accessibility (issue #19, item 4): axe-core (WCAG 2.0/2.1 A and AA) on every screen of the app,
// on a register with data, in Finnish, and the login and two busy screens in English. A screen
// passes with no serious or critical violation. Each visit is one `check(...)` line, so a new
// screen is one more line; failures are soft, so one run lists every screen's findings.
import { test, expect, type Page } from '@playwright/test';
import { expectNoSeriousViolations, tabStops } from './support/axe';
import { daysAgo, shopCustomer } from './support/counter';
import { arrangeRegister, loginThroughUi, MANAGER, shot, startHarness, STAFF, type Harness } from './support/harness';
import { privacyCustomer, writtenRequest, type Arranged, type CreatedRequest } from './support/privacy';

let h: Harness;
let staffPassword = '';
const ids = { org: 0, aino: 0, order: 0, draft: 0, issued: 0, product: 0 };
const requests = { rectification: '', erasure: '' };

const line = (description: string, quantity: number, unitPriceCents: number) => ({ description, quantity, unit: 'kpl', unitPriceCents, discountPercent: 0, vatCategory: 'general' });

test.beforeAll(async () => {
  h = await startHarness();
  ({ staffPassword } = await arrangeRegister(h));
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await h.api('invoicing.settings.update', { iban: 'FI7944052020036082', bic: 'HELSFIHH' });
  ids.org = (await h.api<{ id: number }>('organizations.create', { name: 'Rauman Puu ja Paperi Oy', businessId: '0112038-9', street: 'Satamakatu 5', postalCode: '26100', city: 'Rauma' })).id;
  const aino = await h.api<{ id: number; customerNumber: number }>('customers.create', shopCustomer('Aino', 'Äijälä', '050 366 1543', ids.org));
  ids.aino = aino.customerNumber;
  const eino = await h.api<{ id: number }>('customers.create', shopCustomer('Eino', 'Hankkija', '045 777 8888', null));
  ids.order = (await h.api<{ id: number }>('orders.create', { customerId: aino.id, channel: 'shop', date: daysAgo(3), note: '', lines: [line('Kopiopaperi A4', 2, 4354)] })).id;
  ids.draft = (await h.api<{ id: number }>('invoices.createDraft', { customerId: aino.id, lines: [line('Toimistotuoli', 1, 8707)] })).id;
  const issued = await h.api<{ id: number }>('invoices.createDraft', { customerId: eino.id, lines: [line('Kahvi 500 g', 4, 650)] });
  await h.api('invoices.issue', { id: issued.id, invoiceDate: daysAgo(2) });
  ids.issued = issued.id;
  const oiva = await h.api<Arranged>('customers.create', privacyCustomer('Oiva', 'Oikaisija', '040 123 4567'));
  const ville = await h.api<Arranged>('customers.create', privacyCustomer('Ville', 'Unohdettava', '050 987 6543'));
  requests.rectification = (await h.api<CreatedRequest>('privacy.requests.create', writtenRequest(['rectification'], oiva, 'Sukunimi muuttunut: Oikaisija → Laine.'))).number;
  requests.erasure = (await h.api<CreatedRequest>('privacy.requests.create', writtenRequest(['erasure'], ville, 'Poistakaa kaikki tietoni.'))).number;
  await h.api('session.logout');
});

test.afterAll(async () => {
  await h.stop();
});

/** Waits for the screen (a visible element) and runs the check on it. */
async function check(page: Page, label: string, ready: ReturnType<Page['getByTestId']>): Promise<void> {
  await expect(ready).toBeVisible();
  await expectNoSeriousViolations(page, label);
}

/** Leaving a form with edits asks first: throw them away (a no-op when nothing asks). */
async function discardIfAsked(page: Page): Promise<void> {
  const discard = page.getByTestId('unsaved-discard');
  if (await discard.waitFor({ timeout: 2000 }).then(() => true, () => false)) await discard.click();
}

test('first start: the setup wizard’s steps', async ({ page }) => {
  const fresh = await startHarness();
  try {
    await page.goto(fresh.url);
    const controller = page.getByTestId('setup-controller');
    await check(page, 'setup: controller', controller);
    // Empty fields: their errors shown as the user sees them.
    await controller.getByRole('button', { name: 'Seuraava' }).click();
    await expect(controller.locator('input[name="controller.name"]')).toHaveAttribute('aria-invalid', 'true');
    await check(page, 'setup: controller with errors', controller);
  } finally {
    await fresh.stop();
  }
});

test('login, in Finnish and English, with its error', async ({ page }) => {
  await page.goto(h.url);
  const form = page.getByTestId('login-form');
  await check(page, 'login fi', form);
  await form.locator('input[name="username"]').fill(MANAGER.username);
  await form.locator('input[name="password"]').fill('väärä-salasana');
  await form.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await check(page, 'login fi: wrong password', page.getByTestId('login-error'));
  await page.getByTestId('language-en').click();
  await expect(form.getByRole('button', { name: 'Log in' })).toBeVisible();
  await check(page, 'login en', form);
  await page.getByTestId('language-fi').click();
  await page.getByTestId('recovery-link').click();
  await check(page, 'login: recovery with the recovery code', page.getByTestId('recovery-form'));
});

// axe takes some seconds a screen on a shared machine.
test.describe.configure({ timeout: 300_000 });

async function loginAsStaff(page: Page): Promise<void> {
  await page.goto(h.url);
  await loginThroughUi(page, STAFF.username, staffPassword);
}

test('customers and organisations (staff)', async ({ page }) => {
  await loginAsStaff(page);
  // Home: the first screen after login (the clerk's part of the day's duties).
  await check(page, 'home (staff)', page.getByTestId('screen-home'));
  await page.getByTestId('nav-customers').click();
  await check(page, 'customers list', page.getByTestId(`customer-row-${ids.aino}`));
  await page.getByTestId(`customer-row-${ids.aino}`).dblclick();
  await check(page, 'customer card', page.getByTestId('customer-card'));
  await page.getByTestId('edit-customer').click();
  await check(page, 'customer form (edit)', page.getByTestId('customer-form'));
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.getByTestId('customer-new').click();
  const form = page.getByTestId('customer-form');
  await page.getByTestId('save-customer').click();
  await expect(form.locator('input[name="customer.firstName"]')).toHaveAttribute('aria-invalid', 'true');
  // Each field's message is announced as it appears (role=alert), not only the focused one's.
  await expect(form.getByRole('alert').filter({ hasText: 'Pakollinen tieto.' }).first()).toBeVisible();
  await check(page, 'customer form (new, with errors)', form);
  // Back to the list (asking first about the form's edits).
  await page.getByTestId('back-button').click();
  await discardIfAsked(page);
  await page.getByTestId('customer-import').click();
  await check(page, 'customer import', page.getByTestId('import-screen'));
  await page.getByTestId('back-button').click();

  await page.getByTestId('customers-tab-organizations').click();
  await check(page, 'organisations list', page.getByTestId(`organization-row-${ids.org}`));
  await page.getByTestId(`organization-row-${ids.org}`).dblclick();
  await check(page, 'organisation card', page.getByTestId('member-count'));
  await page.getByTestId('edit-organization').click();
  await check(page, 'organisation form', page.getByTestId('organization-form'));
});

test('orders and invoices (staff)', async ({ page }) => {
  await loginAsStaff(page);
  await page.getByTestId('nav-orders').click();
  await check(page, 'order form (new)', page.getByTestId('order-form'));
  await page.getByTestId('orders-tab-list').click();
  await check(page, 'orders list', page.getByTestId(`order-row-${ids.order}`));
  await page.getByTestId(`order-row-${ids.order}`).dblclick();
  await check(page, 'order card', page.getByTestId('order-card'));

  await page.getByTestId('nav-invoices').click();
  await page.getByTestId('invoice-filter-all').click();
  await check(page, 'invoices list', page.getByTestId(`invoice-row-${ids.issued}`));
  await page.getByTestId(`open-invoice-${ids.issued}`).click();
  await check(page, 'invoice card (issued)', page.getByTestId('invoice-card'));
  await page.keyboard.press('Escape');
  await page.getByTestId('invoice-filter-all').click();
  await page.getByTestId(`open-invoice-${ids.draft}`).click();
  await check(page, 'invoice card (draft)', page.getByTestId('invoice-card'));
  await page.getByTestId('edit-draft').click();
  await check(page, 'draft edit dialog', page.getByTestId('draft-edit-dialog'));
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('draft-edit-dialog')).toHaveCount(0);
  await page.getByTestId('delete-draft').click();
  await check(page, 'confirm dialog (delete a draft)', page.getByRole('dialog'));
  await page.keyboard.press('Escape');
  await page.getByTestId('invoices-tab-payments').click();
  await check(page, 'bank payments', page.getByTestId('bank-payments'));
});

test('products, labels, backup; a busy screen in English; the lock screen (staff)', async ({ page }) => {
  await loginAsStaff(page);
  await page.getByTestId('nav-products').click();
  await check(page, 'products', page.getByTestId('products-screen'));
  await page.getByTestId('nav-marketing').click();
  await check(page, 'labels', page.getByTestId('labels-form'));
  await page.getByTestId('labels-preview').click();
  await check(page, 'labels with a preview', page.getByTestId('labels-included'));
  await page.getByTestId('backup-open').click();
  await check(page, 'backup', page.getByTestId('screen-backup'));

  // A busy screen in English.
  await page.getByTestId('language-en').click();
  await page.getByTestId('nav-invoices').click();
  await page.getByTestId('invoice-filter-all').click();
  await page.getByTestId(`open-invoice-${ids.draft}`).click();
  await check(page, 'invoice card (draft), English', page.getByTestId('invoice-card'));
  await page.getByTestId('nav-customers').click();
  await check(page, 'customers list, English', page.getByTestId(`customer-row-${ids.aino}`));
  await page.getByTestId('language-fi').click();
  await page.getByTestId('lock-button').click();
  await check(page, 'lock screen', page.getByTestId('lock-screen'));
});

test('privacy: home, a new request, a rectification and an erasure (manager)', async ({ page }) => {
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.getByTestId('nav-privacy').click();
  await check(page, 'privacy home', page.getByTestId('privacy-home'));
  await page.getByTestId('new-request').click();
  const form = page.getByTestId('request-form');
  await check(page, 'privacy request form', form);
  await form.locator('button[type="submit"]').click();
  await check(page, 'privacy request form with errors', form);
  for (const [kind, number] of Object.entries(requests)) {
    await page.getByTestId('privacy-tab-requests').click();
    await discardIfAsked(page);
    await page.getByTestId('requests-view-all').click();
    await page.getByTestId(`open-request-${number}`).click();
    await check(page, `privacy request card: ${kind}`, page.getByTestId(kind === 'erasure' ? 'erasure-panel' : 'rectification-panel'));
  }
  await page.getByTestId('privacy-tab-log').click();
  await check(page, 'privacy: request log', page.getByTestId('screen-privacy'));
  await page.getByTestId('privacy-tab-verify').click();
  await check(page, 'privacy: verify a document', page.getByTestId('screen-privacy'));
  await page.getByTestId('privacy-tab-disclosures').click();
  await check(page, 'privacy: disclosures', page.getByTestId('screen-privacy'));
});

test('home, F1, reports and administration: users, settings, invoicing, audit, backups, support log (manager)', async ({ page }) => {
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await check(page, 'home (manager)', page.getByTestId('screen-home'));
  await page.keyboard.press('F1');
  await check(page, 'keyboard shortcuts (F1)', page.getByTestId('shortcuts-dialog'));
  await page.keyboard.press('Escape');
  await page.getByTestId('nav-reports').click();
  await check(page, 'reports', page.getByTestId('reports-screen'));
  await page.getByTestId('report-show').click();
  await check(page, 'reports with a VAT table', page.getByTestId('report-result-vat'));
  await page.getByTestId('nav-admin').click();
  await check(page, 'users', page.getByTestId(`user-row-${STAFF.username}`));
  await page.getByTestId('new-user').click();
  await check(page, 'new user dialog', page.getByTestId('create-user-dialog'));
  await page.keyboard.press('Escape');
  await page.getByTestId('admin-tab-settings').click();
  await check(page, 'settings', page.getByTestId('screen-admin'));
  await page.getByTestId('admin-tab-invoicing').click();
  await check(page, 'invoicing settings', page.getByTestId('screen-admin'));
  await page.getByTestId('admin-tab-audit').click();
  await check(page, 'audit', page.getByTestId('screen-admin'));
  await page.getByTestId('admin-tab-backup').click();
  await check(page, 'backup administration', page.getByTestId('backup-restore'));
  await page.getByTestId('admin-tab-supportLog').click();
  await check(page, 'support log', page.getByTestId('support-log-screen'));
  await page.getByTestId('nav-products').click();
  await page.getByTestId('new-product').click();
  await check(page, 'product form', page.getByTestId('products-screen'));
});

/** Tabs through a screen from the skip link at its top: every stop shows a focus ring
 * (a screenshot and the list of stops, in order, for a look at the order). */
async function expectRingOnEveryStop(page: Page, label: string, count: number): Promise<void> {
  await page.locator('.skip-link').focus();
  const half = Math.ceil(count / 2);
  const first = await tabStops(page, half);
  await shot(page, `a11y-keyboard-${label}-1`);
  const stops = [...first, ...(await tabStops(page, count - half))].filter((s) => s.what !== 'body');
  await shot(page, `a11y-keyboard-${label}-2`);
  console.log(`${label}:\n${stops.map((s, i) => `  ${i + 1}. ${s.what} @${s.top},${s.left} ${s.ring}`).join('\n')}`);
  expect.soft(stops.filter((s) => !s.visible), `${label}: Tab stops without a focus ring`).toEqual([]);
}

test('keyboard: every Tab stop on four busy screens shows its focus ring', async ({ page }) => {
  await loginAsStaff(page);
  await page.getByTestId('nav-customers').click();
  await expect(page.getByTestId(`customer-row-${ids.aino}`)).toBeVisible();
  await expectRingOnEveryStop(page, 'customers-list', 24);
  await page.getByTestId('customer-new').click();
  await expect(page.getByTestId('customer-form')).toBeVisible();
  await expectRingOnEveryStop(page, 'customer-form', 44);
  await page.getByTestId('nav-invoices').click();
  await discardIfAsked(page);
  await page.getByTestId('invoice-filter-all').click();
  await page.getByTestId(`open-invoice-${ids.draft}`).click();
  await expect(page.getByTestId('invoice-card')).toBeVisible();
  await expectRingOnEveryStop(page, 'invoice-draft', 22);
  // A list whose highlighted row is a Tab stop: the row shows the ring too.
  await page.getByTestId('nav-orders').click();
  await page.getByTestId('orders-tab-list').click();
  await expect(page.getByTestId(`order-row-${ids.order}`)).toBeVisible();
  await expectRingOnEveryStop(page, 'orders-list', 24);
});
