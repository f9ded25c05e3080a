// The reminder's table of the reminded invoice: no header may run into the next one, in either
// language (issue #16: "Alkuperäinen eräpäivä" ran into "Laskun summa").
import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translate';
import { FONT, newDocument } from '../../electron/core/documents/pdf';
import { REMINDED_INVOICE_COLUMNS, REMINDED_INVOICE_HEADERS, REMINDED_INVOICE_HEADER_SIZE } from '../../electron/core/documents/reminderPdf';

describe('reminder table headers', () => {
  for (const lang of ['fi', 'en'] as const) {
    it(`leave a gap between columns (${lang})`, () => {
      const t = translator(lang);
      const doc = newDocument({ title: 'layout' });
      doc.setFont(FONT, 'bold').setFontSize(REMINDED_INVOICE_HEADER_SIZE);
      const extents = REMINDED_INVOICE_HEADERS.map((h, i) => {
        const c = REMINDED_INVOICE_COLUMNS[i]!;
        const text = t(`documents.invoicing.reminder.${h}`);
        const lines = (c.width ? doc.splitTextToSize(text, c.width) : [text]) as string[];
        const w = Math.max(...lines.map((l) => doc.getTextWidth(l)));
        return c.align === 'right' ? { text, from: c.x - w, to: c.x } : { text, from: c.x, to: c.x + w };
      });
      for (let i = 1; i < extents.length; i++) expect(extents[i]!.from - extents[i - 1]!.to, `${extents[i - 1]!.text} | ${extents[i]!.text}`).toBeGreaterThanOrEqual(2);
    });
  }
});
