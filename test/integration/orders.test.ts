import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Invoice } from '../../shared/api/invoices';
import type { Order, OrderSummary } from '../../shared/api/orders';
import { lineNetCents } from '../../shared/api/orders';
import { STAFF, loggedIn, value, staffClerk } from '../support/register';
import { helsinkiDate } from '../../shared/format/dates';
import { invoicingRegister, line, order, pdfText, type Call } from '../support/invoicing';

describe('orders', () => {
  let r: Awaited<ReturnType<typeof invoicingRegister>>;
  let m: Call;
  beforeAll(async () => {
    r = await invoicingRegister();
    m = r.m;
  });
  afterAll(() => r.close());

  it('stores decimal quantities as thousandths and totals per VAT rate exactly', async () => {
    const o = await order(m, r.maija.id, {
      date: '2026-02-27',
      lines: [
        line({ description: 'Kangas, metritavara', quantity: 1.5, unit: 'm', unitPriceCents: 1290 }),
        line({ description: 'Kahvi 500 g', quantity: 3, unitPriceCents: 612, vatCategory: 'reducedA', discountPercent: 12.5 }),
        line({ description: 'Aikakauslehti', quantity: 0.333, unitPriceCents: 1000, vatRateBp: 1000, vatCategory: undefined }),
      ],
    });
    expect(o.status).toBe('open');
    expect(o.lines.map((l) => [l.quantity, l.quantityMilli, l.discountBp, l.vatRateBp])).toEqual([
      [1.5, 1500, 0, 2550],
      [3, 3000, 1250, 1350],
      [0.333, 333, 0, 1000],
    ]);
    // 1,5 × 12,90 = 19,35; 3 × 6,12 × 0,875 = 16,065 -> 16,07; 0,333 × 10,00 = 3,33
    expect(o.lines.map((l) => l.netCents)).toEqual([1935, 1607, 333]);
    expect(o.vatRows).toEqual([
      { rateBp: 2550, netCents: 1935, vatCents: 493, grossCents: 2428 },
      { rateBp: 1350, netCents: 1607, vatCents: 217, grossCents: 1824 },
      { rateBp: 1000, netCents: 333, vatCents: 33, grossCents: 366 },
    ]);
    expect(o.grossCents).toBe(2428 + 1824 + 366);
    expect(lineNetCents(1500, 1290, 0)).toBe(1935);
  });

  it('chooses the VAT rate by the delivery date, not the order date', async () => {
    const o = await order(m, r.maija.id, { date: '2026-01-02', deliveryDate: '2025-12-30', lines: [line({ vatCategory: 'reducedA' }), line()] });
    expect(o.lines.map((l) => l.vatRateBp)).toEqual([1400, 2550]);
    const old = await order(m, r.maija.id, { date: '2024-08-31', lines: [line()] });
    expect(old.lines[0]!.vatRateBp).toBe(2400);
  });

  it('refuses bad lines with a message naming the field', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ quantity: 0 }, 'lines.0.quantity', /suurempi kuin nolla/],
      [{ quantity: 1.2345 }, 'lines.0.quantity', /kolme desimaalia/],
      [{ unitPriceCents: 12.5 }, 'lines.0.unitPriceCents', /Summa ei kelpaa/],
      [{ vatCategory: 'zero' }, 'lines.0.exemptionReason', /verottomuuden peruste/],
      [{ vatRateBp: 2550 }, 'lines.0.vatCategory', /joko verokantaluokka tai verokanta/],
      [{ vatCategory: undefined, vatRateBp: 1700 }, 'lines.0.vatRateBp', /Tuntematon ALV-kanta/],
      [{ discountPercent: 101 }, 'lines.0.discountPercent', /sallitulla välillä/],
    ];
    for (const [over, field, message] of cases) {
      const res = await m('orders.create', { customerId: r.maija.id, lines: [line(over)] });
      expect(res.ok, field).toBe(false);
      if (!res.ok) {
        expect(res.error.code).toBe('VALIDATION');
        expect(res.error.details?.fields?.[field], JSON.stringify(res.error.details)).toMatch(message);
      }
    }
    const noLines = await m('orders.create', { customerId: r.maija.id, lines: [] });
    expect(!noLines.ok && noLines.error.details?.fields?.lines).toMatch(/vähintään yksi rivi/);
    const nobody = await m('orders.create', { customerId: 99999, lines: [line()] });
    expect(!nobody.ok && nobody.error.code).toBe('NOT_FOUND');
  });

  it('is edited only while open; cancel and counter payment end it', async () => {
    const o = await order(m, r.maija.id);
    const edited = value(await m<Order>('orders.update', { id: o.id, channel: 'web_shop', note: 'Nouto', lines: [line({ quantity: 2 })] }));
    expect(edited).toMatchObject({ channel: 'web_shop', note: 'Nouto', grossCents: 1493 });
    const cancelled = value(await m<Order>('orders.cancel', { id: o.id, reason: 'Asiakas perui' }));
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Asiakas perui', actions: { canEdit: false } });
    const again = await m('orders.update', { id: o.id, channel: 'shop', lines: [line()] });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
    expect(!again.ok && again.error.message).toMatch(/Vain avointa tilausta/);
  });

  it('a counter sale paid on the spot gets consecutive receipt numbers and a receipt PDF', async () => {
    const a = await order(m, r.maija.id);
    const b = await order(m, r.maija.id, { lines: [line({ description: 'Tuoli', quantity: 1, unitPriceCents: 45_000 })] });
    const unpaid = await m('orders.receiptPdf', { id: a.id });
    expect(!unpaid.ok && unpaid.error.code).toBe('CONFLICT');
    const pa = value(await m<Order>('orders.markPaidAtCounter', { id: a.id, method: 'card' }));
    const pb = value(await m<Order>('orders.markPaidAtCounter', { id: b.id, method: 'cash' }));
    expect([pa.receiptNumber, pb.receiptNumber]).toEqual([1, 2]);
    expect(pa).toMatchObject({ status: 'paid', paidDate: '2026-03-02', paymentMethod: 'card', simplifiedReceipt: true, actions: { hasReceipt: true } });
    // Over 400 € with VAT the receipt names the buyer, as a full invoice must.
    expect(pb.simplifiedReceipt).toBe(false);
    const small = pdfText(r.tmp.dir, value(await m<{ filename: string; base64: string }>('orders.receiptPdf', { id: a.id })));
    expect(small.text).toMatch(/KUITTI/);
    expect(small.text).toMatch(/Yksinkertaistettu lasku/);
    expect(small.text).toMatch(/1007435-3/);
    expect(small.text).toMatch(/25,5 %\s+29,75\s+7,59\s+37,34/);
    expect(small.text).not.toMatch(/Mäki-Petäjä/);
    const big = pdfText(r.tmp.dir, value(await m<{ filename: string; base64: string }>('orders.receiptPdf', { id: b.id })));
    expect(big.text).toMatch(/Maija Mäki-Petäjä/);
    expect(big.text).toMatch(/Kauppakatu 1/);
    const twice = await m('orders.markPaidAtCounter', { id: a.id });
    expect(!twice.ok && twice.error.code).toBe('CONFLICT');
  });

  it('lists by customer and status, paged, newest first; invoicing links the order', async () => {
    const o = await order(m, r.pasi.id, { date: '2026-03-01' });
    const draft = value(await m<Invoice>('invoices.createDraft', { customerId: r.pasi.id, orderIds: [o.id] }));
    const linked = value(await m<Order>('orders.get', { id: o.id }));
    expect(linked).toMatchObject({ status: 'invoiced', invoiceId: draft.id, invoiceNumber: null });
    const byCustomer = value(await m<{ total: number; rows: OrderSummary[] }>('orders.list', { customerId: r.maija.id, limit: 2 }));
    expect(byCustomer.total).toBeGreaterThanOrEqual(6);
    expect(byCustomer.rows).toHaveLength(2);
    expect(byCustomer.rows[0]!.date >= byCustomer.rows[1]!.date).toBe(true);
    const paid = value(await m<{ total: number; rows: OrderSummary[] }>('orders.list', { status: 'paid' }));
    expect(paid.rows.map((x) => x.receiptNumber).sort()).toEqual([1, 2]);
    const invoiced = value(await m<{ total: number; rows: OrderSummary[] }>('orders.list', { customerId: r.pasi.id, status: 'invoiced' }));
    expect(invoiced.rows.map((x) => x.id)).toEqual([o.id]);
    // Deleting the draft frees the order again.
    value(await m('invoices.deleteDraft', { id: draft.id }));
    expect(value(await m<Order>('orders.get', { id: o.id }))).toMatchObject({ status: 'open', invoiceId: null });
  });

  it('new sales to a restricted customer need the manager', async () => {
    const s = await staffClerk(r.core, m);
    value(await m('customers.setRestriction', { id: r.english.id, restricted: true, reason: 'Oikeellisuus kiistetty' }));
    const refused = await s('orders.create', { customerId: r.english.id, lines: [line()] });
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
    value(await m('orders.create', { customerId: r.english.id, lines: [line()] }));
    value(await m('customers.setRestriction', { id: r.english.id, restricted: false, reason: '', notice: { date: helsinkiDate(r.clock.now()), method: 'letter' } }));
  });
});
