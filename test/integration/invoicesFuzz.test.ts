import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Invoice } from '../../shared/api/invoices';
import { ERROR_CODES } from '../../shared/api/envelope';
import { value } from '../support/register';
import { invoicingRegister, issuedInvoice, line, order, type Call } from '../support/invoicing';

// The invoicing methods under random but plausible input: real ids mixed with wrong ones, dates
// near the edges, odd text. Every answer is a well-formed envelope, never INTERNAL; the numbering
// stays gapless whatever was refused.
describe('orders and invoices under random input', () => {
  let r: Awaited<ReturnType<typeof invoicingRegister>>;
  let m: Call;
  const ids: number[] = [];
  beforeAll(async () => {
    r = await invoicingRegister();
    m = r.m;
    const o = await order(m, r.maija.id);
    ids.push(o.id, r.maija.id, r.pasi.id);
    const inv = await issuedInvoice(m, r.pasi.id);
    ids.push(inv.id);
    const d = value(await m<Invoice>('invoices.createDraft', { customerId: r.maija.id, lines: [line()] }));
    ids.push(d.id);
    ids.push(value(await m<Invoice>('invoices.addPayment', { invoiceId: inv.id, date: '2026-03-02', amountCents: 100 })).payments[0]!.id);
  });
  afterAll(() => r.close());

  const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('=HYPERLINK("x")', '💥 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202e', 'Ŋuolja\u0000', 'a'.repeat(400), ''));
  const date = fc.oneof(
    fc.constantFrom('2026-03-02', '2026-03-01', '2026-02-29', '2012-12-31', '2013-01-01', '2099-12-31', '2100-01-01', '9999-12-31', '0000-01-01', '2026-3-2', ''),
    fc.date({ min: new Date('2000-01-01'), max: new Date('2120-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  );
  const num = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.integer(), fc.double(), fc.constantFrom(0.001, 1.5, 999_999.999, 1_000_000, 99_999_999, 1e15, Number.NaN, -0));
  const id = fc.oneof(fc.constantFrom(...[1, 2, 3, 4, 5, 6]), fc.integer({ min: -2, max: 10_000 }));
  const lineArb = fc.record(
    {
      description: text,
      quantity: num,
      unit: text,
      unitPriceCents: num,
      discountPercent: num,
      vatCategory: fc.constantFrom('general', 'reducedA', 'reducedB', 'zero', 'nope', undefined),
      vatRateBp: fc.constantFrom(undefined, 0, 1000, 1350, 1400, 2400, 2550, 7),
      exemptionReason: fc.constantFrom(undefined, 'export', 'intraEuGoods', 'bogus'),
    },
    { requiredKeys: [] },
  );
  const params = fc.record(
    {
      id,
      customerId: id,
      invoiceId: id,
      reminderId: id,
      paymentId: id,
      orderIds: fc.array(id, { maxLength: 3 }),
      lines: fc.array(lineArb, { maxLength: 4 }),
      date,
      deliveryDate: date,
      invoiceDate: date,
      dueDate: date,
      from: date,
      to: date,
      asOf: date,
      amountCents: num,
      paymentTermDays: num,
      chargeFee: fc.boolean(),
      businessCompensation: fc.boolean(),
      allowOverpayment: fc.boolean(),
      billTo: fc.constantFrom('person', 'organization', 'x'),
      method: fc.constantFrom('cash', 'card', 'bank_transfer', 'gold'),
      channel: fc.constantFrom('shop', 'web_shop', 'reseller', 'tv'),
      reason: text,
      agency: text,
      recipient: text,
      note: text,
      notes: text,
      filter: fc.constantFrom('all', 'open', 'overdue', 'inCollection', 'drafts', 'paid', 'credited', 'creditNotes', 'x'),
      status: fc.constantFrom('open', 'paid', 'invoiced', 'cancelled', 'x'),
      limit: num,
      offset: num,
      validFrom: date,
      rateBp: num,
      iban: fc.constantFrom('FI79 4405 2020 0360 82', 'DE89370400440532013000', 'FI00', ''),
      reminderFeeCents: num,
      invoiceNumberStart: num,
    },
    { requiredKeys: [] },
  );
  const methods = [
    'orders.create',
    'orders.get',
    'orders.list',
    'orders.update',
    'orders.cancel',
    'orders.markPaidAtCounter',
    'orders.receiptPdf',
    'invoices.createDraft',
    'invoices.updateDraft',
    'invoices.deleteDraft',
    'invoices.issue',
    'invoices.get',
    'invoices.list',
    'invoices.listOverdue',
    'invoices.addPayment',
    'invoices.cancelPayment',
    'invoices.remind',
    'invoices.creditNote',
    'invoices.sendToCollection',
    'invoices.pdf',
    'invoices.reminderPdf',
    'invoices.accountingExport',
    'invoicing.settings.update',
    'invoicing.referenceRates.add',
  ];

  it('never answers INTERNAL, and numbers stay gapless', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods), params, async (method, p) => {
        const res = await r.core.call('manager', 'fi', method, p);
        if (!res.ok) {
          expect(ERROR_CODES).toContain(res.error.code);
          expect(res.error.code, `${method} ${JSON.stringify(p).slice(0, 300)}: ${res.error.message}`).not.toBe('INTERNAL');
          expect(res.error.message).not.toMatch(/\{\{/);
        }
      }),
      { numRuns: 1500 },
    );
    // Keep the IBAN usable for what follows, then check the sequence.
    value(await m('invoicing.settings.update', { iban: 'FI79 4405 2020 0360 82' }));
    const list = value(await m<{ rows: { number: number | null }[] }>('invoices.list', { limit: 1000 }));
    const numbers = list.rows.map((x) => x.number).filter((n): n is number => n !== null).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => numbers[0]! + i));
    expect(value(await m<{ ok: boolean }>('audit.verify')).ok).toBe(true);
  });
});
