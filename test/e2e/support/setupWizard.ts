// The first start through the screens, as the shop's manager does it: the controller, invoicing
// skipped for now, the first manager, the recovery code acknowledged — ending on the login form.
// Used where the whole journey must be typed (the support log's scan, the real Electron run).
import { expect, type Page } from '@playwright/test';
import { formatDate } from '../../../shared/format/dates';
import { CONTROLLER, MANAGER } from './harness';

export async function completeSetupWizard(page: Page): Promise<void> {
  const controller = page.getByTestId('setup-controller');
  await expect(controller).toBeVisible();
  for (const [field, value] of Object.entries(CONTROLLER)) await controller.locator(`input[name="controller.${field}"]`).fill(value);
  await controller.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByTestId('setup-invoicing-skip').click();
  const manager = page.getByTestId('setup-manager');
  await manager.locator('input[name="manager.fullName"]').fill(MANAGER.fullName);
  await manager.locator('input[name="manager.username"]').fill(MANAGER.username);
  await manager.locator('input[name="manager.password"]').fill(MANAGER.password);
  await manager.locator('input[name="manager.confirmPassword"]').fill(MANAGER.password);
  await manager.locator('input[name="manager.commitmentDate"]').fill(formatDate(MANAGER.commitmentDate));
  await manager.getByRole('button', { name: 'Luo rekisteri' }).click();
  const recovery = page.getByTestId('setup-recovery');
  await expect(recovery.getByTestId('recovery-code')).toBeVisible();
  await recovery.locator('input[name="recoveryStored"]').check();
  await recovery.getByRole('button', { name: 'Jatka kirjautumiseen' }).click();
  await expect(page.getByTestId('login-form')).toBeVisible();
}
