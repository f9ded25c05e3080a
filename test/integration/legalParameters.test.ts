// Issue #16 §2: VAT rates and the maximum consumer reminder fee are data the manager updates from
// the settings, each with its source and first day; the pricing and the reminder fee follow the
// register's own table, never a constant in the code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../shared/api/orders';
import type { InvoicingSettingsView } from '../../shared/api/invoices';
import type { ReminderFeeLimit, VatRateEntry } from '../../shared/api/legal';
import { VAT_RATE_TABLE, vatTableFrom } from '../../shared/finnish/vatRates';
import type { Customer } from '../../shared/api/customers';
import { client, openRegister, value } from '../support/register';
import { daysBeforeToday, person, today } from '../support/customers';

describe('legal parameters as data', () => {
  let r: Awaited<ReturnType<typeof openRegister>>;
  let m: ReturnType<typeof client>;
  let s: ReturnType<typeof client>;
  let c: Customer;
  const order = async (deliveryDate: string, line: Record<string, unknown> = { vatCategory: 'general' }) =>
    m<Order>('orders.create', { customerId: c.id, date: today(), deliveryDate, channel: 'shop', lines: [{ description: 'Tuoli', quantity: 1, unitPriceCents: 10000, ...line }] });

  beforeAll(async () => {
    r = await openRegister({ clerk: true, invoicing: true });
    m = r.manager;
    s = r.clerk!;
    c = value(await m<Customer>('customers.create', { ...person(), confirmNotDuplicate: true }));
  });
  afterAll(() => r.close());

  it('ships the rates known at release, each with its source', async () => {
    const rates = value(await s<VatRateEntry[]>('legal.vatRates.list', {}));
    expect(vatTableFrom(rates.map((x) => ({ category: x.category, validFrom: x.validFrom, basisPoints: x.rateBp })))).toEqual(
      [...VAT_RATE_TABLE].sort((a, b) => a.category.localeCompare(b.category) || a.validFrom.localeCompare(b.validFrom)),
    );
    expect(rates.every((x) => x.source !== '' && x.addedByName === null)).toBe(true);
    expect(rates.find((x) => x.category === 'reducedA' && x.rateBp === 1350)?.source).toContain('HE 93/2025');
    const fees = value(await s<ReminderFeeLimit[]>('legal.reminderFeeLimits.list', {}));
    expect(fees).toMatchObject([{ validFrom: '2013-02-01', maxCents: 500, source: expect.stringContaining('10 a §') }]);
  });

  it('a new VAT rate added by the manager prices lines delivered from its first day; earlier deliveries and saved orders keep theirs', async () => {
    const before = value(await order(daysBeforeToday(3)));
    const byStaff = await s('legal.vatRates.add', { category: 'general', validFrom: daysBeforeToday(1), rateBp: 2600, source: 'Testilaki 1/2026' });
    expect(!byStaff.ok && byStaff.error.code).toBe('FORBIDDEN');
    const noSource = await m('legal.vatRates.add', { category: 'general', validFrom: daysBeforeToday(1), rateBp: 2600, source: '' });
    expect(!noSource.ok && noSource.error.details?.fields?.source).toBeTruthy();
    const zeroGeneral = await m('legal.vatRates.add', { category: 'general', validFrom: daysBeforeToday(1), rateBp: 0, source: 'Testilaki 1/2026' });
    expect(!zeroGeneral.ok && zeroGeneral.error.code).toBe('VALIDATION');

    const added = value(await m<VatRateEntry[]>('legal.vatRates.add', { category: 'general', validFrom: daysBeforeToday(1), rateBp: 2600, source: 'Testilaki 1/2026' }));
    expect(added[0]).toMatchObject({ category: 'general', validFrom: daysBeforeToday(1), rateBp: 2600, source: 'Testilaki 1/2026', addedByName: expect.any(String) });
    const dup = await m('legal.vatRates.add', { category: 'general', validFrom: daysBeforeToday(1), rateBp: 2700, source: 'Testilaki 2/2026' });
    expect(!dup.ok && dup.error.code).toBe('CONFLICT');

    expect(value(await order(today())).lines[0]!.vatRateBp).toBe(2600);
    expect(value(await order(daysBeforeToday(2))).lines[0]!.vatRateBp).toBe(2550);
    expect(value(await m<Order>('orders.get', { id: before.id })).lines[0]!.vatRateBp).toBe(2550);
    // An explicit rate must be one the register knows: 26 % now is, 17 % is not.
    expect(value(await order(today(), { vatRateBp: 2600 })).lines[0]!.vatRateBp).toBe(2600);
    const unknown = await order(today(), { vatRateBp: 1700 });
    expect(!unknown.ok && unknown.error.details?.fields).toMatchObject({ 'lines.0.vatRateBp': expect.stringMatching(/Tuntematon ALV-kanta/) });

    const audit = value(await m<{ action: string; details: Record<string, unknown> }[]>('audit.list', { limit: 20 }));
    expect(audit.find((a) => a.action === 'legal.vatRate.add')?.details).toMatchObject({ category: 'general', rateBp: 2600, source: 'Testilaki 1/2026' });
  });

  it('the reminder fee setting may not exceed the legal maximum of the day, which the manager updates with its source', async () => {
    const over = await m('invoicing.settings.update', { reminderFeeCents: 600 });
    expect(!over.ok && over.error).toMatchObject({ code: 'VALIDATION', details: { fields: { reminderFeeCents: expect.stringMatching(/5,00\s€/) } } });
    const lowered = value(await m<ReminderFeeLimit[]>('legal.reminderFeeLimits.add', { validFrom: daysBeforeToday(1), maxCents: 300, source: 'Testilaki 3/2026' }));
    expect(lowered[0]).toMatchObject({ maxCents: 300, source: 'Testilaki 3/2026' });
    const nowOver = await m('invoicing.settings.update', { reminderFeeCents: 400 });
    expect(!nowOver.ok && nowOver.error.message).toMatch(/3,00\s€/);
    expect(value(await m<InvoicingSettingsView>('invoicing.settings.update', { reminderFeeCents: 300 })).reminderFeeCents).toBe(300);
    const byStaff = await s('legal.reminderFeeLimits.add', { validFrom: today(), maxCents: 900, source: 'x' });
    expect(!byStaff.ok && byStaff.error.code).toBe('FORBIDDEN');
  });
});
