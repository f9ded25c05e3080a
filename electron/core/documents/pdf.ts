// jspdf set up the way every document of ours needs it: A4 in millimetres, with an embedded
// Unicode font (DejaVu Sans) so names like Šárka Łukasiewicz-Äijälä or Ánde Ŋuolja print right.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsPDF } from 'jspdf';

// The fonts are subsets of DejaVu Sans (build/subset-fonts.ts says why and which scripts). In the
// bundled Electron main (CommonJS) they sit beside main.cjs in out/main/fonts (copied by
// build/build-main.mjs); under Node ESM (tests, harness, bench) beside this file.
const fontDir = typeof __dirname === 'string' ? join(__dirname, 'fonts') : fileURLToPath(new URL('./fonts/', import.meta.url));

let fonts: { regular: string; bold: string } | null = null;
function fontData() {
  if (!fonts) {
    const load = (file: string) => readFileSync(join(fontDir, file)).toString('base64');
    fonts = { regular: load('DejaVuSans.subset.ttf'), bold: load('DejaVuSans-Bold.subset.ttf') };
  }
  return fonts;
}

export const FONT = 'DejaVuSans';

export function newDocument(meta: { title: string; subject?: string }): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  const f = fontData();
  doc.addFileToVFS('DejaVuSans.ttf', f.regular);
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', f.bold);
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
  doc.setProperties({ title: meta.title, subject: meta.subject ?? '', creator: 'Asiakasrekisteri' });
  return doc;
}

export function toBase64(doc: jsPDF): string {
  return Buffer.from(doc.output('arraybuffer')).toString('base64');
}
