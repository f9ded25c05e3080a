// The manager's written privacy decisions end to end through the browser harness (issue #7's
// acceptance): a rectification partly accepted and partly refused — the refusal certificate read
// back as text; an erasure refused because of an open invoice — the refusal notice read back; the
// invoice then paid at the invoice card; a new erasure request done partially — the certificate
// read back — and its verification code recognised on the Verify document screen. Then a request
// of another kind (restriction) refused with its reasons: the written notice (GDPR Art. 12(4)).
// Data is arranged through the API; every decision is taken on the screens.
import { test, expect, type Download, type Page } from '@playwright/test';
import { formatDate } from '../../shared/format/dates';
import { today } from '../support/customers';
import { arrangeRegister, loginThroughUi, MANAGER, shot, startHarness, watchConsole, type Harness } from './support/harness';
import { openRequest, pdfTextOf, privacyCustomer, toPrivacy, writtenRequest, type Arranged, type CreatedRequest } from './support/privacy';

let h: Harness;
let rectNumber = '';
let erasureNumber = '';
let customerId = 0;
let invoice = { id: 0, number: 0 };
let restrictionNumber = '';

test.beforeAll(async () => {
  h = await startHarness();
  await arrangeRegister(h);
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await h.api('invoicing.settings.update', { iban: 'FI7944052020036082', bic: 'OKOYFIHH' });
  const eino = await h.api<Arranged>('customers.create', privacyCustomer('Eino', 'Oikaisija', '040 123 4567'));
  const ville = await h.api<Arranged>('customers.create', privacyCustomer('Ville', 'Velallinen', '050 987 6543', { street: 'Satamakatu 3' }));
  customerId = ville.id;
  // Ville has an invoice issued today and not yet paid: it blocks his erasure.
  const draft = await h.api<{ id: number }>('invoices.createDraft', {
    customerId: ville.id,
    lines: [{ description: 'Toimistotuoli Kaarna', quantity: 1, unit: 'kpl', unitPriceCents: 18900, vatCategory: 'general' }],
  });
  invoice = await h.api<{ id: number; number: number }>('invoices.issue', { id: draft.id });
  rectNumber = (await h.api<CreatedRequest>('privacy.requests.create', writtenRequest(['rectification'], eino, 'Sukunimi muuttunut: Oikaisija → Laine. Puhelin 040 765 4321.'))).number;
  erasureNumber = (await h.api<CreatedRequest>('privacy.requests.create', writtenRequest(['erasure'], ville, 'Poistakaa kaikki tietoni.'))).number;
  restrictionNumber = (await h.api<CreatedRequest>('privacy.requests.create', writtenRequest(['restriction'], eino, 'Rajoittakaa tietojeni käsittely, kunnes puhelinnumeroasia on selvitetty.'))).number;
  await h.api('session.logout');
});

test.afterAll(async () => {
  await h?.stop();
});

const OMBUDSMAN = ['Tietosuojavaltuutetun toimisto', 'PL 800, 00531 Helsinki', 'Lintulahdenkuja 4', '029 566 6700', 'tietosuoja@om.fi'];

test('a rectification partly accepted and partly refused: the refusal certificate states the reasons and the right to complain', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await toPrivacy(page);
  await openRequest(page, rectNumber);

  await expect(page.getByTestId('rectification-panel')).toBeVisible();
  await expect(page.getByTestId('rectify-row-lastName')).toContainText('Oikaisija');
  await page.getByTestId('requested-lastName').fill('Laine');
  await page.getByTestId('requested-phone').fill('040 765 4321');
  await page.getByTestId('decision-phone').selectOption('refuse');
  await page.getByTestId('reason-data_correct').check();
  await page.getByTestId('reason-text').fill('Numero 040 123 4567 on tarkistettu asiakkaalta puhelimitse 3.11.');
  await expect(page.getByTestId('rectification-summary')).toHaveText('Hyväksytään 1, hylätään 1.');
  await shot(page, 'decisions-01-rectification-fi');
  await page.getByTestId('rectification-decide').click();
  await page.getByTestId('rectification-confirm-confirm').click();

  await expect(page.getByTestId('rectification-result')).toBeVisible();
  await expect(page.getByTestId('rectification-applied')).toHaveText('Sukunimi');
  await expect(page.getByTestId('rectification-refused')).toHaveText('Puhelin');
  await expect(page.getByTestId('request-card').getByTestId('request-status').first()).toHaveText('Osittain valmis');
  await expect(page.getByTestId('request-documents')).toContainText('Todistus korjauspyynnön epäämisestä');
  await shot(page, 'decisions-02-rectification-decided-fi');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('refusal-letter-download').click()]);
  expect(download.suggestedFilename()).toBe(`korjauspyynnon-epaaminen-${rectNumber}.pdf`);
  const text = await pdfTextOf(download);
  for (const part of [
    'TODISTUS KORJAUSPYYNNÖN EPÄÄMISESTÄ',
    'Eino Oikaisija', // the envelope window: the requester as the request was signed
    'Kuninkaankatu 12',
    'Viitteemme',
    rectNumber,
    `Olette ${formatDate(today())} pyytäneet korjaamaan`,
    'Sukunimi: Laine',
    'Puhelin: 040 765 4321',
    'korjauspyyntö hyväksytään osittain',
    'Epäämisen syyt',
    'Tieto on rekisterissä oikein',
    'Numero 040 123 4567 on tarkistettu asiakkaalta puhelimitse 3.11.',
    'tietosuojavaltuutetun ratkaistavaksi',
    'tuomioistuimen käsiteltäväksi',
    ...OMBUDSMAN,
    MANAGER.fullName,
    'Rekisterin vastuuhenkilö',
    'Tarkistuskoodi',
  ]) {
    expect(text, part).toContain(part);
  }
  expect(errors).toEqual([]);
});

test('an erasure refused for an open invoice; the invoice paid; a new request erased partially; the certificate verified', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await toPrivacy(page);
  await openRequest(page, erasureNumber);

  // 1. The open invoice blocks: only a refusal is possible.
  await expect(page.getByTestId('blocker-open')).toContainText(`Lasku ${invoice.number}`);
  await expect(page.getByTestId('erasure-allowed')).toContainText('Tietoja ei voi poistaa nyt.');
  await expect(page.getByTestId('erasure-full')).toBeDisabled();
  await expect(page.getByTestId('erasure-partial')).toBeDisabled();
  await page.getByTestId('erasure-panel').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, 'decisions-03-erasure-blocked-fi');
  await page.getByTestId('erasure-refuse').click();
  await expect(page.getByTestId('erasure-refuse-dialog')).toBeVisible();
  await page.getByTestId('erasure-refuse-reason').fill('Poistamme tiedot, kun lasku on maksettu ja uusi pyyntö on tehty.');
  await shot(page, 'decisions-04-erasure-refuse-dialog-fi');
  await page.getByTestId('erasure-refuse-dialog-confirm').click();

  await expect(page.getByTestId('erasure-refusal')).toBeVisible();
  await expect(page.getByTestId('request-card').getByTestId('request-status').first()).toHaveText('Evätty');
  await expect(page.getByTestId('request-documents')).toContainText('Ilmoitus poiston epäämisestä');
  await shot(page, 'decisions-05-erasure-refused-fi');
  const [noticePdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('erasure-notice-download').click()]);
  const notice = await pdfTextOf(noticePdf);
  for (const part of [
    'ILMOITUS TIETOJEN POISTAMISEN EPÄÄMISESTÄ',
    'Ville Velallinen',
    'Satamakatu 3',
    'Viitteemme',
    erasureNumber,
    'Päätös: tietoja ei voida tällä hetkellä poistaa.',
    `Lasku ${invoice.number} on avoinna`,
    'Poistamme tiedot, kun lasku on maksettu ja uusi pyyntö on tehty.',
    'tuomioistuimen käsiteltäväksi',
    ...OMBUDSMAN,
    MANAGER.fullName,
    'Tarkistuskoodi',
  ]) {
    expect(notice, part).toContain(part);
  }

  // 2. The invoice is paid in full at the invoice card.
  await page.getByTestId('nav-invoices').click();
  // Typed at once, before the list's first page has loaded (this used to freeze the window).
  await page.getByTestId('invoice-search').fill(String(invoice.number));
  await page.getByTestId(`open-invoice-${invoice.id}`).click();
  await expect(page.getByTestId('invoice-card')).toBeVisible();
  await page.getByTestId('add-payment').click();
  await page.getByTestId('payment-dialog').getByTestId('payment-submit').click();
  await expect(page.getByTestId('invoice-status')).toHaveText('Maksettu');

  // 3. The person asks again (logged at the counter: arranged); now the erasure can be partial:
  //    the buyer data on the paid invoice stays for the Accounting Act's retention period.
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  const second = await h.api<CreatedRequest>('privacy.requests.create', writtenRequest(['erasure'], { id: customerId, firstName: 'Ville', lastName: 'Velallinen' }, 'Lasku on nyt maksettu. Poistakaa tietoni.'));
  await h.api('session.logout');
  await toPrivacy(page);
  await openRequest(page, second.number);
  const retainUntil = `31.12.${Number(today().slice(0, 4)) + 6}`;
  await expect(page.getByTestId('blocker-open')).toContainText('ei ole');
  await expect(page.getByTestId('blocker-retained')).toContainText(retainUntil);
  await expect(page.getByTestId('erasure-full')).toBeDisabled();
  await expect(page.getByTestId('erasure-partial')).toBeEnabled();
  await page.getByTestId('erasure-panel').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, 'decisions-06-erasure-partial-possible-fi');
  await page.getByTestId('erasure-partial').click();
  await page.getByTestId('erase-understood').check();
  // The certificate is offered for saving with the erasure itself (the register keeps no copy).
  const [certificatePdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('erase-dialog-confirm').click()]);

  const certificate = page.getByTestId('erasure-certificate');
  await expect(certificate).toBeVisible();
  const code = (await page.getByTestId('certificate-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
  await expect(page.getByTestId('request-card').getByTestId('request-status').first()).toHaveText('Osittain valmis');
  await shot(page, 'decisions-07-erasure-certificate-fi');
  expect(certificatePdf.suggestedFilename()).toMatch(/^poistotodistus-E-\d{4}-\d{4}\.pdf$/);
  const cert = await pdfTextOf(certificatePdf);
  for (const part of [
    'POISTOTODISTUS',
    'Ville Velallinen',
    'Viitteemme',
    second.number,
    'Todistuksen numero',
    'Poistettu',
    `Poiston suoritti: ${MANAGER.fullName}`,
    'Poistetut tiedot',
    'Säilytetyt tiedot',
    `Laskun ${invoice.number} ostajatiedot`,
    'kirjanpitolaki 2:10',
    `säilytetään ${retainUntil} asti`,
    ...OMBUDSMAN,
    `Tarkistuskoodi ${code}`,
  ]) {
    expect(cert, part).toContain(part);
  }

  // 4. The code on the paper is recognised on the Verify document screen.
  await page.getByTestId('privacy-tab-verify').click();
  await page.getByTestId('verify-code').fill(code);
  await page.getByTestId('verify-submit').click();
  await expect(page.getByTestId('verify-result')).toContainText(`Koodi ${code} on tämän rekisterin antama.`);
  await expect(page.getByTestId('verify-kind')).toHaveText('Poistotodistus');
  await expect(page.getByTestId('verify-request')).toHaveText(second.number);
  await shot(page, 'decisions-08-certificate-verified-fi');

  // The partly erased customer is no longer found at the counter.
  await page.getByTestId('nav-customers').click();
  await page.getByTestId('customer-search').fill('Velallinen');
  await expect(page.locator('#main')).toContainText('Haulla ”Velallinen” ei löytynyt asiakasta.');
  expect(errors).toEqual([]);
});

test('a restriction request refused: the reasons are required and a written notice is issued', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await toPrivacy(page);
  await openRequest(page, restrictionNumber);

  // The dialog in English first, then cancelled.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByTestId('set-status-refused').click();
  await expect(page.getByTestId('refuse-dialog')).toContainText('the right to complain to the Data Protection Ombudsman and to go to court');
  await expect(page.getByTestId('refuse-reasons')).toContainText('The conditions for the right asked for are not met');
  await shot(page, 'decisions-09-refuse-dialog-en');
  await page.getByTestId('refuse-dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Suomi' }).click();

  await page.getByTestId('set-status-refused').click();
  const dialog = page.getByTestId('refuse-dialog');
  await expect(dialog).toContainText('tietosuojavaltuutetulle');
  // No reason chosen: refused by the form (and by the core).
  await page.getByTestId('refuse-dialog-confirm').click();
  await expect(page.getByTestId('refuse-reasons-error')).toHaveText('Kieltäytymiselle on kirjattava perustelut.');
  await page.getByTestId('refuse-reason-conditions_not_met').check();
  await page.getByTestId('refuse-reason-text').fill('Puhelinnumeron oikeellisuus on jo selvitetty korjauspyynnön yhteydessä.');
  await shot(page, 'decisions-10-refuse-dialog-fi');
  await page.getByTestId('refuse-dialog-confirm').click();

  await expect(page.getByTestId('refusal-notice')).toBeVisible();
  await expect(page.getByTestId('request-status-message')).toContainText('Pyyntö on evätty ja ilmoitus epäämisestä on annettu');
  await expect(page.getByTestId('request-card').getByTestId('request-status').first()).toHaveText('Evätty');
  await expect(page.getByTestId('decision-box')).toHaveCount(0);
  await expect(page.getByTestId('request-documents')).toContainText('Ilmoitus pyynnön epäämisestä');
  await expect(page.getByTestId('request-history')).toContainText('Pyydetyn oikeuden edellytykset eivät täyty');
  await shot(page, 'decisions-11-request-refused-fi');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('refusal-notice-download').click()]);
  expect(download.suggestedFilename()).toBe(`pyynnon-epaaminen-${restrictionNumber}.pdf`);
  const text = await pdfTextOf(download);
  for (const part of [
    'ILMOITUS PYYNNÖN EPÄÄMISESTÄ',
    'Kuninkaankatu 12',
    restrictionNumber,
    'tietojenne käsittelyn rajoittamista (18 artikla)',
    'Rajoittakaa tietojeni käsittely, kunnes puhelinnumeroasia on selvitetty.',
    'Päätös: pyyntöönne ei suostuta',
    'Epäämisen syyt',
    'mikään tietosuoja-asetuksen 18 artiklan 1 kohdassa luetelluista tilanteista ei koske tietojanne',
    'Puhelinnumeron oikeellisuus on jo selvitetty korjauspyynnön yhteydessä.',
    '12 artiklan 4 kohdan mukaisesti',
    'tuomioistuimen käsiteltäväksi',
    ...OMBUDSMAN,
    MANAGER.fullName,
    'Tarkistuskoodi',
  ]) {
    expect(text, part).toContain(part);
  }
  expect(errors).toEqual([]);
});
