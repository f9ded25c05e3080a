// Customers at the counter, end to end through the browser harness (the real core, real
// encrypted files): add a customer through the form, find them again by a fragment of their phone
// number typed another way, correct the address (the history keeps both values), record a
// prohibition, the column layout kept per user, the same screens in English, and a staff user who
// cannot merge or change a restricted customer.
import { test, expect, type Page } from '@playwright/test';
import { arrangeRegister, loginThroughUi, MANAGER, shot, STAFF, startHarness, watchConsole, type Harness } from './support/harness';

let h: Harness;
let staffPassword = '';

/** 240 customers from an old list (one CSV import), so the full list has pages to scroll. */
function oldList(): string {
  const first = ['Aino', 'Eino', 'Helmi', 'Ilmari', 'Kaisa', 'Lauri', 'Sanna', 'Ville'];
  const last = ['Virtanen', 'Korhonen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen'];
  const rows = ['Etunimi;Sukunimi;Sähköposti;Puhelin;Osoite;Postinumero;Postitoimipaikka'];
  for (let i = 0; i < 240; i++) {
    rows.push(`${first[i % 8]};${last[(i * 3) % 10]};asiakas${i}@example.fi;050 ${100 + Math.floor(i / 100)} ${String(1000 + i).slice(-4)};Testikatu ${i + 1};26100;Rauma`);
  }
  return Buffer.from(rows.join('\r\n'), 'utf8').toString('base64');
}

test.beforeAll(async () => {
  h = await startHarness();
  ({ staffPassword } = await arrangeRegister(h));
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await h.api('organizations.create', { name: 'Rauman Puu ja Paperi Oy', businessId: '0112038-9', street: 'Satamakatu 5', postalCode: '26100', city: 'Rauma' });
  await h.api('customers.importCommit', { fileBase64: oldList(), source: 'reseller', sourceDate: '2026-01-15' });
  await h.api('session.logout');
});

test.afterAll(async () => {
  await h.stop();
});

const search = (page: Page) => page.getByTestId('customer-search');

/** Types into the search box the way a clerk does (key by key) and waits for the answer. */
async function find(page: Page, text: string) {
  await search(page).fill('');
  await search(page).pressSequentially(text);
  await expect(page.getByTestId('customer-list-status')).not.toHaveText(/Haetaan|Searching|Ladataan|Loading/);
}

test('a customer is added, found, corrected and marked at the counter; staff cannot merge', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);

  // Home first; Alt+2 the customer list, with the search box focused and the whole register.
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await page.keyboard.press('Alt+2');
  await expect(page.getByTestId('screen-customers')).toBeVisible();
  await expect(search(page)).toBeFocused();
  await expect(page.getByTestId('customer-list-status')).toHaveText('Rekisterissä on 240 asiakasta.');
  await shot(page, 'customers-01-list-fi');

  // 1. A new customer with Alt+N; the form checks fields before the core does.
  await page.keyboard.press('Alt+n');
  const form = page.getByTestId('customer-form');
  await expect(form).toBeVisible();
  await expect(form.locator('input[name="customer.firstName"]')).toBeFocused();
  await form.locator('input[name="customer.lastName"]').fill('Ärjänen');
  await form.locator('input[name="customer.phone"]').fill('044 987 654');
  await form.locator('input[name="customer.postalCode"]').fill('2610');
  await page.getByTestId('save-customer').click();
  await expect(form.getByText('Pakollinen tieto.')).toBeVisible();
  await expect(form.getByText('Postinumerossa on viisi numeroa.')).toBeVisible();
  await expect(form.locator('input[name="customer.firstName"]')).toHaveAttribute('aria-invalid', 'true');
  await form.locator('input[name="customer.firstName"]').fill('Östen');
  await form.locator('input[name="customer.email"]').fill('osten.arjanen@example.fi');
  await form.locator('input[name="customer.phone"]').fill('044 987 6543');
  await form.locator('input[name="customer.street"]').fill('Kuninkaankatu 12 A 3');
  await form.locator('input[name="customer.postalCode"]').fill('26100');
  await form.locator('input[name="customer.city"]').fill('Rauma');
  await form.getByTestId('organization-picker').locator('input').fill('rauman');
  await page.getByRole('option', { name: /Rauman Puu ja Paperi Oy/ }).click();
  await expect(form.getByTestId('organization-chosen')).toContainText('Rauman Puu ja Paperi Oy');
  // The data source defaults to a purchase in the shop today.
  await expect(form.locator('select[name="sources.0.source"]')).toHaveValue('shop_purchase');
  await shot(page, 'customers-02-new-customer-fi');
  await page.getByTestId('save-customer').click();

  const card = page.getByTestId('customer-card');
  await expect(card).toBeVisible();
  await expect(page.getByTestId('customer-name')).toHaveText('Östen Ärjänen');
  await expect(page.getByTestId('customer-status')).toContainText('Asiakas Östen Ärjänen on lisätty numerolla 1241.');
  await expect(page.getByTestId('detail-phone')).toHaveText('044 987 6543');
  await expect(page.getByTestId('sources')).toContainText('Ostos myymälässä');
  await expect(page.getByTestId('merge-button')).toBeVisible(); // a manager may merge

  // 2. Esc back to the list; the same person again is caught as a possible duplicate.
  await page.keyboard.press('Escape');
  await expect(search(page)).toBeFocused();
  await page.keyboard.press('Alt+n');
  await form.locator('input[name="customer.firstName"]').fill('Östen');
  await form.locator('input[name="customer.lastName"]').fill('Ärjänen');
  await form.locator('input[name="customer.phone"]').fill('+358 44 987 6543');
  await expect(page.getByTestId('duplicate-hint').getByTestId('duplicate-1241')).toContainText('puhelin');
  await page.getByTestId('save-customer').click();
  const duplicates = page.getByTestId('duplicates-dialog');
  await expect(duplicates).toBeVisible();
  await expect(duplicates.getByTestId('duplicate-1241')).toContainText('Sama: puhelin');
  await shot(page, 'customers-03-duplicate-fi');
  await duplicates.getByTestId('open-duplicate-1241').click();
  await expect(page.getByTestId('customer-name')).toHaveText('Östen Ärjänen');
  await page.keyboard.press('Escape');

  // 3. Found by a fragment of the phone number, typed in another formatting.
  await page.keyboard.press('Control+k');
  await expect(search(page)).toBeFocused();
  await find(page, '+358 44 987 65');
  await expect(page.getByTestId('customer-list-status')).toHaveText('1 osuma');
  const row = page.getByTestId('customer-row-1241');
  await expect(row).toContainText('Ärjänen, Östen');
  await expect(row).toContainText('044 987 6543');
  await expect(row).toContainText('puhelin');
  await find(page, '987-654');
  await expect(row).toBeVisible();
  await shot(page, 'customers-04-found-by-phone-fi');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-name')).toHaveText('Östen Ärjänen');

  // 4. The address is corrected; the history keeps the old and the new value and the reason.
  await page.getByTestId('edit-customer').click();
  await expect(form).toBeVisible();
  await form.locator('input[name="customer.street"]').fill('Nortamonkatu 7');
  await form.locator('input[name="reason"]').fill('Asiakas ilmoitti uuden osoitteen');
  await page.getByTestId('save-customer').click();
  await expect(page.getByTestId('customer-status')).toHaveText('Muutokset on tallennettu.');
  await expect(page.getByTestId('detail-address')).toContainText('Nortamonkatu 7');
  const history = page.getByTestId('history-table');
  const streetChange = history.locator('tbody tr').filter({ hasText: 'Katuosoite' });
  await expect(streetChange).toHaveCount(1);
  await expect(streetChange).toContainText('Kuninkaankatu 12 A 3');
  await expect(streetChange).toContainText('Nortamonkatu 7');
  await expect(streetChange).toContainText('Asiakas ilmoitti uuden osoitteen');
  await expect(streetChange).toContainText(MANAGER.fullName);
  await expect(history.locator('tbody tr')).toHaveCount(1); // nothing else "changed"

  // Unsaved edits are not lost by accident: Esc asks first.
  await page.getByTestId('edit-customer').click();
  await form.locator('input[name="customer.city"]').fill('Pori');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('unsaved-dialog')).toBeVisible();
  await page.getByTestId('unsaved-keep').click();
  await expect(form.locator('input[name="customer.city"]')).toHaveValue('Pori');
  await page.getByTestId('back-button').click();
  await page.getByTestId('unsaved-discard').click();
  await expect(page.getByTestId('detail-address')).toContainText('26100 Rauma');

  // 5. A prohibition: marked, saved, shown on the card, kept.
  await expect(page.getByTestId('prohibition-state-directAdvertising')).toHaveText('Sallittu');
  await page.getByTestId('prohibition-directAdvertising').locator('input').check();
  await page.getByTestId('save-prohibitions').click();
  await expect(page.getByTestId('customer-status')).toHaveText('Kiellot on tallennettu.');
  await expect(page.getByTestId('prohibition-state-directAdvertising')).toHaveText('Kielletty');
  await expect(page.getByTestId('prohibitions-summary')).toHaveText('1 kielto voimassa');
  await expect(history.locator('tbody tr').first()).toContainText('Kielto: Suoramainonta');
  await shot(page, 'customers-05-card-fi');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter'); // the same row is still selected
  await expect(page.getByTestId('prohibition-directAdvertising').locator('input')).toBeChecked();

  // The organisation card shows the new member, and links back.
  await page.getByTestId('customer-organization-link').click();
  await expect(page.getByTestId('organization-name')).toHaveText('Rauman Puu ja Paperi Oy');
  await expect(page.getByTestId('member-count')).toHaveText('1');
  // Its VAT number, left empty, is derived from the Y-tunnus (issue #16 §1).
  await expect(page.getByTestId('org-vat-number')).toHaveText('FI01120389 (Y-tunnuksesta)');
  await shot(page, 'customers-06-organization-fi');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('customer-name')).toHaveText('Östen Ärjänen');
  await page.keyboard.press('Escape');

  // 6. The full list in pages: sorted by number, hide a column; the layout is kept per user.
  await search(page).fill('');
  await expect(page.getByTestId('customer-list-status')).toHaveText('Rekisterissä on 241 asiakasta.');
  await page.getByTestId('sort-customerNumber').click();
  await page.getByTestId('columns-menu').locator('summary').click();
  await page.getByTestId('column-toggle-email').uncheck();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('customer-table').locator('th', { hasText: 'Sähköposti' })).toHaveCount(0);
  await page.getByTestId('customer-table').locator('xpath=..').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.getByTestId('customer-row-1241')).toBeVisible(); // the last page was fetched
  await page.reload();
  await expect(page.getByTestId('screen-home')).toBeVisible(); // a fresh start opens on home
  await page.keyboard.press('Alt+2');
  await expect(search(page)).toBeFocused();
  await expect(page.getByTestId('customer-table').locator('th', { hasText: 'Sähköposti' })).toHaveCount(0);
  await expect(page.getByTestId('customer-table').locator('th[aria-sort="ascending"]')).toContainText('Nro');
  await expect(page.getByTestId('customer-table').locator('tbody tr').first()).toContainText('1001');
  // Arrow keys move the selection, Enter opens it.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('customer-row-1003')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-number')).toHaveText('Asiakasnro 1003');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('customer-row-1003')).toHaveAttribute('aria-selected', 'true');

  // 7. The same counter in English.
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('customer-list-status')).toHaveText('The register holds 241 customers.');
  await expect(page.getByTestId('customer-table').locator('th[aria-sort="ascending"]')).toContainText('No.');
  await shot(page, 'customers-07-list-en');
  await page.keyboard.press('/');
  await expect(search(page)).toBeFocused();
  await find(page, '0449876');
  await expect(page.getByTestId('customer-list-status')).toHaveText('1 match');
  await expect(page.getByTestId('customer-row-1241')).toContainText('phone');
  await shot(page, 'customers-08-search-en');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Prohibitions' })).toBeVisible();
  await expect(page.getByTestId('prohibition-state-directAdvertising')).toHaveText('Forbidden');
  await expect(page.getByTestId('prohibitions-summary')).toHaveText('1 prohibition in force');
  await expect(history.locator('tbody tr').filter({ hasText: 'Street address' })).toContainText('Nortamonkatu 7');
  await expect(page.getByTestId('sources')).toContainText('Purchase in the shop');
  await shot(page, 'customers-09-card-en');
  await page.getByTestId('edit-customer').click();
  await expect(page.getByRole('heading', { name: 'Edit: Östen Ärjänen (1241)' })).toBeVisible();
  await form.locator('input[name="customer.email"]').fill('not-an-email');
  await page.getByTestId('save-customer').click();
  await expect(form.getByText('The email address is not valid.')).toBeVisible();
  await shot(page, 'customers-10-edit-en');
  await page.keyboard.press('Escape');
  await page.getByTestId('unsaved-discard').click();
  // Restricting processing is the manager's.
  await page.getByTestId('restrict-button').click();
  await page.getByTestId('restriction-reason').fill('Contests the accuracy of the address');
  await page.getByTestId('restrict-dialog-confirm').click();
  await expect(page.getByTestId('restriction-banner')).toContainText('Contests the accuracy of the address');
  await expect(page.getByTestId('restriction-banner')).toContainText(MANAGER.fullName);
  await shot(page, 'customers-11-restricted-en');
  await page.getByTestId('customers-tab-organizations').click();
  await expect(page.getByTestId('organization-list-status')).toHaveText('1 organisation');
  await shot(page, 'customers-12-organizations-en');
  await page.getByTestId('language-fi').click();
  await page.getByTestId('logout-button').click();

  // 8. A staff user finds the customer but sees no merge, and cannot change a restricted one.
  await loginThroughUi(page, STAFF.username, staffPassword);
  await page.keyboard.press('Alt+2');
  await find(page, 'ärjänen');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-name')).toHaveText('Östen Ärjänen');
  await expect(page.getByTestId('restriction-banner')).toBeVisible();
  await expect(page.getByTestId('merge-button')).toHaveCount(0);
  await expect(page.getByTestId('restrict-button')).toHaveCount(0);
  await expect(page.getByTestId('lift-restriction')).toHaveCount(0);
  await page.getByTestId('edit-customer').click();
  await expect(page.getByTestId('restricted-form-note')).toBeVisible();
  await form.locator('input[name="customer.city"]').fill('Pori');
  await page.getByTestId('save-customer').click();
  await expect(page.getByTestId('form-error')).toHaveText('Asiakkaan tietojen käsittelyä on rajoitettu: vain rekisterin vastuuhenkilö voi muuttaa niitä.');
  await shot(page, 'customers-13-staff-restricted-fi');

  expect(errors).toEqual([]);
});
