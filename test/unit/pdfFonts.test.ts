// The PDF fonts are cut-down DejaVu Sans (build/subset-fonts.ts). A glyph lost in the cut would
// print a customer's name with empty boxes, so: every character the full font draws inside our
// ranges must still be drawn by the subset, and so must every character of our own texts.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { PDF_FONT_RANGES } from '../../electron/core/documents/fontRanges';
import { FONT, newDocument } from '../../electron/core/documents/pdf';

const require = createRequire(import.meta.url);
type Metadata = { characterToGlyph(code: number): number };

function glyphsOf(doc: jsPDF, style: 'normal' | 'bold'): Metadata {
  doc.setFont(FONT, style);
  return (doc.getFont() as unknown as { metadata: Metadata }).metadata;
}

function fullFont(file: string): Metadata {
  const doc = new jsPDF();
  doc.addFileToVFS(file, readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)).toString('base64'));
  doc.addFont(file, 'Full', 'normal');
  doc.setFont('Full', 'normal');
  return (doc.getFont() as unknown as { metadata: Metadata }).metadata;
}

const codesInRanges = PDF_FONT_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));

describe('PDF fonts', () => {
  for (const [style, file] of [['normal', 'DejaVuSans.ttf'], ['bold', 'DejaVuSans-Bold.ttf']] as const) {
    it(`the ${style} subset draws every character the full font draws in the chosen ranges`, () => {
      const full = fullFont(file);
      const subset = glyphsOf(newDocument({ title: 't' }), style);
      const drawnByFull = codesInRanges.filter((c) => full.characterToGlyph(c) !== 0);
      expect(drawnByFull.length).toBeGreaterThan(1500);
      const lost = drawnByFull.filter((c) => subset.characterToGlyph(c) === 0).map((c) => c.toString(16));
      expect(lost).toEqual([]);
    });
  }

  it('draws every character of our own texts (letters, invoices, notices)', () => {
    const dir = join(import.meta.dirname, '../../shared/i18n');
    const chars = new Set<number>();
    for (const f of readdirSync(dir)) for (const ch of readFileSync(join(dir, f), 'utf8')) if (ch.codePointAt(0)! >= 0x20) chars.add(ch.codePointAt(0)!);
    const subset = glyphsOf(newDocument({ title: 't' }), 'normal');
    const missing = [...chars].filter((c) => c !== 0x7f && subset.characterToGlyph(c) === 0).map((c) => String.fromCodePoint(c));
    expect(missing).toEqual([]);
  });

  it('is not the full font: a script outside the ranges (Armenian) is absent', () => {
    expect(glyphsOf(newDocument({ title: 't' }), 'normal').characterToGlyph(0x0531)).toBe(0);
  });
});
