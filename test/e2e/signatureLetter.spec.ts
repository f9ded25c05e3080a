// An unsigned access request is flagged on its card; the counter can print the letter that asks
// the requester to confirm their identity, and record an identity document shown at the counter.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { helsinkiDate } from '../../shared/format/dates';
import { MANAGER, arrangedHarness, loginThroughUi, shot } from './support/harness';

const harness = arrangedHarness();

test('an unsigned access request is flagged and the signature letter prints', async ({ page }) => {
  await harness().api('session.login', { username: MANAGER.username, password: MANAGER.password });
  const r = await harness().api<{ id: number; number: string }>('privacy.requests.create', {
    types: ['access'], customerId: null, requesterName: 'Kirjeen Lähettäjä', requesterAddress: 'Postikatu 1, 26100 Rauma', receivedDate: helsinkiDate(), channel: 'letter', language: 'fi', signed: false, identityMethod: 'other', identityNote: 'Kirje ilman allekirjoitusta',
  });
  await harness().api('session.logout');

  await page.goto(harness().url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.getByTestId('nav-privacy').click();
  await page.getByTestId('requests-view-all').click();
  await page.getByTestId(`open-request-${r.number}`).click();
  await expect(page.getByTestId('signature-banner')).toBeVisible();
  await shot(page, 'signature-01-banner');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('signature-letter').click()]);
  const path = await download.path();
  expect(readFileSync(path!).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.getByTestId('request-facts')).toBeVisible();

  // The requester comes to the counter with a driving licence: identity confirmed without a
  // signature — its kind recorded, not its number — and the banner goes.
  await page.getByTestId('mark-signed').click();
  await page.getByTestId('identity-by-document').check();
  await page.getByTestId('identity-document').selectOption('driving_licence');
  await expect(page.getByTestId('mark-signed-dialog')).toContainText('ei asiakirjan numeroa');
  await shot(page, 'signature-02-identity-at-counter');
  await page.getByTestId('mark-signed-dialog-confirm').click();
  await expect(page.getByTestId('request-status-message')).toContainText('Henkilöllisyys on kirjattu vahvistetuksi.');
  await expect(page.getByTestId('signature-banner')).toHaveCount(0);
  await expect(page.getByTestId('identity-document-kind')).toContainText('Ajokortti');
  await expect(page.getByTestId('request-history')).toContainText('Henkilöllisyys vahvistettu asiakaspalvelussa');
});
