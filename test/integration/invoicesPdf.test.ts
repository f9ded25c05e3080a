import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Invoice, InvoicingSettingsView } from '../../shared/api/invoices';
import type { Order } from '../../shared/api/orders';
import { code128C, code128SymbolModules, formatIban, parseVirtualBarcode } from '../../shared/finnish';
import { invoicePdf } from '../../electron/core/documents/invoicePdf';
import { BARCODE_HEIGHT_MM, BARCODE_MODULE_MM } from '../../electron/core/documents/transferForm';
import { value } from '../support/register';
import { invoicingRegister, issuedInvoice, line, order, pdfText, renderPng, type Call } from '../support/invoicing';

type Pdf = { filename: string; base64: string };
/** Rendered pages land here so a person can look at them (.scratch/ is not committed; Playwright empties test-results/). */
const PREVIEW = join(process.cwd(), '.scratch', 'invoicing');

/** Every filled rectangle the PDF's page content draws, in mm from the top-left corner. */
function filledRects(pdfBytes: Buffer): { x: number; y: number; w: number; h: number }[] {
  const text = pdfBytes.toString('latin1');
  const rects: { x: number; y: number; w: number; h: number }[] = [];
  const streamRe = /<<([^>]*?)>>\s*stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = streamRe.exec(text))) {
    const length = Number(/\/Length (\d+)/.exec(m[1]!)?.[1]);
    if (!Number.isFinite(length)) continue;
    const start = m.index + m[0].length;
    let body = pdfBytes.subarray(start, start + length);
    if (/FlateDecode/.test(m[1]!)) {
      try {
        body = inflateSync(body);
      } catch {
        continue;
      }
    }
    const ops = body.toString('latin1');
    const re = /(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re\s*\n?\s*f\b/g;
    let r: RegExpExecArray | null;
    while ((r = re.exec(ops))) {
      const [x, y, w, h] = [1, 2, 3, 4].map((i) => (Number(r![i]) * 25.4) / 72) as [number, number, number, number];
      // jsPDF draws rectangles with a negative height from the top edge (PDF y grows upwards).
      rects.push({ x, y: 297 - y, w, h: Math.abs(h) });
    }
  }
  return rects;
}

/** Reads a Code 128 set C symbol from one pixel row of a rendered page, as a scanner would. */
function decodeCode128Row(row: Uint8Array): string | null {
  const runs: number[] = [];
  let i = 0;
  while (i < row.length && row[i]! > 128) i++; // quiet zone
  if (i >= row.length) return null;
  let dark = true;
  while (i < row.length) {
    let n = 0;
    while (i < row.length && row[i]! <= 128 === dark) (i++, n++);
    runs.push(n);
    dark = !dark;
  }
  const table = new Map<string, number>();
  for (let v = 0; v <= 105; v++) table.set(code128SymbolModules(v), v);
  const symbol = (widths: number[]) => {
    const total = widths.reduce((a, b) => a + b, 0);
    const modules = widths.map((w) => Math.max(1, Math.round((w * 11) / total)));
    return modules.map((w, j) => (j % 2 === 0 ? '1' : '0').repeat(w)).join('');
  };
  const values: number[] = [];
  for (let p = 0; p + 6 <= runs.length; p += 6) {
    if (p + 7 <= runs.length && symbol(runs.slice(p, p + 6)) === '11000111010') break; // STOP (with its final bar)
    const v = table.get(symbol(runs.slice(p, p + 6)));
    if (v === undefined) return null;
    values.push(v);
  }
  if (values[0] !== 105 || values.length < 3) return null;
  const data = values.slice(1, -1);
  const check = values[values.length - 1]!;
  const sum = data.reduce((s, v, j) => s + v * (j + 1), 105) % 103;
  if (sum !== check) return null;
  return data.map((v) => String(v).padStart(2, '0')).join('');
}

/** Renders a page in grey at 300 dpi and scans rows through the lower part for a readable barcode. */
function scanBarcode(pdfPath: string, outBase: string, page: number): string | null {
  execFileSync('pdftoppm', ['-gray', '-r', '300', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, outBase]);
  const pgm = readFileSync(`${outBase}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 50))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = pgm.subarray(header[0].length);
  for (let y = Math.floor(height * 0.85); y < height; y += 3) {
    const found = decodeCode128Row(data.subarray(y * width, (y + 1) * width));
    if (found) return found;
  }
  return null;
}

describe('invoice documents', () => {
  let r: Awaited<ReturnType<typeof invoicingRegister>>;
  let m: Call;
  let inv: Invoice;
  let invoice: { path: string; text: string };
  beforeAll(async () => {
    mkdirSync(PREVIEW, { recursive: true });
    r = await invoicingRegister();
    m = r.m;
    const o = await order(m, r.pasi.id, {
      date: '2026-02-26',
      lines: [
        line(),
        line({ description: 'Tulostimen värikasetti HP 305 XL, musta', quantity: 2, unitPriceCents: 3290, discountPercent: 10 }),
        line({ description: 'Kahvi, Juhla Mokka 500 g', quantity: 3, unitPriceCents: 612, vatCategory: 'reducedA' }),
        line({ description: 'Toimistotarvikelehti 2026 (vuosikerta)', quantity: 1, unit: 'kpl', unitPriceCents: 4500, vatCategory: 'reducedB' }),
        line({ description: 'Tulostimen asennus etätukena EU-yritykselle', quantity: 1.5, unit: 'h', unitPriceCents: 6000, vatCategory: 'zero', exemptionReason: 'reverseChargeEuService' }),
      ],
    });
    const draft = value(await m<Invoice>('invoices.createDraft', { customerId: r.pasi.id, orderIds: [o.id], yourReference: 'Tilaus 4711', ourReference: 'Šárka Ł.' }));
    inv = value(await m<Invoice>('invoices.issue', { id: draft.id }));
    invoice = pdfText(r.tmp.dir, value(await m<Pdf>('invoices.pdf', { id: inv.id })));
  });
  afterAll(() => r.close());

  it('the invoice PDF carries everything AVL 209 e § asks, and what the payer needs', () => {
    const text = invoice.text;
    const squash = text.replace(/\s+/g, ' ');
    expect(squash).toMatch(/LASKU/);
    expect(squash).toMatch(new RegExp(`Laskun numero ${inv.number}`));
    expect(squash).toMatch(/Laskun päiväys 2\.3\.2026/);
    expect(squash).toMatch(/Eräpäivä 16\.3\.2026/);
    expect(squash).toMatch(/Toimituspäivä 26\.2\.2026/);
    expect(squash).toMatch(new RegExp(`Viitenumero ${inv.referenceFormatted}`));
    expect(squash).toContain(inv.rfReferenceFormatted!);
    expect(squash).toContain(inv.virtualBarcode!);
    expect(inv.virtualBarcode).toMatch(/^\d{54}$/);
    expect(squash).toContain(formatIban('FI7944052020036082'));
    expect(squash).toContain('OKOYFIHH');
    // Seller: name, address, business ID and VAT number; buyer: name, address, business ID.
    for (const s of ['Nano Office Oy / Konttorimix', 'Vanhankirkonkatu 29', '26100 Rauma', 'Y-tunnus 1007435-3', 'FI10074353', 'Rauman Puutyö Oy', 'Pasi Puuseppä', 'Tehtaankatu 5', '0737546-2']) {
      expect(squash, s).toContain(s);
    }
    // Lines: nature, quantity, unit price without VAT, discount, rate, net.
    expect(squash).toMatch(/Tulostimen värikasetti HP 305 XL, musta 2 pkt 32,90 10 25,5 59,22/);
    expect(squash).toMatch(/Tulostimen asennus etätukena EU-yritykselle 1,5 h 60,00 0 ?\* 90,00/);
    // Per rate: taxable amount, rate, tax (and with tax); then the totals.
    for (const row of inv.vatRows) {
      const money = (c: number) => (c / 100).toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
      const pct = String(row.rateBp / 100).replace('.', ',');
      expect(squash, `VAT row ${pct}`).toMatch(new RegExp(`\\b${pct} ?% ${money(row.netCents)} ${money(row.vatCents)} ${money(row.grossCents)}`));
    }
    expect(squash).toMatch(/Veroton yhteensä 242,33 Arvonlisävero yhteensä 29,67 Yhteensä EUR 272,00/);
    // The reason for the 0 % line, with its provision (beside the VAT table, so the text interleaves).
    expect(squash).toMatch(/Verottomuuden perusteet .*Käännetty verovelvollisuus \(palvelu EU-yritykselle\).*\(AVL 65 §\)/);
    expect(squash).toMatch(/Viivästyskorko 10,5 %/);
    // The transfer form: due date and amount in their boxes, under the bilingual labels.
    expect(squash).toMatch(/Eräpäivä Euro Från konto nr Förfallodag 16\.3\.2026 272,00/);
    expect(squash).toMatch(/Viitenro Underskrift Ref\.nr 10003/);
    expect(parseVirtualBarcode(inv.virtualBarcode!)).toMatchObject({ cents: 27200, dueDate: '2026-03-16', reference: inv.reference });
  });

  it('the bars drawn are exactly the Code 128 encoding of the virtual barcode, and scan back', async () => {
    const settings = value(await m<InvoicingSettingsView>('invoicing.settings.get'));
    const rendered = invoicePdf(inv, settings);
    const expected = code128C(inv.virtualBarcode!).modules;
    expect(rendered.barcode!.digits).toBe(inv.virtualBarcode);
    expect(rendered.barcode!.modules).toBe(expected);
    // Read the rectangles back out of the PDF itself and turn them into modules again.
    const bars = filledRects(Buffer.from(rendered.base64, 'base64'))
      .filter((b) => Math.abs(b.h - BARCODE_HEIGHT_MM) < 0.01)
      .sort((a, b) => a.x - b.x);
    expect(bars.length).toBe(expected.match(/1+/g)!.length);
    const x0 = bars[0]!.x;
    let modules = '';
    for (const b of bars) {
      const start = Math.round((b.x - x0) / BARCODE_MODULE_MM);
      modules = modules.padEnd(start, '0') + '1'.repeat(Math.round(b.w / BARCODE_MODULE_MM));
    }
    expect(modules).toBe(expected);
    // And as a scanner sees it: rendered at 300 dpi and decoded from the pixels.
    const pages = invoice.text.split('\f').filter((p) => p.trim() !== '').length;
    expect(pages).toBe(1); // a five-line invoice fits on one page with its form
    expect(scanBarcode(invoice.path, join(r.tmp.dir, 'scan'), pages)).toBe(inv.virtualBarcode);
  });

  it('renders all four documents for a look (.scratch/invoicing/*.png)', async () => {
    // Invoice (Finnish, organisation).
    renderPng(invoice.path, join(PREVIEW, 'invoice-fi'));
    // Credit note of it.
    const cn = value(await m<Invoice>('invoices.creditNote', { invoiceId: inv.id, reason: 'Väärä värikasetti toimitettu' }));
    const cnPdf = pdfText(r.tmp.dir, value(await m<Pdf>('invoices.pdf', { id: cn.id })));
    expect(cnPdf.text.replace(/\s+/g, ' ')).toMatch(new RegExp(`HYVITYSLASKU.*Hyvittää laskun ${inv.number} \\(2\\.3\\.2026\\)`));
    expect(cnPdf.text.replace(/\s+/g, ' ')).toMatch(/Hyvitys yhteensä EUR -272,00/);
    renderPng(cnPdf.path, join(PREVIEW, 'credit-note-fi'));
    // Receipt of a counter sale.
    const sale = await order(m, r.maija.id, { lines: [line(), line({ description: 'Kuulakärkikynä, sininen', quantity: 12, unit: 'kpl', unitPriceCents: 119 })] });
    value(await m<Order>('orders.markPaidAtCounter', { id: sale.id, method: 'card' }));
    const receipt = pdfText(r.tmp.dir, value(await m<Pdf>('orders.receiptPdf', { id: sale.id })));
    expect(receipt.text.replace(/\s+/g, ' ')).toMatch(/KUITTI.*Kuitin numero 1/);
    renderPng(receipt.path, join(PREVIEW, 'receipt-fi'));
    // English invoice to a consumer abroad, then its reminder.
    const en = await issuedInvoice(m, r.english.id, { lines: [line({ description: 'Fountain pen, Lamy Safari', quantity: 2, unit: 'pcs', unitPriceCents: 2390 })] });
    const enPdf = pdfText(r.tmp.dir, value(await m<Pdf>('invoices.pdf', { id: en.id })));
    const enText = enPdf.text.replace(/\s+/g, ' ');
    expect(enText).toMatch(/INVOICE/);
    expect(enText).toMatch(/Due date 16\.3\.2026/);
    expect(enText).toContain('Šárka Łukasiewicz-Äijälä');
    expect(enText).toContain('Václavské náměstí 1');
    expect(enText).toMatch(/110 00 Praha CZ/);
    renderPng(enPdf.path, join(PREVIEW, 'invoice-en'));
    await r.advanceDays(32); // 3.4.2026
    const reminded = value(await m<Invoice>('invoices.remind', { invoiceId: en.id }));
    const remPdf = pdfText(r.tmp.dir, value(await m<Pdf>('invoices.reminderPdf', { reminderId: reminded.reminders[0]!.id })));
    expect(remPdf.text.replace(/\s+/g, ' ')).toMatch(/PAYMENT REMINDER.*Reminder fee 5,00/);
    renderPng(remPdf.path, join(PREVIEW, 'reminder-en'));
  });

  it('a long invoice continues on further pages with numbered pages and the form on the last', async () => {
    const lines = Array.from({ length: 45 }, (_, i) => line({ description: `Tuote ${i + 1}: toimistotarvike, jonka kuvaus on niin pitkä, että se rivittyy kahdelle riville`, quantity: i + 1 }));
    const long = await issuedInvoice(m, r.maija.id, { lines });
    const pdf = pdfText(r.tmp.dir, value(await m<Pdf>('invoices.pdf', { id: long.id })));
    const pages = pdf.text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]).toMatch(new RegExp(`1 \\(${pages.length}\\)`));
    expect(pages.at(-1)).toMatch(new RegExp(`${pages.length} \\(${pages.length}\\)`));
    expect(pages.at(-1)).toContain(long.virtualBarcode!);
    expect(pages.slice(0, -1).join('')).not.toContain(long.virtualBarcode!);
    expect(pages.join('')).toContain('Tuote 45:');
    renderPng(pdf.path, join(PREVIEW, 'invoice-long-p1'), 80, 1);
    renderPng(pdf.path, join(PREVIEW, 'invoice-long-last'), 80, pages.length);
  });

  it('a draft prints as a marked preview without number, reference or barcode', async () => {
    const draft = value(await m<Invoice>('invoices.createDraft', { customerId: r.maija.id, lines: [line()] }));
    const pdf = pdfText(r.tmp.dir, value(await m<Pdf>('invoices.pdf', { id: draft.id })));
    expect(pdf.text).toMatch(/Luonnos – ei maksettava lasku/);
    expect(pdf.text).not.toMatch(/\d{54}/);
    expect(pdf.text).not.toMatch(/Saajan/);
    renderPng(pdf.path, join(PREVIEW, 'invoice-draft'));
  });
});
