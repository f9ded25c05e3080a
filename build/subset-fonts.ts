// Regenerates the PDF fonts in electron/core/documents/fonts/ (npx tsx build/subset-fonts.ts).
// jspdf parses the whole embedded TTF for every document and copies its big tables into each
// PDF; the full DejaVu Sans (740 KB) made an invoice take ~190 ms. These subsets keep only the
// scripts a Finnish shop's customers' names and our own texts use — Latin (with the extended
// ranges for Sámi, Baltic, Slavic, Vietnamese names), IPA, combining marks, Greek, Cyrillic,
// punctuation, currency and a few symbols — about a third of the size, a quarter of the time.
// The ranges are the contract: test/unit/pdfFonts.test.ts checks every code point of them.
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { PDF_FONT_RANGES } from '../electron/core/documents/fontRanges';

const require = createRequire(import.meta.url);
const outDir = new URL('../electron/core/documents/fonts/', import.meta.url);
let text = '';
for (const [from, to] of PDF_FONT_RANGES) for (let c = from; c <= to; c++) text += String.fromCodePoint(c);

for (const face of ['DejaVuSans', 'DejaVuSans-Bold']) {
  const source = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${face}.ttf`));
  const subset = await subsetFont(source, text, { targetFormat: 'truetype' });
  writeFileSync(new URL(`${face}.subset.ttf`, outDir), subset);
  console.log(`${face}: ${source.length} -> ${subset.length} bytes`);
}
// The licence travels with the font files (Bitstream Vera terms + DejaVu's public-domain changes).
copyFileSync(require.resolve('dejavu-fonts-ttf/LICENSE'), new URL('LICENSE', outDir));
