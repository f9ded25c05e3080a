// Issue #14 §4: a backup of another register (an old PC's, after a broken disk) replaces the live
// register only when the manager confirms exactly that: the confirmation shows a warning and a
// box to tick, the restore button stays disabled until it is ticked, and the report says what
// happened. The other register's manager then logs in to the other register's customers.
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { privacyCustomer } from './support/privacy';
import { MANAGER, arrangeRegister, checkRestoreThroughUi, loginThroughUi, registerAndStick, shot, startHarness, watchConsole } from './support/harness';

const ctx = registerAndStick();

test('another register\'s backup replaces this one only after a separate confirmation', async ({ page }) => {
  const errors = watchConsole(page);
  // The old PC's register, with a customer of its own, backed up to the stick.
  const old = await startHarness();
  let file: string;
  try {
    await arrangeRegister(old);
    await old.api('session.login', { username: MANAGER.username, password: MANAGER.password });
    await old.api('customers.create', privacyCustomer('Vanhan', 'Koneenasiakas', '040 555 0199'));
    file = join(ctx.stick, (await old.api<{ file: string }>('backup.create', { folder: ctx.stick })).file);
  } finally {
    await old.stop();
  }

  await checkRestoreThroughUi(page, ctx.h.url, file);

  const confirm = page.getByTestId('restore-confirm');
  await expect(confirm.getByTestId('restore-other-register')).toContainText('toisesta rekisteristä');
  await expect(page.getByTestId('restore-confirm-button')).toBeDisabled();
  await shot(page, 'restore-other-01-confirm');
  await page.getByTestId('restore-other-confirm').check();
  await expect(page.getByTestId('restore-confirm-button')).toBeEnabled();
  await page.getByTestId('restore-confirm-button').click();

  const notice = page.getByTestId('login-notice');
  await expect(notice).toContainText('Varmuuskopio on palautettu');
  await expect(notice).toContainText('Rekisteri korvattiin toisen rekisterin varmuuskopiolla');
  await shot(page, 'restore-other-02-report');
  // The other register's manager logs in to the other register's customers.
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await expect(page.getByTestId('nav-customers')).toContainText('Asiakkaat');
  await page.getByTestId('nav-customers').click();
  await expect(page.getByText('Koneenasiakas').first()).toBeVisible();
  expect(errors).toEqual([]);
});
