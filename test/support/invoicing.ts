// Test support for orders and invoices: a register on a real encrypted file with a movable clock,
// the seller's bank details set, a consumer and a business customer.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Core } from '../../electron/core';
import type { Customer } from '../../shared/api/customers';
import type { Invoice } from '../../shared/api/invoices';
import type { Order } from '../../shared/api/orders';
import { MANAGER, createCore, loggedIn, setUpRegister, tempDir, testClock, value } from './register';
import { person } from './customers';

export const SELLER_BANK = { iban: 'FI79 4405 2020 0360 82', bic: 'OKOYFIHH', bankName: 'Osuuspankki', web: 'konttorimix.fi' };

export type Call = Awaited<ReturnType<typeof loggedIn>>;

export async function invoicingRegister(startIso = '2026-03-02T09:00:00Z') {
  const tmp = tempDir('asiakasrekisteri-lasku-');
  const clock = testClock(Date.parse(startIso));
  const core: Core = createCore({ dataDir: tmp.dir, now: clock.now });
  await setUpRegister(core);
  const m = await loggedIn(core, MANAGER, 'manager');
  // Long idle limit so moving the clock by hours does not lock; days are moved with relogin().
  value(await m('settings.update', { idleLockMinutes: 120 }));
  value(await m('invoicing.settings.update', SELLER_BANK));
  const maija = value(await m<Customer>('customers.create', person()));
  const org = value(await m<{ id: number }>('organizations.create', { name: 'Rauman Puutyö Oy', businessId: '0737546-2', street: 'Tehtaankatu 5', postalCode: '26100', city: 'Rauma' }));
  const pasi = value(
    await m<Customer>('customers.create', {
      ...person({ firstName: 'Pasi', lastName: 'Puuseppä', email: 'pasi@puutyo.fi', phone: '044 555 1212', street: 'Tehtaankatu 5', organizationId: org.id }),
      confirmNotDuplicate: true,
    }),
  );
  const english = value(
    await m<Customer>('customers.create', {
      ...person({ firstName: 'Šárka', lastName: 'Łukasiewicz-Äijälä', email: 'sarka@example.cz', phone: '+420 601 123 456', street: 'Václavské náměstí 1', postalCode: '110 00', city: 'Praha', country: 'CZ', language: 'en' }),
      confirmNotDuplicate: true,
    }),
  );
  return {
    tmp,
    clock,
    core,
    m,
    maija,
    pasi,
    english,
    organizationId: org.id,
    /** Moves the clock by whole days and unlocks the manager's session again. */
    async advanceDays(days: number) {
      clock.advance(days * 86_400_000);
      // Idle that long locks the screen; lock it explicitly so the unlock does not depend on when.
      value(await m('session.lock'));
      value(await m('session.unlock', { password: MANAGER.password }));
    },
    close() {
      core.close();
      tmp.remove();
    },
  };
}

export const line = (over: Record<string, unknown> = {}) => ({
  description: 'Kopiopaperi A4 80 g, 500 arkkia',
  quantity: 5,
  unit: 'pkt',
  unitPriceCents: 595,
  vatCategory: 'general',
  ...over,
});

export async function order(m: Call, customerId: number, over: Record<string, unknown> = {}) {
  return value(await m<Order>('orders.create', { customerId, channel: 'shop', lines: [line()], ...over }));
}

export async function issuedInvoice(m: Call, customerId: number, over: Record<string, unknown> = {}, issue: Record<string, unknown> = {}) {
  const draft = value(await m<Invoice>('invoices.createDraft', { customerId, lines: [line()], ...over }));
  return value(await m<Invoice>('invoices.issue', { id: draft.id, ...issue }));
}

/** Writes the PDF to `dir` and returns its text as pdftotext reads it (layout kept, no-break spaces as spaces). */
export function pdfText(dir: string, pdf: { filename: string; base64: string }): { path: string; text: string } {
  const path = join(dir, pdf.filename);
  writeFileSync(path, Buffer.from(pdf.base64, 'base64'));
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
  return { path, text };
}

/** Renders page `page` of a PDF to PNG at `dpi`; returns the PNG's path. */
export function renderPng(pdfPath: string, outBase: string, dpi = 80, page = 1): string {
  mkdirSync(dirname(outBase), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdfPath, outBase]);
  return `${outBase}.png`;
}
