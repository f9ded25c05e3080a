// The one-page recovery code sheet printed at first start, for the locked fireproof safe.
import type { Language } from '../../../shared/api/fields';
import { formatInstant, helsinkiDate } from '../../../shared/format/dates';
import { translator } from '../../../shared/i18n/translate';
import { FONT, newDocument, toBase64 } from './pdf';

export function recoveryCodeSheet(input: { code: string; controllerName: string; registerId: string; createdAt: string; lang: Language }) {
  const t = translator(input.lang);
  const k = (key: string) => t(`documents.recoverySheet.${key}`);
  const doc = newDocument({ title: k('title') });
  const left = 25;
  const width = 160;
  let y = 30;

  doc.setFont(FONT, 'bold').setFontSize(18).text(k('title'), left, y);
  y += 12;
  doc.setFont(FONT, 'normal').setFontSize(11);
  for (const line of doc.splitTextToSize(k('intro'), width) as string[]) {
    doc.text(line, left, y);
    y += 6;
  }
  y += 6;
  const row = (label: string, value: string) => {
    doc.setFont(FONT, 'bold').text(`${label}:`, left, y);
    doc.setFont(FONT, 'normal').text(value, left + 45, y);
    y += 7;
  };
  row(k('controller'), input.controllerName);
  row(k('register'), input.registerId);
  row(k('createdAt'), formatInstant(input.createdAt, input.lang));
  y += 10;

  doc.setFont(FONT, 'bold').setFontSize(12).text(k('code'), left, y);
  y += 4;
  doc.setDrawColor(0).setLineWidth(0.6).rect(left, y, width, 22);
  doc.setFont(FONT, 'bold').setFontSize(20).text(input.code, left + width / 2, y + 14, { align: 'center' });
  y += 36;

  doc.setFont(FONT, 'normal').setFontSize(11);
  for (const line of [...(doc.splitTextToSize(k('keep'), width) as string[]), '', ...(doc.splitTextToSize(k('who'), width) as string[])]) {
    doc.text(line, left, y);
    y += 6;
  }
  y += 20;
  doc.setLineWidth(0.2).line(left, y, left + width, y);
  doc.setFontSize(9).text(k('storedBy'), left, y + 5);

  const date = helsinkiDate(new Date(input.createdAt)); // the shop's day, not UTC's
  return { filename: `${t('documents.files.recoverySheet')}-${date}.pdf`, base64: toBase64(doc) };
}
