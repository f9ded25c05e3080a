// Reports as files and sales by product: lines added from the catalogue keep their product from
// order to invoice to credit note; the sales report groups by it (typed lines as "Other lines");
// the PDFs (with the sales chart) and CSVs read back in Finnish and English; each report made is
// in the audit log. PNGs of the first pages go to test-results/reports for a person to look at.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../shared/api/audit';
import type { Invoice } from '../../shared/api/invoices';
import type { Order } from '../../shared/api/orders';
import type { Product } from '../../shared/api/products';
import type { SalesReport } from '../../shared/api/reports';
import { helsinkiDate } from '../../shared/format/dates';
import { invoicingRegister, pdfText, renderPng } from '../support/invoicing';
import { client, value } from '../support/register';

const SHOTS = join(process.cwd(), 'test-results', 'reports');

describe('reports as files', () => {
  it('sales by product follow the catalogue line from order to invoice; PDFs and CSVs read back in both languages; all audited', async () => {
    const reg = await invoicingRegister('2026-04-20T09:00:00Z');
    try {
      const { m } = reg;
      const coffee = value(await m<Product>('products.create', { code: 'KAHVI-500', nameFi: 'Kahvi 500 g', nameEn: 'Coffee 500 g', unit: 'pkt', priceCents: 699, priceIncludesVat: true, vatCategory: 'reducedA' }));
      const paper = value(await m<Product>('products.create', { code: 'PAP-A4', nameFi: 'Kopiopaperi A4', nameEn: 'Copy paper A4', unit: 'pkt', priceCents: 595, priceIncludesVat: false, vatCategory: 'general' }));
      const months = ['2026-01-15', '2026-02-16', '2026-03-16'];
      for (const [i, day] of months.entries()) {
        const order = value(
          await m<Order>('orders.create', {
            customerId: reg.maija.id,
            channel: 'shop',
            deliveryDate: day,
            lines: [
              { description: 'Kahvi 500 g', quantity: 2 + i, unit: 'pkt', unitPriceCents: 699, vatCategory: 'reducedA', productId: coffee.id },
              { description: 'Kopiopaperi A4', quantity: 5, unit: 'pkt', unitPriceCents: 595, vatCategory: 'general', productId: paper.id },
              { description: 'Lahjapaketointi', quantity: 1, unit: 'kpl', unitPriceCents: 300, vatCategory: 'general' },
            ],
          }),
        );
        expect(order.lines.map((l) => l.productId)).toEqual([coffee.id, paper.id, null]);
        const draft = value(await m<Invoice>('invoices.createDraft', { customerId: reg.maija.id, orderIds: [order.id] }));
        const inv = value(await m<Invoice>('invoices.issue', { id: draft.id, invoiceDate: day }));
        expect(inv.lines.map((l) => l.productId)).toEqual([coffee.id, paper.id, null]);
        if (i === 2) {
          const credit = value(await m<Invoice>('invoices.creditNote', { invoiceId: inv.id, reason: 'Palautus', date: day }));
          expect(credit.lines.map((l) => l.productId)).toEqual([coffee.id, paper.id, null]);
        }
      }
      const period = { kind: 'quarter', year: 2026, quarter: 1 };
      const sales = value(await m<SalesReport>('reports.sales', { period }));
      expect(sales.months).toEqual(['2026-01', '2026-02', '2026-03']);
      expect(sales.rows.map((r) => [r.code, r.productId])).toEqual([
        ['PAP-A4', paper.id],
        ['KAHVI-500', coffee.id],
        ['', null],
      ]);
      // March was credited in full: its month nets to zero.
      expect(sales.monthTotals[2]).toBe(0);
      expect(sales.rows.find((r) => r.productId === paper.id)!.netCents).toBe(2 * 5 * 595);
      expect(sales.netCents).toBe(sales.monthTotals.reduce((a, b) => a + b, 0));

      const en = client(reg.core, 'manager', 'en');
      const texts: Record<string, string> = {};
      for (const [lang, call] of [['fi', m], ['en', en]] as const) {
        for (const report of ['vat', 'sales', 'invoices', 'payments', 'ageing'] as const) {
          const input = report === 'ageing' ? { report, format: 'pdf', date: helsinkiDate(reg.clock.now()) } : { report, format: 'pdf', period };
          const pdf = value(await call<{ filename: string; base64: string }>('reports.file', input));
          const { path, text } = pdfText(reg.tmp.dir, { ...pdf, filename: `${lang}-${pdf.filename}` });
          texts[`${lang}-${report}`] = text;
          renderPng(path, join(SHOTS, `${report}-${lang}`), 70);
        }
      }
      expect(texts['fi-vat']).toContain('ALV verokannoittain');
      expect(texts['fi-vat']).toContain('Jakso 1.1.2026–31.3.2026');
      expect(texts['fi-vat']).toMatch(/301\s+25,5 %\s+Vero kotimaan myynnistä, yleinen verokanta/);
      expect(texts['fi-vat']).toMatch(/302\s+13,5 %/);
      expect(texts['en-vat']).toContain('VAT by rate');
      expect(texts['en-vat']).toContain('Tax on domestic sales, general rate');
      expect(texts['fi-sales']).toContain('Myynti tuotteittain');
      expect(texts['fi-sales']).toContain('Kopiopaperi A4');
      expect(texts['fi-sales']).toContain('Muut rivit');
      expect(texts['fi-sales']).toMatch(/Yhteensä\s+[\d ]+,\d\d/);
      expect(texts['en-sales']).toContain('Sales by product');
      expect(texts['en-sales']).toContain('Copy paper A4');
      expect(texts['en-sales']).toContain('Other lines');
      expect(texts['fi-ageing']).toContain('Saatavien ikäjakauma');
      expect(texts['en-payments']).toContain('Payments');

      const csv = value(await m<{ filename: string; base64: string }>('reports.file', { report: 'vat', format: 'csv', period }));
      const csvText = Buffer.from(csv.base64, 'base64').toString('utf8');
      expect(csv.filename).toBe('vat-2026-01-01_2026-03-31.csv');
      expect(csvText.startsWith('\ufeffKenttä;Verokanta;Peruste;Veroton myynti;Vero')).toBe(true);
      expect(csvText).toMatch(/\r\nYhteensä;;;/);

      const audit = value(await m<AuditRow[]>('audit.list', { limit: 100 })).filter((a) => a.action === 'report.generate');
      expect(audit.length).toBe(1 + 10 + 1);
      expect(audit.map((a) => a.details.output).sort()).toEqual(['csv', ...Array(10).fill('pdf'), 'screen'].sort());
      expect(audit.find((a) => a.details.output === 'csv')!.details).toMatchObject({ report: 'vat', from: '2026-01-01', to: '2026-03-31' });
    } finally {
      reg.close();
    }
  }, 180_000);
});
