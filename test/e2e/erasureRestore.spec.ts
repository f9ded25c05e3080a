// Erasures that stay erased, end to end: a customer is erased after a backup was taken; the
// manager restores that older backup; the restore report says the erasure was applied again, and
// after logging in the customer cannot be found.
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { helsinkiDate } from '../../shared/format/dates';
import { MANAGER, loginThroughUi, registerAndStick, restoreThroughUi, shot, watchConsole } from './support/harness';

const ctx = registerAndStick();

test('an erasure made after a backup survives the restore of that backup', async ({ page }) => {
  const errors = watchConsole(page);
  // Arranged through the API: a customer, a backup, then the customer's erasure.
  await ctx.h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  const c = await ctx.h.api<{ id: number }>('customers.create', {
    customer: { firstName: 'Kadonnut', lastName: 'Asiakaskas', email: 'kadonnut@example.fi', phone: '040 321 9876', street: 'Unohduskuja 1', postalCode: '26100', city: 'Rauma', relationshipStart: '2024-01-01' },
    sources: [{ source: 'shop_purchase', date: '2024-01-01', note: '' }],
  });
  // A second person with the same last name stays: the search below must find them, not the erased one.
  await ctx.h.api('customers.create', {
    customer: { firstName: 'Pysyvä', lastName: 'Asiakaskas', email: 'pysyva@example.fi', phone: '040 111 2233', street: 'Pysyväntie 2', postalCode: '26200', city: 'Rauma', relationshipStart: '2024-01-01' },
    sources: [{ source: 'shop_purchase', date: '2024-01-01', note: '' }],
  });
  const backup = await ctx.h.api<{ file: string }>('backup.create', { folder: ctx.stick });
  const r = await ctx.h.api<{ id: number }>('privacy.requests.create', {
    types: ['erasure'], customerId: c.id, requesterName: 'Kadonnut Asiakaskas', receivedDate: helsinkiDate(), channel: 'counter', language: 'fi', signed: true, identityMethod: 'id_document',
  });
  const erased = await ctx.h.api<{ erasureNumber: string }>('privacy.erasure.execute', { requestId: r.id, mode: 'full' });
  await ctx.h.api('session.logout');

  // The manager restores Monday's backup through the screens.
  await restoreThroughUi(page, ctx.h.url, join(ctx.stick, backup.file));
  const notice = page.getByTestId('login-notice');
  await expect(notice).toContainText('Varmuuskopio on palautettu');
  await expect(notice).toContainText('Yksi poisto, joka tehtiin varmuuskopion ottamisen jälkeen, tehtiin uudelleen.');
  await shot(page, 'erasure-restore-01-report');

  // Logged in again: the erased customer is not found.
  await loginThroughUi(page, MANAGER.username, MANAGER.password);
  await page.getByTestId('nav-customers').click();
  await page.getByTestId('customer-search').fill('Asiakaskas');
  await expect(page.locator('#main')).toContainText('Pysyvä');
  await expect(page.locator('#main')).not.toContainText('Kadonnut');
  await page.getByTestId('customer-search').fill('321 98');
  await expect(page.locator('#main')).not.toContainText('Asiakaskas', { timeout: 3000 });
  await shot(page, 'erasure-restore-02-not-found');
  // And the certificate still verifies by its code.
  await ctx.h.api('session.login', { username: MANAGER.username, password: MANAGER.password }, 'checker');
  const audit = await ctx.h.api<{ action: string; details: Record<string, unknown> }[]>('audit.list', { limit: 30 }, 'checker');
  expect(audit.find((a) => a.action === 'register.restored')?.details.erasuresReapplied).toBe(1);
  expect(erased.erasureNumber).toMatch(/^E-\d{4}-\d{4}$/);
  expect(errors).toEqual([]);
});
