// Issue #16 §2: a half-year without its reference rate is said on home (the invoicing settings'
// referenceRateMissing) and in the reminder dialog, and a reminder that would charge interest for
// it is refused with a clear message — until the manager enters the rate; then it is used.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Invoice, InvoicingSettingsView, ReferenceRate } from '../../shared/api/invoices';
import { value } from '../support/register';
import { invoicingRegister, issuedInvoice, type Call } from '../support/invoicing';

describe('a missing reference rate', () => {
  let r: Awaited<ReturnType<typeof invoicingRegister>>;
  let m: Call;
  let inv: Invoice;
  beforeAll(async () => {
    r = await invoicingRegister(); // 2.3.2026
    m = r.m;
    inv = await issuedInvoice(m, r.maija.id, { paymentTermDays: 130 }); // due 10.7.2026
  });
  afterAll(() => r.close());

  it('ships the rates known at release, and none the Bank of Finland has not announced', async () => {
    const rates = value(await m<ReferenceRate[]>('invoicing.referenceRates.list', {})).map((x) => [x.validFrom, x.rateBp]);
    expect(rates).toEqual(expect.arrayContaining([['2026-01-01', 250], ['2025-01-01', 350], ['2024-07-01', 450], ['2024-01-01', 450], ['2023-01-01', 250]]));
    expect(rates.find(([from]) => from === '2026-07-01')).toBeUndefined();
    expect(value(await m<InvoicingSettingsView>('invoicing.settings.get', {})).referenceRateMissing).toBeNull();
  });

  it('is said on home and in the reminder options, and a reminder is refused until it is entered', async () => {
    expect(inv.dueDate).toBe('2026-07-10');
    await r.advanceDays(145); // 25.7.2026
    m = r.m;
    expect(value(await m<InvoicingSettingsView>('invoicing.settings.get', {})).referenceRateMissing).toBe('2026-07-01');
    const options = value(await m<Invoice>('invoices.get', { id: inv.id })).reminderOptions!;
    expect(options).toMatchObject({ interestRateMissing: '2026-07-01', interestCents: 0 });
    const refused = await m('invoices.remind', { invoiceId: inv.id, chargeFee: false });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'CONFLICT', details: { referenceRateMissing: '2026-07-01' } });
    expect(!refused.ok && refused.error.message).toMatch(/puolivuotiskaudelle 1\.7\.2026 alkaen ei ole kirjattu/);
    expect(value(await m<Invoice>('invoices.get', { id: inv.id })).reminders).toHaveLength(0);

    value(await m('invoicing.referenceRates.add', { validFrom: '2026-07-01', rateBp: 200, source: 'Suomen Pankki 30.6.2026' }));
    expect(value(await m<InvoicingSettingsView>('invoicing.settings.get', {})).referenceRateMissing).toBeNull();
    const reminded = value(await m<Invoice>('invoices.remind', { invoiceId: inv.id, chargeFee: false }));
    // 11.–25.7. (15 days) at 2,0 % + 7 points on the invoice's total.
    expect(reminded.reminders[0]!.interestCents).toBe(Math.round((inv.grossCents * 900 * 15) / (365 * 10000)));
  });
});
