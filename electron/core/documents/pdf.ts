// jspdf set up the way every document of ours needs it: A4 in millimetres, with an embedded
// Unicode font (DejaVu Sans) so names like Šárka Łukasiewicz-Äijälä or Ánde Ŋuolja print right.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { jsPDF } from 'jspdf';

// In the bundled Electron main (CommonJS) `require` exists; under Node ESM (tests, harness) it does not.
const resolver: NodeJS.Require = typeof require === 'function' ? require : createRequire(import.meta.url);

let fonts: { regular: string; bold: string } | null = null;
function fontData() {
  if (!fonts) {
    const load = (file: string) => readFileSync(resolver.resolve(`dejavu-fonts-ttf/ttf/${file}`)).toString('base64');
    fonts = { regular: load('DejaVuSans.ttf'), bold: load('DejaVuSans-Bold.ttf') };
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
