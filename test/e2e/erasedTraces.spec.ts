// Issue #15 (items 3 and 4), what a new user hit at the counter, end to end through the browser
// harness: an erasure's certificate is offered for saving at once; afterwards the erased person is
// not found by number, is shown as a placeholder in the UI's language, counts in no backup as a
// customer, and is recognised while being typed in again; the certificate's code is found however
// it is typed. On the privacy card, marking a request signed clears the earlier error, and a
// request's outcome is shown per right — on the card, in the list and in the printed log.
import { test, expect, type Page } from '@playwright/test';
import { arrangeRegister, loginThroughUi, MANAGER, shot, startHarness, stickFolder, watchConsole, type Harness } from './support/harness';
import { openRequest, pdfTextOf, privacyCustomer, toPrivacy, writtenRequest, type Arranged, type CreatedRequest } from './support/privacy';

let h: Harness;
let stick: ReturnType<typeof stickFolder>;
let unto: Arranged & { customerNumber: number };
let erasureNumber = '';
let certificateCode = '';
let unsignedNumber = '';
let partlyNumber = '';

test.beforeAll(async () => {
  h = await startHarness();
  await arrangeRegister(h);
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await h.api('customers.create', privacyCustomer('Maija', 'Mattila', '050 366 1543'));
  unto = await h.api<Arranged & { customerNumber: number }>('customers.create', privacyCustomer('Unto', 'Unohdettava', '040 987 6543'));
  erasureNumber = (await h.api<CreatedRequest>('privacy.requests.create', writtenRequest(['erasure'], unto, 'Poistakaa kaikki tietoni.'))).number;
  const sanna = await h.api<Arranged>('customers.create', privacyCustomer('Sanna', 'Allekirjoittamaton', '040 222 3333'));
  unsignedNumber = (await h.api<CreatedRequest>('privacy.requests.create', { ...writtenRequest(['access'], sanna, 'Mitä tietoja minusta on?'), signed: false })).number;
  // Access answered with an extract, rectification refused: one request, two outcomes.
  const outi = await h.api<Arranged>('customers.create', privacyCustomer('Outi', 'Osittainen', '040 444 5555'));
  const partly = await h.api<CreatedRequest>('privacy.requests.create', writtenRequest(['access', 'rectification'], outi, 'Tiedot minusta, ja kaupungiksi Pori.'));
  partlyNumber = partly.number;
  await h.api('privacy.extract', { requestId: partly.id });
  await h.api('privacy.rectification.refuse', { requestId: partly.id, asked: [{ field: 'city', requestedValue: 'Pori' }], reasons: ['data_correct'] });
  await h.api('session.logout');
  stick = stickFolder();
});

test.afterAll(async () => {
  await h?.stop();
  stick?.remove();
});

/** Logged in as the manager, on the customer list (home comes first after login). */
async function asManager(page: Page) {
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.getByTestId('nav-customers').click();
}

test('an erasure: the confirm says no copy is kept, and the certificate is offered for saving at once', async ({ page }) => {
  const errors = watchConsole(page);
  await asManager(page);
  await toPrivacy(page);
  await openRequest(page, erasureNumber);
  await page.getByTestId('erasure-full').click();
  const dialog = page.getByTestId('erase-dialog');
  await expect(dialog).toContainText('rekisteri säilytä siitä kopiota');
  await expect(dialog).not.toContainText('ladataan heti');
  await page.getByTestId('erase-understood').check();
  await shot(page, 'erased-01-confirm-fi');
  // No click on a download link: saving starts with the erasure itself.
  const offered = page.waitForEvent('download');
  await page.getByTestId('erase-dialog-confirm').click();
  const certificate = await offered;
  expect(certificate.suggestedFilename()).toMatch(/^poistotodistus-E-\d{4}-\d{4}\.pdf$/);
  expect(await pdfTextOf(certificate)).toContain('Unto Unohdettava');
  await expect(page.getByTestId('erasure-certificate')).toContainText('kopiota ei säilytetä');
  certificateCode = (await page.getByTestId('certificate-code').textContent())!.trim();
  await shot(page, 'erased-02-certificate-fi');

  // The code typed off the paper as people do: lower case, no hyphen, a space in the middle.
  await page.getByTestId('privacy-tab-verify').click();
  const bare = certificateCode.replace('-', '').toLowerCase();
  await page.getByTestId('verify-code').fill(`${bare.slice(0, 5)} ${bare.slice(5)}`);
  await page.getByTestId('verify-submit').click();
  await expect(page.getByTestId('verify-kind')).toHaveText('Poistotodistus');
  await shot(page, 'erased-03-verify-fi');
  expect(errors).toEqual([]);
});

test('the erased person leaves no traces: not found by number, shown in the UI’s language, not counted in a backup', async ({ page }) => {
  const errors = watchConsole(page);
  await asManager(page);
  await page.getByTestId('customer-search').fill(String(unto.customerNumber));
  await expect(page.getByTestId('customer-list-status')).toHaveText(`Haulla ”${unto.customerNumber}” ei löytynyt asiakasta.`);

  await toPrivacy(page);
  await page.getByTestId('requests-view-all').click();
  const table = page.getByTestId('requests-table');
  await expect(table).toContainText('[tiedot poistettu]');
  await expect(table).not.toContainText('poistettu / erased');
  await shot(page, 'erased-04-requests-fi');
  await page.getByTestId('language-en').click();
  await expect(table).toContainText('[data erased]');
  await shot(page, 'erased-05-requests-en');
  await page.getByTestId(`open-request-${erasureNumber}`).click();
  await expect(page.getByTestId('fact-requester')).toContainText('[data erased]');
  await page.getByTestId('language-fi').click();
  await expect(page.getByTestId('fact-requester')).toContainText('[tiedot poistettu]');

  // A backup counts the people in the register (4 customers were added, one is erased).
  await page.getByTestId('backup-open').click();
  await page.getByTestId('backup-folder').fill(stick.dir);
  await page.getByTestId('backup-submit').click();
  await expect(page.getByTestId('backup-result')).toContainText('3 asiakasta', { timeout: 60_000 });
  await shot(page, 'erased-06-backup-fi');
  // Verifying the file says which is which: people, and the erased person's tombstone.
  await page.getByTestId('backup-verify').getByTestId('verify-submit').click();
  await expect(page.getByTestId('verify-facts')).toContainText('3 asiakasta, 1 poistettu henkilö (vain tunniste)', { timeout: 60_000 });
  await page.getByTestId('verify-facts').scrollIntoViewIfNeeded();
  await shot(page, 'erased-06b-backup-verify-fi');
  expect(errors).toEqual([]);
});

test('typing an erased person in again: warned while typing, and a new relationship can be confirmed on save', async ({ page }) => {
  const errors = watchConsole(page);
  await asManager(page);
  await page.keyboard.press('Alt+n');
  const form = page.getByTestId('customer-form');
  await form.locator('input[name="customer.firstName"]').fill('Unto');
  await form.locator('input[name="customer.lastName"]').fill('Unohdettava');
  await form.locator('input[name="customer.email"]').fill('unohdettava@example.fi');
  const hint = page.getByTestId('erased-hint');
  await expect(hint).toContainText('Henkilön tiedot on poistettu aiemmin');
  await expect(hint).toContainText(/todistus E-\d{4}-\d{4}/);
  await shot(page, 'erased-07-form-hint-fi');
  await page.getByTestId('language-en').click();
  await expect(hint).toContainText('This person’s data was erased earlier');
  await shot(page, 'erased-08-form-hint-en');
  await page.getByTestId('language-fi').click();

  await page.getByTestId('save-customer').click();
  const dialog = page.getByTestId('erased-before-dialog');
  await expect(dialog).toContainText('Jatka vain, jos kyseessä on uusi asiakassuhde');
  await page.getByTestId('erased-before-dialog-confirm').click();
  await expect(page.getByTestId('customer-name')).toHaveText('Unto Unohdettava');
  expect(errors).toEqual([]);
});

test('marking a request signed clears the earlier “signature required” error', async ({ page }) => {
  const errors = watchConsole(page);
  await asManager(page);
  await toPrivacy(page);
  await openRequest(page, unsignedNumber);
  await page.getByTestId('issue-extract').click();
  await expect(page.getByTestId('request-alert')).toContainText('Pyyntö vaatii allekirjoituksen');
  await page.getByTestId('mark-signed').click();
  await page.getByTestId('mark-signed-dialog-confirm').click();
  await expect(page.getByTestId('request-status-message')).toBeVisible();
  await expect(page.getByTestId('request-alert')).toHaveCount(0);
  await shot(page, 'erased-09-signed-fi');
  expect(errors).toEqual([]);
});

test('an access answered and a rectification refused: the outcome per right on the card, in the list and in the printed log', async ({ page }) => {
  const errors = watchConsole(page);
  await asManager(page);
  await toPrivacy(page);
  await openRequest(page, partlyNumber);
  const card = page.getByTestId('request-card');
  await expect(card.getByTestId('request-status').first()).toHaveText('Osittain valmis');
  await expect(card.getByTestId('outcome-access')).toHaveText('Tarkastus: vastattu');
  await expect(card.getByTestId('outcome-rectification')).toHaveText('Oikaisu: evätty');
  await card.getByTestId('request-deadline').scrollIntoViewIfNeeded();
  await shot(page, 'erased-10-outcomes-card-fi');

  await page.getByTestId('privacy-tab-requests').click();
  await page.getByTestId('requests-view-all').click();
  const row = page.getByTestId('requests-table').locator('tr', { has: page.getByTestId(`open-request-${partlyNumber}`) });
  await expect(row.getByTestId('outcome-access')).toHaveText('Tarkastus: vastattu');
  await expect(row.getByTestId('outcome-rectification')).toHaveText('Oikaisu: evätty');
  await shot(page, 'erased-11-outcomes-list-fi');
  await page.getByTestId('language-en').click();
  await expect(row.getByTestId('outcome-rectification')).toHaveText('Rectification: refused');
  await shot(page, 'erased-12-outcomes-list-en');
  await page.getByTestId('language-fi').click();

  await page.getByTestId('privacy-tab-log').click();
  const [log] = await Promise.all([page.waitForEvent('download'), page.getByTestId('log-pdf').click()]);
  const text = await pdfTextOf(log);
  expect(text).toContain('Tarkastus: vastattu');
  expect(text).toContain('Oikaisu: evätty');
  expect(text).toContain('[tiedot poistettu]');
  expect(errors).toEqual([]);
});
