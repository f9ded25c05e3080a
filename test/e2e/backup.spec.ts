// Backups end to end, through the browser harness (the real core, real files): the status bar
// warns about a register with no backup; a clerk backs up to a "USB stick" folder by typing its
// path, sees the verified result and the eject reminder, the status bar turns to "today", and the
// file verifies. A manager restores it with the password valid in it: the app returns to the login
// screen, and after logging in again the register is as it was in the backup.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { person as shopPerson } from '../support/customers';
import { MANAGER, STAFF, arrangeRegister, loginThroughUi, shot, startHarness, stickFolder, watchConsole, type Harness } from './support/harness';

const person = (firstName: string, lastName: string, email: string, phone: string, postalCode: string) => shopPerson({ firstName, lastName, email, phone, postalCode });

let h: Harness;
let stick: string;
let staffPassword = '';
test.beforeAll(async () => {
  h = await startHarness();
  ({ staffPassword } = await arrangeRegister(h));
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await h.api('customers.create', person('Maija', 'Mäki-Petäjä', 'maija@example.fi', '050 366 1543', '26100'));
  await h.api('customers.create', person('Šárka', 'Łukasiewicz', 'sarka@example.cz', '040 765 4321', '00100'));
  await h.api('session.logout');
  // The "USB stick": a folder of its own (on the same disk here, which the screen warns about).
  stick = stickFolder().dir;
});
test.afterAll(async () => {
  await h?.stop();
  if (stick) rmSync(stick, { recursive: true, force: true });
});

test('back up to a stick, verify it, restore it as a manager', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(h.url);

  // 1. A clerk logs in: no backup yet, the status bar warns.
  await loginThroughUi(page, STAFF.username, staffPassword);
  const bar = page.getByTestId('backup-statusbar');
  await expect(bar).toHaveAttribute('data-warn', 'true');
  await expect(page.getByTestId('backup-status-text')).toContainText('Ei varmuuskopioita');
  await shot(page, 'backup-01-statusbar-warning');

  // 2. The backup screen from the status bar; a clerk has no restore.
  await page.getByTestId('backup-open').click();
  const screen = page.getByTestId('screen-backup');
  await expect(screen.getByRole('heading', { level: 1, name: 'Varmuuskopiot' })).toBeFocused();
  await expect(page.getByTestId('backup-open-admin')).toHaveCount(0);
  const folder = page.getByTestId('backup-folder');
  await expect(folder).toHaveValue('');

  // A clerk backs up to a stick or the shop's backup folder only: a system folder is refused as
  // it is typed, without saying whether it exists.
  await folder.fill('/etc');
  await expect(page.getByTestId('folder-check')).toContainText('Henkilökunta voi ottaa varmuuskopion vain muistitikulle');
  await page.getByTestId('backup-submit').click();
  await expect(page.getByTestId('backup-now').locator('.field__error')).toContainText('vain muistitikulle');

  // A folder that is not there: said as it is typed, and refused.
  await folder.fill(join(stick, 'ei-ole'));
  await expect(page.getByTestId('folder-check')).toContainText('Kansiota ei löydy');
  await page.getByTestId('backup-submit').click();
  await expect(page.getByTestId('backup-now').locator('.field__error')).toContainText('muistitikku on kiinni');
  await shot(page, 'backup-02-folder-missing');

  // 3. The stick's folder, typed (the browser harness has no native picker: Browse keeps it).
  await folder.fill(stick);
  await page.getByTestId('backup-folder-browse').click();
  await expect(folder).toHaveValue(stick);
  await expect(page.getByTestId('folder-check')).toContainText('samalla levyllä');
  await page.getByTestId('backup-submit').click();
  const result = page.getByTestId('backup-result');
  await expect(result).toContainText('Varmuuskopio tarkistettu: 2 asiakasta, 0 laskua');
  const file = readdirSync(stick).find((n) => n.endsWith('.arbk'))!;
  expect(file).toMatch(/^Asiakasrekisteri-\d{4}-\d{2}-\d{2}-\d{4}\.arbk$/);
  await expect(page.getByTestId('backup-result-file')).toHaveText(file);
  await expect(page.getByTestId('backup-eject')).toContainText('Poista muistitikku turvallisesti');
  await shot(page, 'backup-03-done');

  // The status bar turned from the warning to today; the history has the backup, by the clerk.
  await expect(bar).toHaveAttribute('data-warn', 'false');
  await expect(page.getByTestId('backup-status-text')).toContainText(/Viimeisin varmuuskopio: tänään klo \d{2}\.\d{2}/);
  const history = page.getByTestId('backup-history-table');
  await expect(history.locator('tbody tr')).toHaveCount(1);
  await expect(history.locator('tbody tr').first()).toContainText(file);
  await expect(history.locator('tbody tr').first()).toContainText(STAFF.fullName);
  await expect(history.locator('tbody tr').first()).toContainText('Tarkistettu');

  // 4. Verify the file (its path is filled in), then a file that is no backup at all.
  await expect(page.getByTestId('verify-file')).toHaveValue(join(stick, file));
  await page.getByTestId('verify-submit').click();
  await expect(page.getByTestId('verify-verdict')).toContainText('Varmuuskopio on ehjä, ja se on otettu tästä rekisteristä.');
  await expect(page.getByTestId('verify-facts')).toContainText('2 asiakasta');
  await shot(page, 'backup-04-verified');
  await expect(page.getByTestId('verify-same-register')).toHaveText('Kyllä');
  // A damaged copy of this register's own backup: whose it is cannot be told (the MAC fails for
  // any key once a bit has flipped), so the screen says so instead of "no".
  const damaged = readFileSync(join(stick, file));
  damaged[Math.floor(damaged.length / 2)]! ^= 0xff;
  writeFileSync(join(stick, 'vahingoittunut.arbk'), damaged);
  await page.getByTestId('verify-file').fill(join(stick, 'vahingoittunut.arbk'));
  await page.getByTestId('verify-submit').click();
  await expect(page.getByTestId('verify-verdict')).toContainText('Varmuuskopiota ei voi käyttää.');
  await expect(page.getByTestId('verify-same-register')).toHaveText('Ei voi sanoa: tiedosto on vaurioitunut');
  await shot(page, 'backup-04b-damaged-copy');
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('verify-same-register')).toHaveText('Cannot tell: the file is damaged');
  await expect(page.getByTestId('verify-verdict')).toContainText('The backup is damaged');
  await shot(page, 'backup-04c-damaged-copy-en');
  await page.getByTestId('language-fi').click();
  writeFileSync(join(stick, 'kauppalista.arbk'), 'maitoa, leipää');
  await page.getByTestId('verify-file').fill(join(stick, 'kauppalista.arbk'));
  await page.getByTestId('verify-submit').click();
  await expect(page.getByTestId('verify-verdict')).toContainText('Tiedosto ei ole Asiakasrekisterin varmuuskopio.');
  await shot(page, 'backup-05-not-a-backup');
  await page.getByTestId('logout-button').click();

  // 5. Later, a customer is added: the backup does not have it.
  await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await h.api('customers.create', person('Myöhäinen', 'Lisäys', 'late@example.fi', '045 000 1111', '20100'));
  await h.api('session.logout');

  // 6. The manager: Backups → Administration → Backups; the restore.
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.getByTestId('nav-customers').click();
  await expect(page.locator('#main')).toContainText('Lisäys');
  await page.getByTestId('backup-open').click();
  await page.getByTestId('backup-open-admin').click();
  await expect(page.getByTestId('admin-tab-backup')).toHaveAttribute('aria-current', 'page');
  const restore = page.getByTestId('backup-restore');
  await page.getByTestId('restore-file').fill(join(stick, file));
  await restore.locator('input[name="username"]').fill(MANAGER.username);

  // A wrong password for the backup is said in the form; the session goes on.
  await restore.locator('input[name="password"]').fill('Ei-tama-salasana');
  await page.getByTestId('restore-check').click();
  await page.getByTestId('restore-confirm-button').click();
  await expect(restore.locator('.field__error')).toContainText('Väärä käyttäjätunnus tai salasana');
  await expect(page.getByTestId('current-user')).toBeVisible();

  // The right one: the file's verification first, then the swap.
  await restore.locator('input[name="password"]').fill(MANAGER.password);
  await page.getByTestId('restore-check').click();
  const confirm = page.getByTestId('restore-confirm');
  await expect(confirm).toContainText('2 asiakasta');
  await expect(confirm).toContainText('siirretään talteen');
  await expect(confirm).toContainText('Kaikki käyttäjät kirjataan ulos');
  await shot(page, 'backup-06-restore-confirm');
  await page.getByTestId('restore-confirm-button').click();

  // 7. Everyone was logged out: the login screen says what happened.
  await expect(page.getByTestId('login-form')).toBeVisible();
  await expect(page.getByTestId('login-notice')).toContainText('Varmuuskopio on palautettu');
  await expect(page.getByTestId('login-notice')).toContainText('2 asiakasta');
  expect(readdirSync(h.dataDir).some((n) => n.startsWith('replaced-'))).toBe(true);
  await shot(page, 'backup-07-login-after-restore');

  // 8. Logged in again: the register is as it was in the backup.
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.getByTestId('nav-customers').click();
  const main = page.locator('#main');
  await expect(main).toContainText('Mäki-Petäjä');
  await expect(main).toContainText('Łukasiewicz');
  await expect(main).not.toContainText('Lisäys');
  await expect(page.getByTestId('backup-statusbar')).toBeVisible();
  await shot(page, 'backup-08-after-restore');

  expect(errors).toEqual([]);
});
