// The one letter layout every printed letter shares (invoices, receipts, reminders, credit notes,
// and the privacy panel's letters), after the Finnish standard SFS 2487:
// - the sender's letterhead top left; the document's name at the 105 mm tab, the page number
//   "1 (2)" at the right margin on the same line; the date, numbers and references below the name;
// - the recipient's address in the window of a C5/E5 window envelope: 20 mm from the left edge,
//   starting about 45 mm from the top, at most six lines in a 85 × 35 mm field;
// - the body from about 95 mm down, 20 mm left margin, 20 mm right margin;
// - a footer with the sender's name, address, contact details, business ID (and bank details);
//   on a page that carries a bank transfer form the footer moves above the form.
// Texts come from documents.letter.* in the letter's language; the caller passes its own title,
// meta rows and body. Nothing here knows about invoices.
import type { jsPDF } from 'jspdf';
import type { Language } from '../../../shared/api/fields';
import { formatDate } from '../../../shared/format/dates';
import { formatPhone, phoneFormFor } from '../../../shared/format/phone';
import { translator } from '../../../shared/i18n/translate';
import { FONT, newDocument, toBase64 } from './pdf';

export const PAGE = { width: 210, height: 297 } as const;
/** SFS 2487 positions, mm. */
export const LEFT = 20;
export const RIGHT = 190;
export const TAB_2 = 105;
export const ADDRESS_TOP = 45;
export const ADDRESS_WIDTH = 85;
export const BODY_TOP_MIN = 85;
const FOOTER_RULE = 279;
const META_VALUE_X = 146;
const LINE = 4.2;

export interface LetterSender {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  businessId: string;
  /** 'FI10074353' when VAT-registered; '' leaves it out. */
  vatNumber?: string;
  phone?: string;
  email?: string;
  web?: string;
  iban?: string;
  bic?: string;
}

export interface LetterOptions {
  lang: Language;
  /** Printed at the 105 mm tab in capitals, e.g. 'LASKU'. */
  title: string;
  sender: LetterSender;
  /** Address block lines, name first; none for a document handed over (a receipt). */
  recipient?: string[];
  /** Right column under the title: [label, value] pairs, the date usually first. */
  meta?: [string, string][];
  /** Big faint diagonal text on every page, e.g. 'LUONNOS'. */
  watermark?: string;
  /** PDF metadata subject. */
  subject?: string;
  /** Under the title on the second and later pages, e.g. 'Laskun numero 1003'. */
  continuation?: string;
}

export interface Letter {
  doc: jsPDF;
  lang: Language;
  /** documents.letter.* and any other key: t('documents.invoicing.invoice.title'). */
  t: (key: string, params?: Record<string, unknown>) => string;
  /** The writing position (mm from the top) of the body on the current page. */
  y: number;
  /** Lowest y the body may reach on the current page. */
  bottom: number;
  /** Moves to a new page when `height` mm do not fit above the bottom; true when it did. */
  ensureSpace(height: number): boolean;
  /** Starts a new page with the short continuation header. */
  newPage(): void;
  /** Keeps `mm` at the bottom of the current page free (for a bank transfer form); the footer moves above it. */
  reserveBottom(mm: number): void;
  /** Wrapped text at the left margin (or x), advancing y. */
  paragraph(text: string, options?: { size?: number; bold?: boolean; x?: number; width?: number; gap?: number }): void;
  /** The height paragraph() would take for the same text and options, without drawing it. */
  measure(text: string, options?: { size?: number; bold?: boolean; width?: number; gap?: number }): number;
  /** Page numbers and footers on every page; returns the PDF. */
  finish(filename: string): { filename: string; base64: string };
}

/** The standard date string for letters: '24.11.2026' in both languages. */
export const letterDate = (iso: string) => formatDate(iso);

export function createLetter(o: LetterOptions): Letter {
  const t = translator(o.lang) as unknown as Letter['t'];
  const doc = newDocument({ title: o.title, ...(o.subject ? { subject: o.subject } : {}) });
  const footerAt = new Map<number, number>(); // page -> rule y

  const letterhead = (first: boolean) => {
    doc.setTextColor(0);
    doc.setFont(FONT, 'bold').setFontSize(first ? 12 : 9).text(o.sender.name, LEFT, 16, { maxWidth: TAB_2 - LEFT - 5 });
    if (first) {
      doc.setFont(FONT, 'normal').setFontSize(8.5);
      doc.text(o.sender.street, LEFT, 21);
      doc.text(`${o.sender.postalCode} ${o.sender.city}`, LEFT, 25);
    }
    doc.setFont(FONT, 'bold').setFontSize(first ? 14 : 11).text(o.title, TAB_2, 16);
    if (!first && o.continuation) doc.setFont(FONT, 'normal').setFontSize(8.5).text(o.continuation, TAB_2, 21);
  };

  const watermark = () => {
    if (!o.watermark) return;
    doc.saveGraphicsState();
    doc.setGState(new (doc as unknown as { GState: new (p: { opacity: number }) => unknown }).GState({ opacity: 0.12 }));
    doc.setFont(FONT, 'bold').setFontSize(90).setTextColor(120);
    doc.text(o.watermark, PAGE.width / 2, PAGE.height / 2 + 20, { align: 'center', angle: 35 });
    doc.restoreGraphicsState();
    doc.setTextColor(0);
  };

  // First page: letterhead, meta column, address window.
  watermark();
  letterhead(true);
  let metaY = 23;
  for (const [label, value] of o.meta ?? []) {
    doc.setFont(FONT, 'normal').setFontSize(7.5).setTextColor(90).text(label, TAB_2, metaY);
    doc.setFontSize(9).setTextColor(0);
    const lines = doc.splitTextToSize(value, RIGHT - META_VALUE_X) as string[];
    doc.text(lines, META_VALUE_X, metaY);
    metaY += LINE * Math.max(1, lines.length);
  }
  if (o.recipient?.length) {
    doc.setFont(FONT, 'normal').setFontSize(10).setTextColor(0);
    let ay = ADDRESS_TOP + 5;
    for (const line of o.recipient.slice(0, 6)) {
      doc.text(doc.splitTextToSize(line, ADDRESS_WIDTH)[0] as string, LEFT, ay);
      ay += 4.6;
    }
  }

  const letter: Letter = {
    doc,
    lang: o.lang,
    t,
    // Below the address window; a document without an address (a receipt) starts under its meta rows.
    y: o.recipient?.length ? Math.max(BODY_TOP_MIN, metaY + 6) : metaY + 8,
    bottom: FOOTER_RULE - 6,
    ensureSpace(height) {
      if (letter.y + height <= letter.bottom) return false;
      letter.newPage();
      return true;
    },
    newPage() {
      doc.addPage();
      watermark();
      letterhead(false);
      letter.y = 28;
      letter.bottom = FOOTER_RULE - 6;
    },
    reserveBottom(mm) {
      const page = doc.getNumberOfPages();
      const rule = PAGE.height - mm - 16;
      footerAt.set(page, rule);
      letter.bottom = rule - 6;
    },
    paragraph(text, p = {}) {
      const size = p.size ?? 9.5;
      const width = p.width ?? RIGHT - LEFT;
      doc.setFont(FONT, p.bold ? 'bold' : 'normal').setFontSize(size).setTextColor(0);
      const lineHeight = size * 0.46;
      const lines = doc.splitTextToSize(text, width) as string[];
      // A short paragraph is never split over a page break (no lone last line at the top of a page).
      if (lines.length <= 4) letter.ensureSpace(lines.length * lineHeight);
      for (const line of lines) {
        letter.ensureSpace(lineHeight);
        doc.text(line, p.x ?? LEFT, letter.y);
        letter.y += lineHeight;
      }
      letter.y += p.gap ?? 2;
    },
    measure(text, p = {}) {
      const size = p.size ?? 9.5;
      doc.setFont(FONT, p.bold ? 'bold' : 'normal').setFontSize(size);
      return (doc.splitTextToSize(text, p.width ?? RIGHT - LEFT) as string[]).length * size * 0.46 + (p.gap ?? 2);
    },
    finish(filename) {
      const pages = doc.getNumberOfPages();
      for (let page = 1; page <= pages; page++) {
        doc.setPage(page);
        doc.setFont(FONT, 'normal').setFontSize(9).setTextColor(0);
        doc.text(t('documents.letter.page', { page, pages }), RIGHT, 16, { align: 'right' });
        drawFooter(doc, t, o.lang, o.sender, footerAt.get(page) ?? FOOTER_RULE);
      }
      return { filename, base64: toBase64(doc) };
    },
  };
  return letter;
}

function drawFooter(doc: jsPDF, t: Letter['t'], lang: Language, s: LetterSender, rule: number) {
  doc.setDrawColor(150).setLineWidth(0.2).line(LEFT, rule, RIGHT, rule);
  doc.setFont(FONT, 'normal').setFontSize(7).setTextColor(60);
  const col = (x: number, lines: string[]) => lines.filter(Boolean).forEach((l, i) => doc.text(l, x, rule + 3.6 + i * 3.2));
  col(LEFT, [s.name, s.street, `${s.postalCode} ${s.city}`]);
  // Senders keep the phone as stored (E.164, or the settings' own text): formatted here, once for
  // every letter — the Finnish way in a Finnish letter, with +358 in an English one.
  col(82, [s.phone ? `${t('documents.letter.phone')} ${formatPhone(s.phone, phoneFormFor(lang))}` : '', s.email ?? '', s.web ?? '']);
  col(136, [
    `${t('documents.letter.businessId')} ${s.businessId}`,
    s.vatNumber ? `${t('documents.letter.vatNumber')} ${s.vatNumber}` : '',
    s.iban ? `IBAN ${s.iban}${s.bic ? `  BIC ${s.bic}` : ''}` : '',
  ]);
  doc.setTextColor(0).setDrawColor(0);
}

// ---------------------------------------------------------------------------------------------
// Small table helpers for letters with columns of figures.

export interface Column {
  /** Left edge for left-aligned, right edge for right-aligned columns. */
  x: number;
  align?: 'left' | 'right';
  /** Wrap width for a left-aligned text column. */
  width?: number;
}

/** One table row: cells in the columns given; wraps the first wrapping column; advances y. */
export function tableRow(letter: Letter, columns: Column[], cells: string[], o: { bold?: boolean; size?: number; header?: boolean } = {}): void {
  const { doc } = letter;
  const size = o.size ?? 8.5;
  doc.setFont(FONT, o.bold || o.header ? 'bold' : 'normal').setFontSize(size).setTextColor(o.header ? 70 : 0);
  const wrapped = cells.map((c, i) => (columns[i]?.width ? (doc.splitTextToSize(c, columns[i]!.width!) as string[]) : [c]));
  const lineHeight = size * 0.43;
  const height = Math.max(...wrapped.map((w) => w.length)) * lineHeight + 1.2;
  letter.ensureSpace(height);
  wrapped.forEach((lines, i) => {
    const c = columns[i]!;
    lines.forEach((line, j) => doc.text(line, c.x, letter.y + j * lineHeight, { align: c.align ?? 'left' }));
  });
  letter.y += height;
  doc.setTextColor(0);
}

export function rule(letter: Letter, from = LEFT, to = RIGHT, width = 0.2): void {
  letter.doc.setDrawColor(0).setLineWidth(width).line(from, letter.y - 3, to, letter.y - 3);
}
