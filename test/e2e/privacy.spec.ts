// The privacy panel end to end through the browser harness (the real core, real encrypted files):
// staff log a signed access request at the counter with its scan; the manager issues the register
// extract, which completes it; the log shows it completed, its chain verifies and it prints as a
// PDF; a rectification is partly accepted and partly refused (the refusal certificate downloads);
// an erasure for a customer without invoices is done fully, its certificate downloads and its
// verification code is recognised on the verify screen. The same screens are looked at in English.
import { test, expect } from '@playwright/test';
import { arrangeRegister, loginThroughUi, MANAGER, shot, STAFF, startHarness, watchConsole, type Harness } from './support/harness';
import { magicOf, openRequest, privacyCustomer, toPrivacy, writtenRequest, type Arranged, type CreatedRequest } from './support/privacy';

let h: Harness;
let staffPassword = '';
let rectNumber = '';
let erasureNumber = '';

/** A scanned request: a small but real PDF. */
const SCAN = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');

test.beforeAll(async () => {
  h = await startHarness();
  ({ staffPassword } = await arrangeRegister(h));
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await h.api('customers.create', privacyCustomer('Aino', 'Tarkastaja', '040 111 2233'));
  const eino = await h.api<Arranged>(
    'customers.create',
    privacyCustomer('Eino', 'Oikaisija', '040 123 4567', { sources: [{ source: 'reseller', date: '2025-01-15', note: 'Toimistotarvike Oy' }] }),
  );
  const ville = await h.api<Arranged>('customers.create', privacyCustomer('Ville', 'Unohdettava', '050 987 6543'));
  rectNumber = (await h.api<CreatedRequest>('privacy.requests.create', writtenRequest(['rectification'], eino, 'Sukunimi muuttunut: Oikaisija → Laine. Puhelin 040 765 4321.'))).number;
  erasureNumber = (await h.api<CreatedRequest>('privacy.requests.create', writtenRequest(['erasure'], ville, 'Poistakaa kaikki tietoni.'))).number;
  await h.api('session.logout');
});

test.afterAll(async () => {
  await h.stop();
});

test('staff log a signed access request with its scan; the manager issues the extract; the log shows it completed and prints', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, STAFF.username, staffPassword);
  await toPrivacy(page);
  await expect(page.getByTestId('counter-open')).toContainText('2');
  await shot(page, 'privacy-01-home-staff-fi');

  // The intake form at the counter.
  await page.getByTestId('new-request').click();
  const form = page.getByTestId('request-form');
  await expect(form).toBeVisible();
  await page.getByTestId('type-access').check();
  // At the counter the default check is an identity document: an unsigned request is not flagged
  // then (identity is confirmed); with another check it is flagged at once, the deadline running.
  await expect(page.getByTestId('signature-warning')).toHaveCount(0);
  await expect(form.getByLabel('Asiakirjan laji')).toHaveValue('id_card');
  await form.getByLabel('Miten henkilöllisyys tarkistettiin').selectOption('other');
  await expect(page.getByTestId('signature-warning')).toContainText('Allekirjoitus puuttuu.');
  await expect(page.getByTestId('signature-warning')).toContainText('määräaika alkaa saapumisesta');
  await page.getByTestId('request-customer-picker').locator('input').fill('Tarkastaja');
  await page.getByRole('option', { name: /Aino Tarkastaja/ }).click();
  await expect(page.getByTestId('chosen-customer')).toContainText('Aino Tarkastaja');
  await page.getByTestId('signed-yes').check();
  await expect(page.getByTestId('signature-warning')).toHaveCount(0);
  await form.getByLabel('Miten henkilöllisyys tarkistettiin').selectOption('id_document');
  await page.getByTestId('request-details').fill('Pyydän nähtäväksi kaikki minusta tallennetut tiedot.');
  await page.getByTestId('request-files').setInputFiles({ name: 'tarkastuspyynto.pdf', mimeType: 'application/pdf', buffer: SCAN });
  await expect(page.getByTestId('pending-files')).toContainText('tarkastuspyynto.pdf');
  await shot(page, 'privacy-02-intake-fi');
  await page.getByTestId('save-request').click();

  const card = page.getByTestId('request-card');
  await expect(card).toBeVisible();
  const title = (await page.getByTestId('request-title').textContent())!;
  const accessNumber = /P-\d{4}-\d{4}/.exec(title)![0];
  await expect(page.getByTestId('request-status-message')).toContainText(`Pyyntö ${accessNumber} on kirjattu.`);
  await expect(page.getByTestId('request-alert')).toHaveCount(0);
  await expect(page.getByTestId('fact-signed')).toHaveText('Kyllä');
  await expect(page.getByTestId('fact-requester')).toContainText('Aino Tarkastaja');
  await expect(page.getByTestId('request-attachments')).toContainText('tarkastuspyynto.pdf');
  await expect(page.getByTestId('request-history')).toContainText('Skannaus liitetty');
  // Staff log; the manager decides.
  await expect(page.getByTestId('decision-box')).toHaveCount(0);
  await expect(page.getByTestId('issue-extract')).toHaveCount(0);
  await shot(page, 'privacy-03-card-staff-fi');
  await page.getByTestId('logout-button').click();

  // The manager issues the register extract: the PDF downloads and the request is completed.
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await toPrivacy(page);
  await expect(page.getByTestId(`request-row-${accessNumber}`)).toContainText('Vastaanotettu');
  await openRequest(page, accessNumber);
  const [attachment] = await Promise.all([page.waitForEvent('download'), page.getByTestId('request-attachments').getByRole('button', { name: 'Lataa' }).click()]);
  expect(attachment.suggestedFilename()).toBe('tarkastuspyynto.pdf');
  expect(await magicOf(attachment)).toBe('%PDF-');
  const [extract] = await Promise.all([page.waitForEvent('download'), page.getByTestId('issue-extract').click()]);
  expect(await magicOf(extract)).toBe('%PDF-');
  await expect(page.getByTestId('request-status-message')).toContainText('Rekisteriote on annettu');
  await expect(card.getByTestId('request-status').first()).toHaveText('Valmis');
  await expect(page.getByTestId('request-documents')).toContainText('Rekisteriote');
  await expect(page.getByTestId('request-history')).toContainText('Rekisteriote annettu');
  await shot(page, 'privacy-04-extract-issued-fi');

  // The log: the request among the closed ones, completed; the chain is intact; the PDF prints.
  await page.getByTestId('request-back').click();
  await page.getByTestId('requests-view-closed').click();
  await expect(page.getByTestId(`request-row-${accessNumber}`)).toContainText('Valmis');
  await page.getByTestId('privacy-tab-log').click();
  await page.getByTestId('log-verify').click();
  await expect(page.getByTestId('log-verify-result')).toContainText('Lokiketju on eheä');
  await page.getByTestId('log-print-form').getByLabel('Pyytäjät').selectOption('full');
  const [logPdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('log-pdf').click()]);
  expect(logPdf.suggestedFilename()).toMatch(/\.pdf$/);
  expect(await magicOf(logPdf)).toBe('%PDF-');
  await expect(page.getByTestId('log-done')).toContainText('Loki on valmis');
  await shot(page, 'privacy-05-log-fi');
  expect(errors).toEqual([]);
});

test('a rectification is partly accepted and partly refused; the refusal certificate downloads', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await toPrivacy(page);
  await openRequest(page, rectNumber);

  const panel = page.getByTestId('rectification-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('rectify-row-lastName')).toContainText('Oikaisija');
  await page.getByTestId('requested-lastName').fill('Laine');
  await expect(page.getByTestId('decision-lastName')).toHaveValue('accept');
  await page.getByTestId('requested-phone').fill('040 765 4321');
  await page.getByTestId('decision-phone').selectOption('refuse');
  // A refusal needs its reasons.
  await page.getByTestId('rectification-decide').click();
  await expect(page.getByTestId('refusal-reasons')).toContainText('Kieltäytymiselle on kirjattava perustelut.');
  await page.getByTestId('reason-data_correct').check();
  await page.getByTestId('reason-text').fill('Puhelinnumero on tarkistettu asiakkaalta puhelimitse.');
  await expect(page.getByTestId('rectification-summary')).toHaveText('Hyväksytään 1, hylätään 1.');
  await shot(page, 'privacy-06-rectification-fi');
  await page.getByTestId('rectification-decide').click();
  await page.getByTestId('rectification-confirm-confirm').click();

  const result = page.getByTestId('rectification-result');
  await expect(result).toBeVisible();
  await expect(page.getByTestId('rectification-applied')).toHaveText('Sukunimi');
  await expect(page.getByTestId('rectification-refused')).toHaveText('Puhelin');
  await expect(page.getByTestId('request-card').getByTestId('request-status').first()).toHaveText('Osittain valmis');
  const [letter] = await Promise.all([page.waitForEvent('download'), page.getByTestId('refusal-letter-download').click()]);
  expect(letter.suggestedFilename()).toMatch(/\.pdf$/);
  expect(await magicOf(letter)).toBe('%PDF-');
  // The reseller the data came from gets a notification letter.
  const notify = page.getByTestId('notify-recipients');
  await expect(notify).toContainText('Jälleenmyyjä');
  const [notice] = await Promise.all([page.waitForEvent('download'), notify.getByRole('button', { name: 'Tallenna' }).first().click()]);
  expect(await magicOf(notice)).toBe('%PDF-');
  await expect(page.getByTestId('request-documents')).toContainText('Todistus korjauspyynnön epäämisestä');
  await shot(page, 'privacy-07-rectification-decided-fi');
  expect(errors).toEqual([]);
});

test('an erasure without invoices is done fully; its certificate downloads and its code is verified', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await toPrivacy(page);
  await openRequest(page, erasureNumber);

  await expect(page.getByTestId('erasure-blockers')).toBeVisible();
  await expect(page.getByTestId('erasure-allowed')).toContainText('Tiedot voi poistaa kokonaan.');
  await shot(page, 'privacy-08-erasure-fi');
  await page.getByTestId('erasure-full').click();
  const dialog = page.getByTestId('erase-dialog');
  await expect(dialog).toContainText('Poistoa ei voi perua.');
  await expect(page.getByTestId('erase-dialog-confirm')).toBeDisabled();
  await page.getByTestId('erase-understood').check();
  // Saving the certificate is offered with the erasure itself; the link below downloads it again.
  const [offered] = await Promise.all([page.waitForEvent('download'), page.getByTestId('erase-dialog-confirm').click()]);
  expect(offered.suggestedFilename()).toMatch(/\.pdf$/);

  const certificate = page.getByTestId('erasure-certificate');
  await expect(certificate).toContainText('Tämä on ainoa kappale.');
  const code = (await page.getByTestId('certificate-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('certificate-download').click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  expect(await magicOf(pdf)).toBe('%PDF-');
  await expect(page.getByTestId('request-card').getByTestId('request-status').first()).toHaveText('Valmis');
  await expect(page.getByTestId('fact-requester')).not.toContainText('Unohdettava');
  await shot(page, 'privacy-09-erasure-certificate-fi');

  // The code on the paper is recognised, with the request it answered.
  await page.getByTestId('privacy-tab-verify').click();
  await page.getByTestId('verify-code').fill(code.toLowerCase());
  await page.getByTestId('verify-submit').click();
  const verified = page.getByTestId('verify-result');
  await expect(verified).toContainText(`Koodi ${code} on tämän rekisterin antama.`);
  await expect(page.getByTestId('verify-kind')).toHaveText('Poistotodistus');
  await expect(page.getByTestId('verify-request')).toHaveText(erasureNumber);
  await shot(page, 'privacy-10-verified-fi');
  await page.getByTestId('verify-code').fill('AAAAA-BBBBB');
  await page.getByTestId('verify-submit').click();
  await expect(verified).toContainText('Koodia AAAAA-BBBBB ei löydy.');

  // The same panel in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByTestId('privacy-tab-requests').click();
  await expect(page.getByTestId('privacy-home')).toContainText('Written privacy requests and their deadlines.');
  await page.getByTestId('requests-view-closed').click();
  await expect(page.getByTestId(`request-row-${erasureNumber}`)).toContainText('Completed');
  await shot(page, 'privacy-11-home-en');
  await openRequest(page, rectNumber);
  await expect(page.getByTestId('request-documents')).toContainText('Certificate refusing a correction');
  await shot(page, 'privacy-12-card-en');
  await page.getByRole('button', { name: 'Suomi' }).click();
  expect(errors).toEqual([]);
});
