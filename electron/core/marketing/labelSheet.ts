// An A4 sheet of 3 × 8 labels, 70 × 37 mm each (the common Finnish/European label sheet).
import { FONT, newDocument, toBase64 } from '../documents/pdf';
import type { LabelRow } from './labelSelection';
import { postalLines } from '../../../shared/format/postalAddress';

const COLS = 3;
const ROWS = 8;
const W = 70;
const H = 37;
const TOP = (297 - ROWS * H) / 2;
const PAD = 6;

export function labelLines(r: LabelRow): string[] {
  const lines = [`${r.first_name} ${r.last_name}`];
  if (r.organization) lines.unshift(r.organization);
  // A label abroad names the country in the person's own language of the two (Posti accepts both).
  lines.push(...postalLines({ street: r.street, postalCode: r.postal_code, city: r.city, country: r.country }, r.language));
  return lines;
}

export function labelSheet(rows: LabelRow[], title: string, filename: string): { filename: string; base64: string } {
  const doc = newDocument({ title });
  doc.setFont(FONT, 'normal').setFontSize(10);
  rows.forEach((r, i) => {
    const onPage = i % (COLS * ROWS);
    if (i > 0 && onPage === 0) doc.addPage();
    const x = (onPage % COLS) * W + PAD;
    const y = TOP + Math.floor(onPage / COLS) * H + PAD + 3;
    labelLines(r).forEach((line, n) => {
      const fitted = (doc.splitTextToSize(line, W - 2 * PAD) as string[])[0] ?? '';
      doc.text(fitted, x, y + n * 4.6);
    });
  });
  return { filename, base64: toBase64(doc) };
}
