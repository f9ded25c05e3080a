import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../electron/core';
import type { InvoicingSettingsView } from '../../shared/api/invoices';
import { CONTROLLER, MANAGER, STAFF, client, createCore, loggedIn, setUpRegister, tempDir, value } from '../support/register';

describe('first start', () => {
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

  it('reports a new folder, creates the register once, and refuses a second setup', async () => {
    const c = client(core);
    expect(value(await c('setup.status'))).toEqual({ state: 'new' });
    const { recoveryCode } = await setUpRegister(core);
    expect(recoveryCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$/);
    expect(value(await c('setup.status'))).toEqual({ state: 'ready' });
    const again = await c('setup.createRegister', { controller: CONTROLLER, manager: MANAGER, language: 'fi' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('CONFLICT');
  });

  it('produces a one-page recovery code PDF that carries the code and the safe instruction', async () => {
    const { recoveryCode, recoveryPdf } = await setUpRegister(core);
    // Read back from a folder of its own (removed at once: the sheet carries the recovery code),
    // not beside the data folder.
    const out = tempDir('asiakasrekisteri-sheet-');
    const file = join(out.dir, recoveryPdf.filename);
    let text: string;
    let pages: string;
    try {
      writeFileSync(file, Buffer.from(recoveryPdf.base64, 'base64'));
      text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
      pages = execFileSync('pdfinfo', [file]).toString('utf8');
    } finally {
      out.remove();
    }
    expect(pages).toMatch(/Pages:\s+1\n/);
    expect(text).toContain(recoveryCode);
    expect(text).toContain('lukitussa ja paloturvallisessa kassakaapissa');
    expect(text).toContain(CONTROLLER.name);
  });

  it('writes no name, email or password in plain text to any file of the data folder', async () => {
    await setUpRegister(core);
    const m = await loggedIn(core, MANAGER);
    value(await m('users.create', { ...STAFF, role: 'staff' }));
    value(await m('session.logout'));
    const needles = [MANAGER.fullName, STAFF.fullName, CONTROLLER.contactEmail, MANAGER.password, STAFF.password, 'Liukas', 'Łukasiewicz', 'Ŋuolja'];
    const files = readdirSync(tmp.dir);
    expect(files).toContain('register.db');
    expect(files).toContain('keyring.json');
    // Control: the scan would see a plain SQLite file — its header is the first thing it would find.
    expect(readFileSync(join(tmp.dir, 'register.db')).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    // The support log lives in logs/ and is scanned too.
    for (const f of [...files.filter((f) => f !== 'logs'), ...readdirSync(join(tmp.dir, 'logs')).map((l) => join('logs', l))]) {
      const bytes = readFileSync(join(tmp.dir, f));
      for (const needle of needles) {
        for (const encoding of ['utf8', 'utf16le', 'latin1'] as const) {
          expect(bytes.includes(Buffer.from(needle, encoding)), `${needle} (${encoding}) in ${f}`).toBe(false);
        }
      }
    }
  });

  it('rejects a bad business ID and an invalid first manager with field-level messages', async () => {
    const c = client(core);
    const r = await c('setup.createRegister', {
      controller: { ...CONTROLLER, businessId: '1007435-4' },
      manager: { ...MANAGER, password: 'short' },
      language: 'fi',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.details?.fields?.['controller.businessId']).toMatch(/Y-tunnus/);
    expect(r.error.details?.fields?.['manager.password']).toMatch(/vähintään 10/);
    expect(value(await c('setup.status'))).toEqual({ state: 'new' });
  });

  // Issue #15/5: the first invoice was refused for want of the seller's IBAN until the manager found
  // Administration → Invoicing. The setup wizard now asks for the bank details (skippable).
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

describe('the recovery code', () => {
  it('sets a new password for the manager, works in any letter case, and is audited', async () => {
    const tmp = tempDir();
    const core = createCore({ dataDir: tmp.dir });
    try {
      const { recoveryCode } = await setUpRegister(core);
      const c = client(core);
      const wrong = await c('setup.recover', { recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF', username: MANAGER.username, newPassword: 'Uusi-salasana-1' });
      expect(!wrong.ok && wrong.error.details?.fields?.recoveryCode).toBe('Palautuskoodi ei kelpaa.');
      const staffOnly = await c('setup.recover', { recoveryCode, username: 'eiole', newPassword: 'Uusi-salasana-1' });
      expect(!staffOnly.ok && staffOnly.error.code).toBe('FORBIDDEN');
      value(await c('setup.recover', { recoveryCode: recoveryCode.toLowerCase().replace(/-/g, ' '), username: MANAGER.username, newPassword: 'Uusi-salasana-1' }));
      const old = await c('session.login', { username: MANAGER.username, password: MANAGER.password });
      expect(!old.ok && old.error.code).toBe('AUTH_REQUIRED');
      value(await c('session.login', { username: MANAGER.username, password: 'Uusi-salasana-1' }));
      const actions = value(await c<{ action: string }[]>('audit.list', {})).map((a) => a.action);
      expect(actions).toContain('recovery.used');
      expect(actions).toContain('recovery.failed');
    } finally {
      core.close();
      tmp.remove();
    }
  });
});
