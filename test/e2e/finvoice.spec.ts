// Finvoice out end to end through the browser harness (the real core): the manager enters an
// organisation's e-invoice address on its card (a wrong OVT is refused on the field), then saves
// an issued invoice of that organisation as a Finvoice file from the invoice card.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { arrangeShop, daysAgo, shopCustomer } from './support/counter';
import { loginThroughUi, MANAGER, shot, startHarness, watchConsole, type Harness } from './support/harness';

let h: Harness;
let invoiceId = 0;

test.beforeAll(async () => {
  h = await startHarness();
  const { organizationId } = await arrangeShop(h);
  const eino = await h.api<{ id: number }>('customers.create', shopCustomer('Eino', 'Hankkija', '040 123 4567', organizationId));
  const draft = await h.api<{ id: number }>('invoices.createDraft', {
    customerId: eino.id,
    deliveryDate: daysAgo(3),
    lines: [{ description: 'Toimistotuoli Kaarna', quantity: 2, unit: 'kpl', unitPriceCents: 18900, vatCategory: 'general' }],
  });
  invoiceId = (await h.api<{ id: number }>('invoices.issue', { id: draft.id, invoiceDate: daysAgo(3) })).id;
  await h.api('session.logout');
});

test.afterAll(async () => {
  await h.stop();
});

test('an organisation’s e-invoice address on its card; the invoice saved as Finvoice from the invoice card', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);

  // The organisation, through its contact person's card; no e-invoice address yet.
  await page.keyboard.press('Alt+2');
  await page.getByTestId('customer-search').pressSequentially('Hankkija');
  await expect(page.getByTestId('customer-list-status')).not.toHaveText(/Haetaan|Ladataan/);
  await page.keyboard.press('Enter');
  await page.getByTestId('customer-organization-link').click();
  await expect(page.getByTestId('org-einvoice')).toHaveText('Ei verkkolaskuosoitetta');
  await page.getByTestId('edit-organization').click();
  const form = page.getByTestId('organization-form');
  await form.getByLabel('Verkkolaskuosoite').fill('0037 0112038-8');
  await form.getByLabel('Välittäjän tunnus').fill('ndeafihh');
  await page.getByTestId('save-organization').click();
  await expect(form).toContainText('Verkkolaskuosoite ei kelpaa');
  await form.getByLabel('Verkkolaskuosoite').fill('0037 0112 0389');
  await page.getByTestId('save-organization').click();
  await expect(page.getByTestId('org-einvoice')).toHaveText('003701120389 (välittäjä NDEAFIHH)');
  await shot(page, 'finvoice-01-organization-card-fi');

  // The invoice card offers Finvoice beside the PDF; the file is a Finvoice 3.0 message.
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('invoice-sums')).toBeVisible();
  await page.getByTestId(`open-invoice-${invoiceId}`).click();
  await expect(page.getByTestId('invoice-card')).toBeVisible();
  await expect(page.getByTestId('invoice-finvoice')).toHaveText('Tallenna verkkolasku (Finvoice)');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('invoice-finvoice').click()]);
  expect(download.suggestedFilename()).toMatch(/^finvoice-lasku-\d+\.xml$/);
  const xml = readFileSync((await download.path())!, 'utf8');
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
  expect(xml).toContain('<Finvoice Version="3.0"');
  expect(xml).toContain('<ToIdentifier SchemeID="0037">003701120389</ToIdentifier>');
  await shot(page, 'finvoice-02-invoice-card-fi');

  expect(errors).toEqual([]);
});
