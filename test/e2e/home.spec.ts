// Home, the first screen after login: one of each duty kind arranged from real data (through the
// API, as the counter and the manager would have made them), each line seen, each link landing on
// its record; the backup's age graded by the manager's setting; staff see only their part.
import { expect, test, type Page } from '@playwright/test';
import { helsinkiDate } from '../../shared/format/dates';
import { dueDate } from '../../shared/privacy/deadlines';
import { arrangeRegister, loginThroughUi, MANAGER, shot, STAFF, startHarness, stickFolder, watchConsole, type Harness } from './support/harness';
import { shopCustomer } from './support/counter';

/** The core's clock runs a week ahead of the browser's: the backup below was made "a week ago". */
const AHEAD_DAYS = 7;
let h: Harness;
let staffPassword: string;
let stick: ReturnType<typeof stickFolder>;
const ids: Record<string, { id: number; ref: string }> = {};

/** A Helsinki date `n` days before the core's today. */
function coreDaysAgo(n: number): string {
  const d = new Date(`${helsinkiDate(new Date(Date.now() + AHEAD_DAYS * 86_400_000))}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

test.beforeAll(async () => {
  h = await startHarness({ testClock: true });
  ({ staffPassword } = await arrangeRegister(h));
  stick = stickFolder();
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await h.api('backup.create', { folder: stick.dir });
  // Warn after 3 working days: a week holds 4 or 5 full ones — a warning, not yet red (6).
  await h.api('backup.updateSettings', { warnAfterWorkingDays: 3 });
  await h.api('session.logout');
  await h.advanceDays(AHEAD_DAYS);
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await h.api('invoicing.settings.update', { iban: 'FI7944052020036082', bic: 'HELSFIHH' });
  const customer = async (first: string, last: string, over: Record<string, unknown> = {}) => {
    const c = shopCustomer(first, last, '', null);
    return h.api<{ id: number; customerNumber: number; firstName: string; lastName: string }>('customers.create', { ...c, customer: { ...c.customer, ...over }, confirmNotDuplicate: true });
  };
  const request = async (c: { id: number; firstName: string; lastName: string }, types: string[], over: Record<string, unknown> = {}) => {
    const r = await h.api<{ id: number; number: string }>('privacy.requests.create', {
      types,
      customerId: c.id,
      requesterName: `${c.firstName} ${c.lastName}`,
      receivedDate: coreDaysAgo(AHEAD_DAYS), // the forms' "not in the future" reads the real clock
      channel: 'counter',
      language: 'fi',
      signed: true,
      identityMethod: 'id_document',
      ...over,
    });
    return { id: r.id, number: r.number, ref: r.number };
  };
  const aino = await customer('Aino', 'Pyyntönen');
  ids.privacyOverdue = await request(aino, ['access'], { receivedDate: coreDaysAgo(60) });
  let dueToday = coreDaysAgo(30);
  for (let n = 27; n <= 32; n++) if (dueDate(coreDaysAgo(n)) === coreDaysAgo(0)) dueToday = coreDaysAgo(n);
  ids.privacyDueThisWeek = await request(aino, ['rectification'], { receivedDate: dueToday });
  ids.privacySignature = await request(aino, ['access'], { signed: false, channel: 'letter', identityMethod: 'other', identityNote: 'Osoite täsmää' });

  const line = { description: 'Kopiopaperi A4', quantity: 2, unit: 'pkt', unitPriceCents: 595, vatCategory: 'general' };
  const invoice = async (customerId: number, daysAgo: number) => {
    const d = await h.api<{ id: number }>('invoices.createDraft', { customerId, lines: [line], invoiceDate: coreDaysAgo(daysAgo), paymentTermDays: 14 });
    const inv = await h.api<{ id: number; number: number }>('invoices.issue', { id: d.id, invoiceDate: coreDaysAgo(daysAgo) });
    return { id: inv.id, ref: String(inv.number) };
  };
  const bertta = await customer('Bertta', 'Perittävä');
  ids.invoicesToCollection = await invoice(bertta.id, 60);
  await h.api('invoices.remind', { invoiceId: ids.invoicesToCollection!.id, date: coreDaysAgo(30), dueDate: coreDaysAgo(20), chargeFee: false });
  const cecilia = await customer('Cecilia', 'Muistutettava');
  ids.invoicesToRemind = await invoice(cecilia.id, 40);

  const eemeli = await customer('Eemeli', 'Vanhanen', { relationshipStart: '2010-03-01' });
  ids.retentionDue = { id: eemeli.id, ref: String(eemeli.customerNumber) };
  const frida = await customer('Frida', 'Rajoitettu');
  const restriction = await request(frida, ['restriction']);
  await h.api('customers.setRestriction', { id: frida.id, restricted: true, reason: `request:${restriction.number}` });
  await h.api('privacy.requests.setStatus', { id: restriction.id, status: 'completed', note: '' });
  ids.restrictionLift = { id: frida.id, ref: String(frida.customerNumber) };
  await h.api('session.logout');
});

test.afterAll(async () => {
  await h?.stop();
  stick?.remove();
});

const home = (page: Page) => page.getByTestId('screen-home');
const item = (page: Page, kind: string) => page.getByTestId(`duty-${kind}-item-${ids[kind]!.id}`);

test('the manager sees every duty, and each link lands on its record', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await expect(home(page)).toBeVisible();
  await expect(page.getByTestId('nav-home')).toHaveAttribute('aria-current', 'page');
  for (const kind of Object.keys(ids)) await expect(item(page, kind), kind).toBeVisible();
  await expect(page.getByTestId('duty-privacyOverdue')).toContainText('Tietosuojapyynnöt myöhässä: 1');
  await expect(item(page, 'invoicesToRemind')).toContainText('Cecilia Muistutettava');
  // The backup made "a week ago" is past the setting (3 working days): a warning, not yet red.
  const backup = page.getByTestId('home-backup');
  await expect(backup).toHaveAttribute('data-level', 'warn');
  await expect(backup).toContainText('Viimeisin varmuuskopio on vanha');
  await expect(page.getByTestId('backup-statusbar')).toHaveAttribute('data-level', 'warn');
  await shot(page, 'home-01-manager-fi');

  const back = async () => {
    await page.keyboard.press('Alt+1');
    await expect(home(page)).toBeVisible();
  };
  for (const kind of ['privacyOverdue', 'privacyDueThisWeek', 'privacySignature']) {
    await item(page, kind).click();
    await expect(page.getByTestId('request-title')).toContainText(ids[kind]!.ref);
    await back();
  }
  for (const kind of ['invoicesToRemind', 'invoicesToCollection']) {
    await item(page, kind).click();
    await expect(page.getByTestId('invoice-title')).toContainText(ids[kind]!.ref);
    await back();
  }
  for (const kind of ['retentionDue', 'restrictionLift']) {
    await item(page, kind).click();
    await expect(page.getByTestId('customer-number')).toContainText(ids[kind]!.ref);
    await back();
  }
  // The line itself opens its list.
  await page.getByTestId('duty-privacyOverdue-list').click();
  await expect(page.getByTestId('requests-view-overdue')).toHaveAttribute('aria-current', 'page');
  await back();
  await page.getByTestId('home-backup-open').click();
  await expect(page.getByTestId('screen-backup')).toBeVisible();
  await back();

  // Twice the setting is red: the manager makes the setting 2 working days.
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await h.api('backup.updateSettings', { warnAfterWorkingDays: 2 });
  await h.api('session.logout');
  await page.getByTestId('nav-customers').click();
  await back();
  await expect(backup).toHaveAttribute('data-level', 'alert');
  await expect(backup).toContainText('Varmuuskopio on myöhässä');
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('duty-privacyOverdue')).toContainText('Privacy requests overdue: 1');
  await shot(page, 'home-02-manager-en');
  await page.getByTestId('language-fi').click();
  // The status bar, read afresh, is red too.
  await page.reload();
  await expect(home(page)).toBeVisible();
  await expect(page.getByTestId('backup-statusbar')).toHaveAttribute('data-level', 'alert');
  expect(errors).toEqual([]);
});

test('staff see the counter\'s part only', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, STAFF.username, staffPassword);
  await expect(home(page)).toBeVisible();
  for (const kind of ['privacySignature', 'invoicesToRemind', 'invoicesToCollection']) await expect(item(page, kind), kind).toBeVisible();
  for (const kind of ['privacyOverdue', 'privacyDueThisWeek', 'retentionDue', 'restrictionLift']) await expect(page.getByTestId(`duty-${kind}`), kind).toHaveCount(0);
  await expect(page.getByTestId('home-backup')).toBeVisible();
  await shot(page, 'home-03-staff-fi');
  await item(page, 'invoicesToRemind').click();
  await expect(page.getByTestId('invoice-title')).toContainText(ids.invoicesToRemind!.ref);
  expect(errors).toEqual([]);
});
