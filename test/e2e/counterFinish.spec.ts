// What a new user hit at the counter (issue #15): the order's customer picker (what Enter picks,
// and a list that stayed shut after the order date was set), the lists that open a row alike, a
// draft's open amount, clipped texts and the organisation card's count of representatives.
import { test, expect, type Page } from '@playwright/test';
import { formatDate } from '../../shared/format/dates';
import { arrangeShop, daysAgo, eur, shopCustomer } from './support/counter';
import { loginThroughUi, shot, STAFF, startHarness, watchConsole, type Harness } from './support/harness';

let h: Harness;
let staffPassword = '';
const ids = { org: 0, aino: 0, order: 0, draft: 0, issued: 0 };

const line = (description: string, quantity: number, unitPriceCents: number) => ({ description, quantity, unit: 'kpl', unitPriceCents, discountPercent: 0, vatCategory: 'general' });

test.beforeAll(async () => {
  h = await startHarness();
  ({ staffPassword, organizationId: ids.org } = await arrangeShop(h));
  const aino = await h.api<{ id: number }>('customers.create', shopCustomer('Aino', 'Äijälä', '050 366 1543', null));
  ids.aino = aino.id;
  await h.api('customers.create', shopCustomer('Šárka', 'Łukasiewicz-Äijälä', '040 123 4567', null, 'sarka@example.fi'));
  const eino = await h.api<{ id: number }>('customers.create', shopCustomer('Eino', 'Hankkija', '045 777 8888', null));
  // Eino is the organisation's contact person; his own record names no organisation.
  await h.api('organizations.addContact', { id: ids.org, customerId: eino.id, startDate: daysAgo(30) });
  const order = await h.api<{ id: number }>('orders.create', { customerId: aino.id, channel: 'shop', date: daysAgo(3), note: '', lines: [line('Kopiopaperi A4', 2, 4354)] });
  ids.order = order.id;
  // A draft of 109,27 € (87,07 + 25,5 % VAT) and an issued invoice.
  const draft = await h.api<{ id: number; grossCents: number }>('invoices.createDraft', { customerId: aino.id, lines: [line('Toimistotuoli', 1, 8707)] });
  ids.draft = draft.id;
  const issued = await h.api<{ id: number }>('invoices.createDraft', { customerId: eino.id, lines: [line('Kahvi 500 g', 4, 650)] });
  await h.api('invoices.issue', { id: issued.id, invoiceDate: daysAgo(2) });
  ids.issued = issued.id;
  await h.api('session.logout');
});

test.afterAll(async () => {
  await h.stop();
});

async function login(page: Page) {
  await page.goto(h.url);
  await loginThroughUi(page, STAFF.username, staffPassword);
}

/** Presses Tab until `target` has the focus (at most `max` times): the list is reachable by keyboard. */
async function tabTo(page: Page, target: ReturnType<Page['getByTestId']>, max = 25) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The texts an element cuts off: a header's own overflow, or a field's placeholder / every option
 * measured in the field's own font against the room inside it (a select keeps ~20 px for its arrow). */
async function clippedTexts(locator: ReturnType<Page['locator']>): Promise<string[]> {
  return locator.evaluateAll((els) =>
    els.flatMap((el) => {
      if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) {
        const style = getComputedStyle(el);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const arrow = el instanceof HTMLSelectElement ? 20 : 0;
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
        const texts = el instanceof HTMLSelectElement ? [...el.options].map((o) => o.text) : [el.placeholder];
        return texts.filter((text) => ctx.measureText(text).width > room);
      }
      return el.scrollWidth > el.clientWidth ? [el.textContent ?? ''] : [];
    }),
  );
}

test('the order customer picker: Enter picks the highlighted match and ↓ moves from it, as its hint says', async ({ page }) => {
  const errors = watchConsole(page);
  await login(page);
  await page.keyboard.press('Alt+3');
  const form = page.getByTestId('order-form');
  const picker = form.getByTestId('order-customer-picker');
  await expect(picker.locator('input')).toBeFocused();
  // The hint told "↓ and Enter pick the customer": followed, it picked the second match.
  await expect(form).toContainText('Enter valitsee korostetun asiakkaan, ↑ ↓ vaihtavat korostusta');
  await expect(form).not.toContainText('↓ ja Enter valitsevat');

  // The pointer rests where the list will open (as after a click there): it must not take the highlight.
  const box = (await picker.locator('input').boundingBox())!;
  await page.mouse.move(box.x + 100, box.y + box.height + 70);
  await page.keyboard.type('aij');
  const options = picker.getByRole('option');
  await expect(options).toHaveCount(2);
  const names = (await options.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))).map((label) => label.split(',')[0]!);
  expect([...names].sort()).toEqual(['Aino Äijälä', 'Šárka Łukasiewicz-Äijälä']);
  const [first, second] = names;
  // The list opened under the resting pointer: the browser tells the page where the pointer is (a
  // mouse event without movement, as Chromium sends when the content under a still pointer changes).
  await page.mouse.move(box.x + 100, box.y + box.height + 70);
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await shot(page, 'counter-01-picker-highlighted-fi');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('order-customer')).toContainText(first!);

  // ↓ moves from the highlighted first match to the second, and Enter picks that one.
  await page.getByTestId('order-customer').getByRole('button', { name: 'Vaihda asiakas' }).click();
  await picker.locator('input').focus();
  await page.keyboard.type('aij');
  await expect(options).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('order-customer')).toContainText(second!);

  await page.getByTestId('language-en').click();
  await expect(form).toContainText('Enter picks the highlighted customer, ↑ ↓ move the highlight');
  await shot(page, 'counter-02-order-form-en');
  await page.getByTestId('language-fi').click();
  expect(errors).toEqual([]);
});

test('typed right after the order date is set, the customer picker shows its matches', async ({ page }) => {
  await login(page);
  await page.keyboard.press('Alt+3');
  const form = page.getByTestId('order-form');
  const box = form.getByTestId('order-customer-picker').locator('input');
  await expect(box).toBeFocused();
  // The page's clock stands still while the date is set and "aij" typed, so that both happen within
  // the 150 ms in which the picker used to close its list after losing the focus — as they did at
  // the counter in 2 of 5 tries. The delayed close then shut the list under the typing, and the
  // answer arrived into a closed list: no matches shown, no "no matches" either.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  await form.getByLabel('Tilauspäivä').fill(formatDate(daysAgo(1))); // the focus leaves the picker
  await box.focus();
  await page.keyboard.type('aij');
  await page.clock.runFor(1000); // the search's own wait, and every timer set meanwhile
  await page.clock.resume();
  await expect(form.getByTestId('order-customer-picker').getByRole('option')).toHaveCount(2);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await shot(page, 'counter-03-picker-after-date-fi');
});

test('orders, invoices and organisations open like customers: Enter on the highlighted or focused row, or a double click', async ({ page }) => {
  const errors = watchConsole(page);
  await login(page);

  // Orders: the highlighted row is reachable with Tab; Enter opens it; Esc back; a double click opens.
  await page.keyboard.press('Alt+3');
  await page.getByTestId('orders-tab-list').click();
  const orderRow = page.getByTestId(`order-row-${ids.order}`);
  await expect(orderRow).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('order-status-filter').focus();
  await tabTo(page, orderRow);
  await shot(page, 'counter-04-orders-row-focused-fi');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('order-card')).toBeVisible();
  await page.keyboard.press('Escape');
  await orderRow.dblclick();
  await expect(page.getByTestId('order-card')).toBeVisible();

  // Invoices: ↓ in the search box moves the highlight, Enter opens it; a double click opens a row.
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('invoice-sums')).toBeVisible();
  await page.getByTestId('invoice-filter-all').click();
  const draftRow = page.getByTestId(`invoice-row-${ids.draft}`);
  const issuedRow = page.getByTestId(`invoice-row-${ids.issued}`);
  await expect(issuedRow).toBeVisible();
  await page.getByTestId('invoice-search').focus();
  await expect(draftRow).toHaveAttribute('aria-selected', 'true'); // drafts come first
  await page.keyboard.press('ArrowDown');
  await expect(issuedRow).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('invoice-search')).toHaveAttribute('aria-activedescendant', (await issuedRow.getAttribute('id'))!);
  await shot(page, 'counter-05-invoices-highlight-fi');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('invoice-card')).toBeVisible();
  await expect(page.getByTestId('invoice-title')).toContainText('1000');
  await page.keyboard.press('Escape');
  await draftRow.dblclick();
  await expect(page.getByTestId('invoice-title')).toContainText('Laskuluonnos');
  await page.keyboard.press('Escape');
  // …and a row focused with the keyboard opens with Enter.
  await page.getByTestId('invoice-filter-all').click();
  await tabTo(page, draftRow);
  await page.keyboard.press('ArrowDown');
  await expect(issuedRow).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('invoice-title')).toContainText('1000');

  // Organisations: Enter in the search box opens the highlighted one; a focused row opens with Enter.
  await page.keyboard.press('Alt+2');
  await page.getByTestId('customers-tab-organizations').click();
  const orgRow = page.getByTestId(`organization-row-${ids.org}`);
  await expect(orgRow).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('organization-search')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('member-count')).toBeVisible();
  await page.keyboard.press('Escape');
  await tabTo(page, orgRow);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('member-count')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a draft has no open amount in its row, as in the sums and on its card', async ({ page }) => {
  await login(page);
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('invoice-sums')).toBeVisible();
  await page.getByTestId('invoice-filter-drafts').click();
  const draftRow = page.getByTestId(`invoice-row-${ids.draft}`);
  await expect(draftRow).toContainText(eur('109,27 €')); // its total
  await expect(page.getByTestId('invoice-sum-open')).toHaveText(eur('0,00 €'));
  await expect(draftRow.locator('td').nth(5)).toHaveText('–');
  await expect(draftRow.locator('td').nth(5).locator('span')).toHaveAttribute('aria-label', 'Luonnos: ei avoinna ennen lähettämistä');
  await shot(page, 'counter-06-drafts-fi');
  await page.getByTestId('language-en').click();
  await expect(draftRow.locator('td').nth(5).locator('span')).toHaveAttribute('aria-label', 'Draft: nothing is open until it is sent');
  await shot(page, 'counter-07-drafts-en');
  await page.getByTestId('language-fi').click();
});

test('no clipped texts: the customer list headers, the line editor VAT rates, the search placeholders', async ({ page }) => {
  await login(page);
  for (const lang of ['fi', 'en'] as const) {
    await page.getByTestId(`language-${lang}`).click();
    await page.keyboard.press('Alt+2');
    await page.getByTestId('customers-tab-people').click();
    await expect(page.getByTestId('customer-row-1001')).toBeVisible();
    expect(await clippedTexts(page.getByTestId('customer-table').locator('th'))).toEqual([]);
    expect(await clippedTexts(page.getByTestId('customer-search'))).toEqual([]);
    await page.getByTestId('customer-search').fill('aij'); // the search adds its "matched on" column
    await expect(page.getByTestId('customer-list-status')).toContainText('2');
    expect(await clippedTexts(page.getByTestId('customer-table').locator('th'))).toEqual([]);
    await shot(page, `counter-08-customers-${lang}`);
    await page.getByTestId('customer-search').fill('');

    await page.keyboard.press('Alt+3');
    await page.getByTestId('orders-tab-new').click();
    await page.getByTestId('line-0-vatCategory').selectOption('reducedA');
    expect(await clippedTexts(page.getByTestId('line-0-vatCategory'))).toEqual([]);
    expect(await clippedTexts(page.getByTestId('order-lines').locator('th'))).toEqual([]);
    await shot(page, `counter-09-line-editor-${lang}`);

    await page.keyboard.press('Alt+4');
    await page.getByTestId('unsaved-discard').click();
    await expect(page.getByTestId('invoice-sums')).toBeVisible();
    expect(await clippedTexts(page.getByTestId('invoice-search'))).toEqual([]);
    await shot(page, `counter-10-invoices-${lang}`);
  }
  await page.getByTestId('language-fi').click();
});

test('the organisation card counts its contact person among those who represent it', async ({ page }) => {
  await login(page);
  await page.keyboard.press('Alt+2');
  await page.getByTestId('customers-tab-organizations').click();
  await page.getByTestId(`organization-row-${ids.org}`).dblclick();
  await expect(page.getByTestId('member-count')).toHaveText('1');
  await expect(page.getByTestId('organization-contacts')).toContainText('Eino Hankkija');
  await shot(page, 'counter-11-organisation-fi');
});
