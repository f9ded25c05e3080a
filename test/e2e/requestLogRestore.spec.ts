// The signed-request log survives a restore, end to end: a written erasure request and an access
// request are logged, the register is backed up, then both are decided (the person erased with a
// certificate, the extract issued); the manager restores that older backup through the screens.
// The report says what was carried over; the log shows both requests decided with their
// documents, every code verifies with its request and signer, and the erased person stays erased.
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { MANAGER, loginThroughUi, registerAndStick, restoreThroughUi, shot, watchConsole } from './support/harness';
import { openRequest, privacyCustomer, toPrivacy, writtenRequest, type Arranged, type CreatedRequest } from './support/privacy';

const ctx = registerAndStick();

test('requests decided after a backup stay decided, with verifying documents, when that backup is restored', async ({ page }) => {
  const errors = watchConsole(page);
  await ctx.h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  const gone = await ctx.h.api<Arranged>('customers.create', privacyCustomer('Poistuva', 'Lokinen', '040 555 0101'));
  const asker = await ctx.h.api<Arranged>('customers.create', privacyCustomer('Kysyvä', 'Otteinen', '040 555 0102', { street: 'Kauppakatu 3' }));
  const erasure = await ctx.h.api<CreatedRequest>('privacy.requests.create', writtenRequest(['erasure'], gone, 'Poistakaa tietoni.'));
  const access = await ctx.h.api<CreatedRequest>('privacy.requests.create', writtenRequest(['access'], asker, 'Mitä tietoja minusta on?'));
  const backup = await ctx.h.api<{ file: string }>('backup.create', { folder: ctx.stick });
  // Decided after the backup.
  const extract = await ctx.h.api<{ verificationCode: string }>('privacy.extract', { requestId: access.id });
  const erased = await ctx.h.api<{ certificate: { verificationCode: string } }>('privacy.erasure.execute', { requestId: erasure.id, mode: 'full' });
  await ctx.h.api('session.logout');

  // The manager restores the older backup through the screens.
  await restoreThroughUi(page, ctx.h.url, join(ctx.stick, backup.file));
  const notice = page.getByTestId('login-notice');
  await expect(notice).toContainText('Varmuuskopio on palautettu');
  await expect(notice).toContainText('Yksi poisto, joka tehtiin varmuuskopion ottamisen jälkeen, tehtiin uudelleen.');
  await expect(notice).toContainText('pyyntöjä 2, joista ratkaistu sen jälkeen 2');
  await expect(page.getByTestId('login-notice-items')).toHaveCount(0); // nothing left for the manager to check
  await shot(page, 'request-log-restore-01-report');

  // The log shows both requests decided, with their documents.
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await toPrivacy(page);
  await openRequest(page, erasure.number);
  await expect(page.getByTestId('request-card').getByTestId('request-status').first()).toHaveText('Valmis');
  await expect(page.getByTestId('request-documents')).toContainText('Poistotodistus');
  await expect(page.getByTestId('request-card')).not.toContainText('Poistuva');
  await shot(page, 'request-log-restore-02-erasure-decided');
  await openRequest(page, access.number);
  await expect(page.getByTestId('request-card').getByTestId('request-status').first()).toHaveText('Valmis');
  await expect(page.getByTestId('request-documents')).toContainText('Rekisteriote');

  // Both codes verify, naming the request and who signed.
  await page.getByTestId('privacy-tab-verify').click();
  for (const [code, number, kind] of [
    [erased.certificate.verificationCode, erasure.number, 'Poistotodistus'],
    [extract.verificationCode, access.number, 'Rekisteriote'],
  ] as const) {
    await page.getByTestId('verify-code').fill(code);
    await page.getByTestId('verify-submit').click();
    await expect(page.getByTestId('verify-result')).toContainText(`Koodi ${code} on tämän rekisterin antama.`);
    await expect(page.getByTestId('verify-kind')).toHaveText(kind);
    await expect(page.getByTestId('verify-request')).toHaveText(number);
    await expect(page.getByTestId('verify-result')).toContainText(MANAGER.fullName);
  }
  await shot(page, 'request-log-restore-03-verified');

  // The erased person stays erased; the other is found.
  await page.getByTestId('nav-customers').click();
  await page.getByTestId('customer-search').fill('Lokinen');
  await expect(page.locator('#main')).not.toContainText('Poistuva', { timeout: 3000 });
  await page.getByTestId('customer-search').fill('Otteinen');
  await expect(page.locator('#main')).toContainText('Kysyvä');

  // The chain verifies after the carry-over.
  await ctx.h.api('session.login', { username: MANAGER.username, password: MANAGER.password }, 'checker');
  expect((await ctx.h.api<{ ok: boolean }>('privacy.log.verify', {}, 'checker')).ok).toBe(true);
  expect(errors).toEqual([]);
});

test('in English, the report lists what the manager must look into: a request whose customer the backup does not know', async ({ page }) => {
  const errors = watchConsole(page);
  await ctx.h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  const backup = await ctx.h.api<{ file: string }>('backup.create', { folder: ctx.stick });
  const newcomer = await ctx.h.api<Arranged>('customers.create', { ...privacyCustomer('Myöhäinen', 'Tulija', '040 555 0103', { street: 'Uusikatu 9' }), confirmNotDuplicate: true });
  const late = await ctx.h.api<CreatedRequest>('privacy.requests.create', writtenRequest(['portability'], newcomer, 'Tiedot siirtoa varten.'));
  await ctx.h.api('session.logout');

  await page.goto(ctx.h.url);
  await page.getByRole('button', { name: 'English' }).click();
  await restoreThroughUi(page, ctx.h.url, join(ctx.stick, backup.file));
  const notice = page.getByTestId('login-notice');
  await expect(notice).toContainText('The backup has been restored');
  await expect(notice).toContainText('requests: 1, decided since: 0');
  await expect(notice).toContainText('Please look into these');
  await expect(page.getByTestId('login-notice-items')).toContainText(`The customer of request ${late.number} is not in the restored register`);
  await shot(page, 'request-log-restore-04-report-en');

  // The request is in the log, unlinked, with the restore's note in its chain.
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.getByTestId('nav-privacy').click();
  await openRequest(page, late.number);
  await expect(page.getByTestId('request-card')).toContainText('Carried over at a backup restore (link cleared)');
  await shot(page, 'request-log-restore-05-carried-en');
  expect(errors).toEqual([]);
});
