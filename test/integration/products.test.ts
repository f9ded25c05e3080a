// The product catalogue on a real encrypted register: unique codes, GTIN check digits, rates by the
// line's delivery date, prices that never reach back into orders, the CSV import (preview, row
// errors, nothing saved on error) and the CSV export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../shared/api/orders';
import { lineFromProduct, type Product, type ProductImportPreview } from '../../shared/api/products';
import { STAFF, staffClerk, value } from '../support/register';
import { invoicingRegister, type Call } from '../support/invoicing';

const coffee = { code: 'KAHVI-500', barcode: '6415712503017', nameFi: 'Kahvi Päätalo 500 g', nameEn: 'Coffee 500 g', unit: 'pkt', priceCents: 649, priceIncludesVat: true, vatCategory: 'reducedA' };
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('products', () => {
  let r: Awaited<ReturnType<typeof invoicingRegister>>;
  let m: Call;
  let kahvi: Product;
  const total = async () => value(await m<{ total: number }>('products.list', { includeInactive: true })).total;
  beforeAll(async () => {
    r = await invoicingRegister();
    m = r.m;
    kahvi = value(await m<Product>('products.create', coffee));
  });
  afterAll(() => r.close());

  it('keeps codes unique whatever their letter case, and barcodes unique', async () => {
    const before = await total();
    const dup = await m('products.create', { ...coffee, code: 'kahvi-500', barcode: '' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { fields: { code: expect.stringMatching(/jo käytössä/) } } } });
    const sameEan = await m('products.create', { ...coffee, code: 'KAHVI-1000' });
    expect(sameEan).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/KAHVI-500/), details: { fields: { barcode: expect.any(String) } } } });
    expect(await total()).toBe(before);
  });

  it('refuses a wrong GTIN check digit, a negative price and an unknown VAT class, naming the field', async () => {
    const before = await total();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ barcode: '6415712503018' }, 'barcode', /tarkistusnumero/],
      [{ barcode: '12345' }, 'barcode', /8, 12, 13 tai 14/],
      [{ priceCents: -100 }, 'priceCents', /negatiivinen/],
      [{ vatCategory: 'luxury' }, 'vatCategory', /ALV-luokka/],
      [{ vatCategory: 'zero' }, 'exemptionReason', /peruste/],
      [{ code: '' }, 'code', /Pakollinen/],
    ];
    for (const [over, field, message] of cases) {
      const res = await m('products.create', { ...coffee, code: 'UUSI-1', ...over });
      expect(res.ok, field).toBe(false);
      if (res.ok) continue;
      expect(res.error.code).toBe('VALIDATION');
      expect(res.error.details?.fields?.[field]).toMatch(message);
    }
    expect(await total()).toBe(before);
    // the English register answers in English
    const en = await r.core.call('manager', 'en', 'products.create', { ...coffee, code: 'UUSI-2', barcode: '6415712503018' });
    expect(en).toMatchObject({ ok: false, error: { details: { fields: { barcode: expect.stringMatching(/check digit/) } } } });
  });

  it('finds products by code, accent-free name words and an exact barcode; staff may search but not edit', async () => {
    const byName = value(await m<Product[]>('products.search', { query: 'paatalo' }));
    expect(byName.map((p) => p.code)).toEqual(['KAHVI-500']);
    expect(value(await m<Product[]>('products.search', { query: 'kahvi-5' }))[0]!.id).toBe(kahvi.id);
    expect(value(await m<Product[]>('products.search', { query: '6415712503017' }))[0]!.id).toBe(kahvi.id);
    expect(value(await m<Product[]>('products.search', { query: 'coffee' }))[0]!.id).toBe(kahvi.id);
    const staff = await staffClerk(r.core, m);
    expect(value(await staff<Product[]>('products.search', { query: 'KAHVI' })).length).toBe(1);
    expect(await staff('products.update', { id: kahvi.id, ...coffee, priceCents: 1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    void STAFF;
  });

  it('resolves the rate from the class by each line’s delivery date: 14 % on 31.12.2025, 13,5 % on 1.1.2026', async () => {
    const orderOn = async (deliveryDate: string) =>
      value(
        await m<Order>('orders.create', {
          customerId: r.maija.id,
          date: '2026-01-02',
          deliveryDate,
          pricesIncludeVat: true,
          lines: [{ ...lineFromProduct(kahvi, true, deliveryDate), quantity: 1 }],
        }),
      );
    const december = await orderOn('2025-12-31');
    const january = await orderOn('2026-01-01');
    expect(december.lines[0]!.vatRateBp).toBe(1400);
    expect(january.lines[0]!.vatRateBp).toBe(1350);
    // the shelf price is what the customer pays on both days
    expect(december.grossCents).toBe(649);
    expect(january.grossCents).toBe(649);
    // the product itself holds no rate
    expect(Object.keys(value(await m<Product>('products.get', { id: kahvi.id })))).not.toContain('vatRateBp');
  });

  it('converts a net product price into a shelf-price order (and back) at the day’s rate', () => {
    const netProduct = { ...kahvi, priceIncludesVat: false, priceCents: 1000, vatCategory: 'general' as const };
    expect(lineFromProduct(netProduct, true, '2026-03-02').unitPriceCents).toBe(1255);
    expect(lineFromProduct(kahvi, false, '2026-03-02').unitPriceCents).toBe(572); // 5,72 + 13,5 % = 6,49
  });

  it('never alters an existing order when the price changes, and audits the change', async () => {
    const o = value(await m<Order>('orders.create', { customerId: r.maija.id, pricesIncludeVat: true, lines: [{ ...lineFromProduct(kahvi, true, '2026-03-02'), quantity: 2 }] }));
    const changed = value(await m<Product>('products.update', { id: kahvi.id, ...coffee, priceCents: 799 }));
    expect(changed.priceCents).toBe(799);
    const again = value(await m<Order>('orders.get', { id: o.id }));
    expect(again.lines[0]!.unitGrossCents).toBe(649);
    expect(again.grossCents).toBe(o.grossCents);
    const log = value(await m<{ action: string; details: Record<string, unknown> }[]>('audit.list', { limit: 50 }));
    expect(log.find((e) => e.action === 'product.update')?.details).toMatchObject({ productId: kahvi.id, changed: ['priceCents'], priceFrom: 649, priceTo: 799 });
    expect(log.some((e) => e.action === 'product.create')).toBe(true);
    value(await m('products.update', { id: kahvi.id, ...coffee }));
  });

  it('previews an import with row-level errors and saves nothing while any row is wrong', async () => {
    const before = await total();
    const csv = [
      'Koodi;Viivakoodi;Nimi;Yksikkö;Hinta;ALV-luokka;Peruste',
      'TEE-1;;Vihreä tee;pkt;3,95;alennettu;',
      'LEHTI-1;;Aikakauslehti;kpl;8,90;10;',
      'TEE-1;;Toinen tee;pkt;1,00;yleinen;',
      'VIENTI-1;96385075;Vientierä;kpl;-2,00;veroton;',
      'X-1;;Outo;kpl;1,00;luksus;',
    ].join('\r\n');
    const preview = value(await m<ProductImportPreview>('products.importPreview', { fileBase64: b64(csv) }));
    expect(preview.validCount).toBe(2);
    expect(preview.rows.map((row) => [row.line, row.errors.map((e) => e.field)])).toEqual([
      [2, []],
      [3, []],
      [4, ['code']],
      [5, ['barcode', 'priceCents', 'exemptionReason']],
      [6, ['vatCategory']],
    ]);
    expect(preview.rows[2]!.errors[0]!.message).toMatch(/rivillä 2/);
    const commit = await m('products.importCommit', { fileBase64: b64(csv) });
    expect(commit).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/3 virheellistä riviä \(ensimmäinen rivillä 4\)/), details: { firstErrorLine: 4 } } });
    expect(await total()).toBe(before);
    const noColumns = await m('products.importPreview', { fileBase64: b64('Foo;Bar\n1;2') });
    expect(noColumns).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('imports a clean file in one go — a known code updates its product — and exports CSV a spreadsheet cannot run', async () => {
    const csv = '\ufeffKoodi;Viivakoodi;Nimi;Nimi englanniksi;Hinta;Hinta sis. ALV;ALV-luokka;Peruste\r\n' +
      'kahvi-500;6415712503017;Kahvi Päätalo 500 g;Coffee;6,99;kyllä;alennettu;\r\n' +
      'KAAVA-1;;=HYPERLINK("http://x");Formula;1,00;ei;yleinen;\r\n' +
      'VIENTI-2;96385074;Vientierä;Export lot;10,00;ei;veroton;Vienti EU:n ulkopuolelle\r\n';
    const res = value(await m<{ imported: number; added: number; updated: number }>('products.importCommit', { fileBase64: b64(csv) }));
    expect(res).toEqual({ imported: 3, added: 2, updated: 1 });
    expect(value(await m<Product>('products.get', { id: kahvi.id })).priceCents).toBe(699);
    const vienti = value(await m<Product[]>('products.search', { query: '96385074' }))[0]!;
    expect(vienti).toMatchObject({ code: 'VIENTI-2', vatCategory: 'zero', exemptionReason: 'export', priceIncludesVat: false });

    const out = value(await m<{ filename: string; base64: string; count: number }>('products.exportCsv', {}));
    const text = Buffer.from(out.base64, 'base64').toString('utf8');
    expect(out.filename).toMatch(/^tuotteet-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.startsWith('\ufeffKoodi;Viivakoodi;Nimi')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain('kahvi-500;6415712503017;Kahvi Päätalo 500 g;Coffee;pkt;6,99;kyllä;alennettu;;kyllä');
    // what is exported imports back unchanged (every code known: all updates, nothing new)
    const back = value(await m<{ added: number; updated: number }>('products.importCommit', { fileBase64: out.base64 }));
    expect(back).toEqual({ imported: out.count, added: 0, updated: out.count });
    const log = value(await m<{ action: string }[]>('audit.list', { limit: 50 }));
    expect(log.filter((e) => e.action === 'product.import').length).toBe(2);
    expect(log.some((e) => e.action === 'product.export')).toBe(true);
  });
});
