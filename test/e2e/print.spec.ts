// Print in one click (issue #19 §1), through the browser harness: Print on a document opens the
// PDF in a new tab (a blob: URL the page made; no file is written by the app). The acceptance: a
// manager prints a correction refusal certificate from the request's card with one click. Then an
// invoice from its card, and the erasure certificate — a letter the register must not keep — which
// says that nothing was kept. Each opened tab's content is read back: its type and its text.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { arrangeRegister, loginThroughUi, MANAGER, shot, startHarness, watchConsole, type Harness } from './support/harness';
import { openRequest, privacyCustomer, toPrivacy, writtenRequest, type Arranged, type CreatedRequest } from './support/privacy';

let h: Harness;
let rectNumber = '';
let erasureNumber = '';
let invoice = { id: 0, number: 0 };

const PRINTED = join(process.cwd(), 'test-results', 'printed');

test.beforeAll(async () => {
  h = await startHarness();
  await arrangeRegister(h);
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await h.api('invoicing.settings.update', { iban: 'FI7944052020036082', bic: 'OKOYFIHH' });
  const eino = await h.api<Arranged>('customers.create', privacyCustomer('Eino', 'Oikaisija', '040 123 4567'));
  const ulla = await h.api<Arranged>('customers.create', privacyCustomer('Ulla', 'Unohdettava', '050 222 3333', { street: 'Satamakatu 9' }));
  const draft = await h.api<{ id: number }>('invoices.createDraft', {
    customerId: eino.id,
    lines: [{ description: 'Toimistotuoli Kaarna', quantity: 1, unit: 'kpl', unitPriceCents: 18900, vatCategory: 'general' }],
  });
  invoice = await h.api<{ id: number; number: number }>('invoices.issue', { id: draft.id });
  // A rectification refused outright: the refusal certificate is issued and kept on the request.
  const rect = await h.api<CreatedRequest>('privacy.requests.create', writtenRequest(['rectification'], eino, 'Puhelinnumeroni on väärin: oikea on 040 765 4321.'));
  rectNumber = rect.number;
  await h.api('privacy.rectification.refuse', { requestId: rect.id, asked: [{ field: 'phone', requestedValue: '040 765 4321' }], reasons: ['data_correct'], reasonText: 'Numero tarkistettu asiakkaalta puhelimitse.' });
  erasureNumber = (await h.api<CreatedRequest>('privacy.requests.create', writtenRequest(['erasure'], ulla, 'Poistakaa kaikki tietoni.'))).number;
  await h.api('session.logout');
});

test.afterAll(async () => {
  await h?.stop();
});

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      const url = create(obj);
      if (obj instanceof Blob) blobs.set(url, obj);
      return url;
    };
    Object.defineProperty(window, '__printedBlobs', { value: blobs });
  });
});

/** Clicks a Print button and reads the tab it opened: the blob's type and the PDF's text. */
async function printAndRead(page: Page, testId: string, name: string): Promise<{ url: string; type: string; text: string }> {
  const [tab] = await Promise.all([page.waitForEvent('popup'), page.getByTestId(testId).click()]);
  const url = tab.url();
  // The tab shows the page's own blob: nothing was fetched from anywhere, nothing saved by the app.
  expect(url).toMatch(new RegExp(`^blob:${new URL(h.url).origin.replace(/[.]/g, '\\.')}/`));
  // The page's CSP (connect-src 'self') rightly forbids fetching a blob: URL, so the test reads the
  // Blob object that URL was made from (recorded by the init script below).
  const blob = await page.evaluate(async (u) => {
    const b = (window as unknown as { __printedBlobs: Map<string, Blob> }).__printedBlobs.get(u);
    if (!b) throw new Error(`no blob behind ${u}`);
    const bytes = new Uint8Array(await b.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
    return { type: b.type, base64: btoa(binary) };
  }, url);
  await tab.close();
  mkdirSync(PRINTED, { recursive: true });
  const file = join(PRINTED, name);
  writeFileSync(file, Buffer.from(blob.base64, 'base64'));
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { url, type: blob.type, text };
}

test('a manager prints the correction refusal certificate from the request card with one click', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await toPrivacy(page);
  await openRequest(page, rectNumber);
  const row = page.getByTestId('request-documents').getByTestId('document-rectification-refusal');
  await expect(row).toContainText('Todistus korjauspyynnön epäämisestä');
  // Print sits next to Save on the row: one click.
  const print = row.getByRole('button', { name: 'Tulosta' });
  await expect(print).toBeVisible();
  await expect(row.getByRole('button', { name: /Lataa|Tallenna/ })).toBeVisible();
  const testId = await print.getAttribute('data-testid');
  const printed = await printAndRead(page, testId!, `refusal-${rectNumber}.pdf`);
  expect(printed.type).toBe('application/pdf');
  expect(printed.text).toContain('TODISTUS KORJAUSPYYNNÖN EPÄÄMISESTÄ');
  expect(printed.text).toContain('Eino Oikaisija');
  await expect(row.getByRole('status')).toContainText('avattiin uuteen välilehteen');
  await shot(page, 'print-01-refusal-certificate-fi');
  expect(errors).toEqual([]);
});

test('Print on an invoice opens the invoice PDF in a new tab; Save then Open shows the saved one', async ({ page }) => {
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.getByTestId('nav-invoices').click();
  await page.getByTestId('invoices-tab-list').click();
  await page.getByTestId('invoice-filter-all').click();
  await page.getByTestId(`invoice-row-${invoice.id}`).dblclick();
  await expect(page.getByTestId('invoice-title')).toContainText(String(invoice.number));
  const printed = await printAndRead(page, 'invoice-pdf-print', `invoice-${invoice.number}.pdf`);
  expect(printed.type).toBe('application/pdf');
  expect(printed.text).toContain('LASKU');
  expect(printed.text).toContain(String(invoice.number));

  // Save, then Open: the harness's Open shows the file it saved (a token, not a path).
  await expect(page.getByTestId('invoice-pdf-open')).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('invoice-pdf').click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(page.getByTestId('invoice-pdf-note')).toContainText(download.suggestedFilename());
  const [opened] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('invoice-pdf-open').click()]);
  expect(opened.url()).toMatch(/^blob:/);
  await opened.close();
  // A token the page made up opens nothing.
  expect(await page.evaluate(() => window.register.openSavedDocument('C:\\Users\\kauppa\\Documents\\lasku.pdf'))).toBe(false);
  await shot(page, 'print-02-invoice-fi');
});

test('the erasure certificate prints from memory and the screen says nothing was kept', async ({ page }) => {
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await toPrivacy(page);
  await openRequest(page, erasureNumber);
  await page.getByTestId('erasure-full').click();
  await page.getByTestId('erase-understood').check();
  // The erasure offers the certificate for saving at once (the register keeps no copy).
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByTestId('erase-dialog-confirm').click()]);
  expect(saved.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(page.getByTestId('erasure-certificate')).toBeVisible();
  const printed = await printAndRead(page, 'certificate-download-print', `erasure-${erasureNumber}.pdf`);
  expect(printed.type).toBe('application/pdf');
  expect(printed.text).toContain('Ulla');
  await expect(page.getByTestId('certificate-download-note')).toHaveText(/Tulostettiin muistista: tästä asiakirjasta ei jäänyt tiedostoa/);
  await shot(page, 'print-03-erasure-certificate-fi');
});
