import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { InvoicingSettingsView } from '../../shared/api/invoices';
import { CONTROLLER, MANAGER, client, createCore, loggedIn, tempDir, value } from '../support/register';

// Issue #15/5: the first invoice was refused for want of the seller's IBAN until the manager found
// Administration → Invoicing. The setup wizard now asks for the bank details (skippable).
describe('first start with the invoicing bank details', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  beforeEach(() => {
    tmp = tempDir();
    core = createCore({ dataDir: tmp.dir });
  });
  afterEach(() => {
    core.close();
    tmp.remove();
  });

  const create = (over: Record<string, unknown>) => client(core, 'setup')('setup.createRegister', { controller: CONTROLLER, manager: MANAGER, language: 'fi', ...over });
  const settings = async () => value(await (await loggedIn(core, MANAGER))<InvoicingSettingsView>('invoicing.settings.get'));

  it('keeps the bank details given at setup, with the other settings at their defaults: invoicing is ready', async () => {
    value(await create({ invoicing: { iban: 'fi79 4405 2020 0360 82', bic: 'itelfihh', bankName: 'Säästöpankki' } }));
    const s = await settings();
    expect(s).toMatchObject({ ready: true, iban: 'FI7944052020036082', bic: 'ITELFIHH', bankName: 'Säästöpankki', paymentTermDays: 14, reminderFeeCents: 500 });
  });

  it('a skipped step leaves invoicing not ready, as before', async () => {
    value(await create({}));
    expect((await settings()).ready).toBe(false);
  });

  it('a wrong IBAN is refused on its field and no register is created', async () => {
    const r = await create({ invoicing: { iban: 'FI79 4405 2020 0360 83', bic: '', bankName: '' } });
    expect(!r.ok && r.error.code).toBe('VALIDATION');
    expect(!r.ok && r.error.details?.fields?.['invoicing.iban']).toBeTruthy();
    expect(value(await client(core)('setup.status'))).toEqual({ state: 'new' });
  });
});
