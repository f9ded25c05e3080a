// GDPR Art. 19 and 18(3) through the screens: a restricted customer's card lists the recipients of
// their data with a letter each or a recorded reason; lifting the restriction asks for the notice
// to the person; an erasure shows its recipients' letters beside the certificate.
import { readFileSync } from 'node:fs';
import { test, expect, type Download, type Page } from '@playwright/test';
import { helsinkiDate } from '../../shared/format/dates';
import { pdfText } from '../support/pdf';
import { MANAGER, arrangedHarness, loginThroughUi, shot, watchConsole } from './support/harness';

const harness = arrangedHarness();

const pdfOf = async (d: Download) => readFileSync((await d.path())!).subarray(0, 5).toString('latin1');

async function arrangeCustomer(lastName: string, recipients: string[]): Promise<{ id: number; disclosures: number[] }> {
  await harness().api('session.login', { username: MANAGER.username, password: MANAGER.password });
  const c = await harness().api<{ id: number }>('customers.create', {
    customer: { firstName: 'Rauha', lastName, email: `${lastName.toLowerCase()}@example.fi`, phone: '040 765 4321', street: 'Rajakatu 3', postalCode: '26100', city: 'Rauma', relationshipStart: '2024-01-01' },
    sources: [{ source: 'shop_purchase', date: '2024-01-01', note: '' }],
    confirmNotDuplicate: true,
  });
  const disclosures: number[] = [];
  for (const recipient of recipients) {
    const d = await harness().api<{ id: number }>('privacy.disclosures.create', { date: helsinkiDate(), recipient, recipientKind: 'collection', purpose: 'Perintä', dataCategories: ['identity', 'contact'], customerIds: [c.id] });
    disclosures.push(d.id);
  }
  return { id: c.id, disclosures };
}

async function openCustomer(page: Page, text: string) {
  await page.getByTestId('nav-customers').click();
  await page.getByTestId('customer-search').fill(text);
  await expect(page.getByTestId('customer-list-status')).not.toHaveText(/Haetaan|Ladataan/);
  await page.getByTestId('customer-search').press('Enter');
  await expect(page.getByTestId('customer-card')).toBeVisible();
}

test('a restriction: recipients get letters or a recorded reason; the lift needs the notice to the person', async ({ page }) => {
  const errors = watchConsole(page);
  const c = await arrangeCustomer('Rajoitettunen', ['Perintä Saatava Oy', 'Lopettanut Oy']);
  await harness().api('customers.setRestriction', { id: c.id, restricted: true, reason: 'Oikeellisuus kiistetty' });

  await page.goto(harness().url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await openCustomer(page, 'Rajoitettunen');
  const box = page.getByTestId('recipients-restriction');
  await expect(box).toContainText('Perintä Saatava Oy');
  // No postal address yet: no letter can be made; the address is added right here.
  await expect(page.getByTestId(`recipient-no-address-${c.disclosures[0]}`)).toContainText('Postiosoite puuttuu');
  await expect(page.getByTestId(`recipient-print-${c.disclosures[0]}`)).toHaveCount(0);
  await page.getByTestId(`recipient-add-address-${c.disclosures[0]}`).click();
  const dialog = page.getByTestId('recipient-address-dialog');
  await dialog.getByLabel('Katuosoite tai postilokero').fill('Saatavankatu 5');
  await dialog.getByLabel('Postinumero').fill('123');
  await dialog.getByLabel('Postitoimipaikka').fill('Helsinki');
  await dialog.getByLabel('Y-tunnus').fill('0737546-2');
  await page.getByTestId('save-recipient-address').click();
  await expect(dialog).toContainText('Postinumero'); // still open: the postal code is wrong
  await expect(dialog.locator('.field__error')).toHaveCount(1);
  await dialog.getByLabel('Postinumero').fill('00100');
  await shot(page, 'recipients-00-address-dialog-fi');
  await page.getByTestId('save-recipient-address').click();
  await expect(dialog).toHaveCount(0);
  const [letter] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`recipient-print-${c.disclosures[0]}`).click()]);
  expect(await pdfOf(letter)).toBe('%PDF-');
  const text = pdfText(readFileSync((await letter.path())!).toString('base64'), 'rajoitusilmoitus-e2e.pdf');
  for (const e of ['Perintä Saatava Oy', 'Saatavankatu 5', '00100 HELSINKI', '0737546-2']) expect(text).toContain(e);
  await expect(page.getByTestId(`recipient-${c.disclosures[0]}`)).toContainText('Ilmoituskirje annettu');

  await page.getByTestId(`recipient-not-notified-${c.disclosures[1]}`).click();
  await page.getByTestId('not-notified-impossible').check();
  await page.getByTestId('not-notified-note').fill('Yritys on lopettanut, osoitetta ei ole.');
  await page.getByTestId('not-notified-dialog-confirm').click();
  await expect(page.getByTestId(`recipient-${c.disclosures[1]}`)).toContainText('ilmoittaminen on mahdotonta');
  await shot(page, 'recipients-01-restriction-fi');

  await page.getByTestId('lift-restriction').click();
  await page.getByTestId('lift-dialog-confirm').click();
  await expect(page.getByTestId('notice-error')).toContainText('18 artiklan 3 kohta');
  const [notice] = await Promise.all([page.waitForEvent('download'), page.getByTestId('lift-notice-print').click()]);
  expect(await pdfOf(notice)).toBe('%PDF-');
  await page.getByTestId('notice-method').selectOption('letter');
  await shot(page, 'recipients-02-lift-dialog-fi');
  await page.getByTestId('lift-dialog-confirm').click();
  await expect(page.getByTestId('restriction-banner')).toHaveCount(0);
  await expect(page.getByTestId('recipients-restriction')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('an erasure: the certificate box lists the recipients with the letters made with the erasure', async ({ page }) => {
  const errors = watchConsole(page);
  const c = await arrangeCustomer('Poistettavainen', ['Luottotieto Oy']);
  const r = await harness().api<{ number: string }>('privacy.requests.create', {
    types: ['erasure'], customerId: c.id, requesterName: 'Rauha Poistettavainen', receivedDate: helsinkiDate(), channel: 'counter', language: 'fi', signed: true, identityMethod: 'id_document',
  });

  await page.goto(harness().url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.getByTestId('nav-privacy').click();
  await page.getByTestId('privacy-tab-requests').click();
  await page.getByTestId('requests-view-all').click();
  await page.getByTestId(`open-request-${r.number}`).click();
  // The erasure makes its letters at once and never again: it waits for the recipient's address.
  await expect(page.getByTestId('blocker-recipient-address')).toContainText('Luottotieto Oy: postiosoite puuttuu');
  await expect(page.getByTestId('erasure-full')).toBeDisabled();
  await page.getByTestId('add-recipient-address-0').click();
  const dialog = page.getByTestId('recipient-address-dialog');
  await dialog.getByLabel('Katuosoite tai postilokero').fill('Kungsgatan 12');
  await dialog.getByLabel('Postinumero').fill('111 43');
  await dialog.getByLabel('Postitoimipaikka').fill('Stockholm');
  await dialog.getByLabel('Maa').fill('SE');
  await page.getByTestId('save-recipient-address').click();
  await expect(page.getByTestId('blocker-recipient-address')).not.toContainText('Luottotieto Oy');
  await page.getByTestId('erasure-full').click();
  await page.getByTestId('erase-understood').check();
  // The certificate's download comes with the erasure: taken here, so the letter's below is the letter.
  const [certificate] = await Promise.all([page.waitForEvent('download'), page.getByTestId('erase-dialog-confirm').click()]);
  expect(certificate.suggestedFilename()).toMatch(/^poistotodistus-E-\d{4}-\d{4}\.pdf$/);
  const box = page.getByTestId('recipients-erasure');
  await expect(box).toContainText('Luottotieto Oy');
  await expect(box).toContainText('Ilmoituskirje annettu');
  const [letter] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`recipient-print-${c.disclosures[0]}`).click()]);
  expect(letter.suggestedFilename()).toMatch(/^poistoilmoitus-E-\d{4}-\d{4}-\d+\.pdf$/);
  expect(await pdfOf(letter)).toBe('%PDF-');
  const text = pdfText(readFileSync((await letter.path())!).toString('base64'), 'poistoilmoitus-e2e.pdf');
  for (const e of ['Luottotieto Oy', 'Kungsgatan 12', '111 43 Stockholm', 'RUOTSI']) expect(text).toContain(e);
  await shot(page, 'recipients-03-erasure-fi');

  // Seen again later: the letters are gone, the record of what was done stays; a reason can be added.
  await page.getByTestId('nav-customers').click();
  await page.getByTestId('nav-privacy').click();
  await page.getByTestId('privacy-tab-requests').click();
  await page.getByTestId('requests-view-all').click();
  await page.getByTestId(`open-request-${r.number}`).click();
  const later = page.getByTestId('erasure-recipients');
  await expect(later).toContainText('Luottotieto Oy');
  await expect(later).toContainText('Ilmoituskirje annettu');
  await expect(later.getByTestId(`recipient-print-${c.disclosures[0]}`)).toHaveCount(0);

  // The disclosures register lists the recipients with their addresses.
  await page.getByTestId('privacy-tab-disclosures').click();
  const directory = page.getByTestId('recipient-directory-table');
  await expect(directory.getByRole('row', { name: /Luottotieto Oy/ })).toContainText('Kungsgatan 12, 111 43 Stockholm, Ruotsi');
  await shot(page, 'recipients-04-directory-fi');
  expect(errors).toEqual([]);
});
