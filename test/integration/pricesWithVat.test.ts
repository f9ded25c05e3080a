// Orders typed with shelf prices (VAT included): the core stores the unit price without VAT by the
// rule in shared/api/grossPrices.ts, keeps the typed price and the mode, and an invoice drafted
// from such an order says so and prints the net unit price whose total is the shelf total.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Invoice } from '../../shared/api/invoices';
import type { Order } from '../../shared/api/orders';
import { value } from '../support/register';
import { invoicingRegister, pdfText } from '../support/invoicing';

describe('prices typed with VAT', () => {
  let r: Awaited<ReturnType<typeof invoicingRegister>>;
  beforeAll(async () => {
    r = await invoicingRegister();
  });
  afterAll(() => r?.close());

  const shelf = (over: Record<string, unknown> = {}) => ({ description: 'Kuulakärkikynä', quantity: 1, unit: 'kpl', unitPriceCents: 1000, vatCategory: 'general', ...over });

  it('a shelf price of 10,00 € at 25,5 % is stored as 7,97 € without VAT and totals 10,00 €', async () => {
    const o = value(await r.m<Order>('orders.create', { customerId: r.maija.id, pricesIncludeVat: true, lines: [shelf(), shelf({ description: 'Vihko', unitPriceCents: 495, vatCategory: 'reducedA' })] }));
    expect(o.pricesIncludeVat).toBe(true);
    expect(o.lines.map((l) => [l.unitPriceCents, l.unitGrossCents])).toEqual([[797, 1000], [436, 495]]);
    expect(o.grossCents).toBe(1495);
    // Read back from the file: the same.
    expect(value(await r.m<Order>('orders.get', { id: o.id }))).toMatchObject({ pricesIncludeVat: true, grossCents: 1495 });

    // Drafted to an invoice: the mode comes along, the PDF prints the net unit price and the shelf total.
    const draft = value(await r.m<Invoice>('invoices.createDraft', { customerId: r.maija.id, orderIds: [o.id] }));
    expect(draft).toMatchObject({ pricesIncludeVat: true, grossCents: 1495 });
    const issued = value(await r.m<Invoice>('invoices.issue', { id: draft.id }));
    const text = pdfText(r.tmp.dir, value(await r.m<{ filename: string; base64: string }>('invoices.pdf', { id: issued.id }))).text.replace(/\s+/g, ' ');
    expect(text).toMatch(/Kuulakärkikynä 1 kpl 7,97/);
    expect(text).toContain('14,95');
  });

  it('without the switch a price is without VAT, as before (and as every existing order was typed)', async () => {
    const o = value(await r.m<Order>('orders.create', { customerId: r.maija.id, lines: [shelf()] }));
    expect(o).toMatchObject({ pricesIncludeVat: false, grossCents: 1255 });
    expect(o.lines[0]).toMatchObject({ unitPriceCents: 1000, unitGrossCents: null });
  });

  it('a draft typed with VAT keeps its shelf prices when the delivery date moves the rate', async () => {
    // Delivered in 2025 (reduced rate 14 %), typed 4,95 €; moved to 2026 (13,5 %): still 4,95 €.
    const draft = value(await r.m<Invoice>('invoices.createDraft', { customerId: r.maija.id, deliveryDate: '2025-12-30', pricesIncludeVat: true, lines: [shelf({ unitPriceCents: 495, vatCategory: 'reducedA' })] }));
    expect(draft).toMatchObject({ pricesIncludeVat: true, grossCents: 495 });
    const moved = value(await r.m<Invoice>('invoices.updateDraft', { id: draft.id, deliveryDate: '2026-01-02' }));
    expect(moved.grossCents).toBe(495);
    expect(moved.lines[0]).toMatchObject({ vatRateBp: 1350, unitGrossCents: 495, unitPriceCents: 436 });
  });
});
