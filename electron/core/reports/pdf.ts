// A report as an A4 PDF: title, scope, the table with a header row repeated on each page, the
// totals row in bold, a note, and (sales) the chart. Landscape, so the ageing buckets fit.
import type { Language } from '../../../shared/api/fields';
import type { SalesReport } from '../../../shared/api/reports';
import { formatInstant } from '../../../shared/format/dates';
import { translator } from '../../../shared/i18n/translate';
import { FONT, newDocument, toBase64 } from '../documents/pdf';
import { jsPDF } from 'jspdf';
import { salesChartPng } from './chart';
import type { ReportTable } from './tables';

const LEFT = 14;
const PAGE_W = 297;
const PAGE_H = 210;
const RIGHT = PAGE_W - 14;

export async function reportPdf(table: ReportTable, extra: { sales?: SalesReport }, lang: Language, now: Date): Promise<string> {
  const t = translator(lang);
  const probe = newDocument({ title: table.title });
  const doc: jsPDF = probe;
  // newDocument makes a portrait page; this report wants landscape pages.
  doc.deletePage(1);
  doc.addPage('a4', 'landscape');
  let y = 18;
  doc.setFont(FONT, 'bold').setFontSize(16).text(table.title, LEFT, y);
  doc.setFont(FONT, 'normal').setFontSize(10).text(table.scope, LEFT, (y += 7));
  doc.setFontSize(8).setTextColor(90).text(t('reports.madeAt', { at: formatInstant(now.toISOString(), lang) }), RIGHT, 18, { align: 'right' });
  doc.setTextColor(0);
  y += 9;

  if (extra.sales && extra.sales.rows.length) {
    const png = await salesChartPng(extra.sales, lang);
    const w = 200;
    const h = (w * 480) / 900;
    doc.addImage(png, 'PNG', (PAGE_W - w) / 2, y, w, h);
    y += h + 6;
  }

  // Column x positions scaled to the page width.
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  const scale = (RIGHT - LEFT) / total;
  const xs: number[] = [];
  let x = LEFT;
  for (const c of table.columns) {
    // A left-aligned column after a right-aligned one starts a little in, so the two never touch.
    xs.push(c.align === 'right' ? x + c.width * scale - 1 : x + (xs.length && table.columns[xs.length - 1]!.align === 'right' ? 3 : 0));
    x += c.width * scale;
  }
  const widths = table.columns.map((c) => c.width * scale - 2);
  /** A left-aligned cell may run on over the empty cells after it (the totals row's "Yhteensä"). */
  const room = (cells: string[], i: number, span: boolean) => {
    let w = widths[i]!;
    if (span && table.columns[i]!.align === 'left') for (let j = i + 1; j < cells.length && cells[j] === ''; j++) w += widths[j]! + 2;
    return w;
  };
  const row = (cells: string[], bold: boolean, span = false) => {
    doc.setFont(FONT, bold ? 'bold' : 'normal').setFontSize(8.5);
    const wrapped = cells.map((c, i) => doc.splitTextToSize(c, room(cells, i, span)) as string[]);
    const lines = Math.max(1, ...wrapped.map((w) => w.length));
    if (y + lines * 3.8 > PAGE_H - 14) {
      doc.addPage('a4', 'landscape');
      y = 16;
      header();
      doc.setFont(FONT, bold ? 'bold' : 'normal').setFontSize(8.5);
    }
    wrapped.forEach((w, i) => doc.text(w, xs[i]!, y, { align: table.columns[i]!.align }));
    y += lines * 3.8 + 0.8;
  };
  const header = () => {
    row(table.columns.map((c) => c.label), true);
    doc.setLineWidth(0.3).line(LEFT, y - 3.2, RIGHT, y - 3.2);
    y += 0.6;
  };
  header();
  if (table.rows.length === 0) {
    doc.setFont(FONT, 'normal').setFontSize(9).text(t('reports.empty'), LEFT, y);
    y += 5;
  }
  for (const r of table.rows) row(r, false);
  doc.setLineWidth(0.4).line(LEFT, y - 3, RIGHT, y - 3);
  y += 0.8;
  row(table.totals, true, true);
  if (table.note) {
    y += 3;
    doc.setFont(FONT, 'normal').setFontSize(8).setTextColor(70);
    for (const l of doc.splitTextToSize(table.note, RIGHT - LEFT) as string[]) {
      if (y > PAGE_H - 12) (doc.addPage('a4', 'landscape'), (y = 16));
      doc.text(l, LEFT, y);
      y += 3.6;
    }
    doc.setTextColor(0);
  }
  const pages = doc.getNumberOfPages();
  for (let n = 1; n <= pages; n++) {
    doc.setPage(n);
    doc.setFont(FONT, 'normal').setFontSize(8).setTextColor(90).text(t('reports.page', { n, of: pages }), RIGHT, PAGE_H - 8, { align: 'right' });
  }
  return toBase64(doc);
}
