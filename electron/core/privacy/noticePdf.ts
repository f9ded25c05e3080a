// privacy.notice: the shop's privacy notice, generated from the settings so that the controller,
// the contact person and the authority's current address are the same as in every letter.
import type { Settings } from '../../../shared/api/settings';
import type { Language } from '../../../shared/api/fields';
import { formatDate } from '../../../shared/format/dates';
import { formatPhone, phoneFormFor } from '../../../shared/format/phone';
import { noticeEn } from '../../../shared/i18n/notice.en';
import { noticeFi } from '../../../shared/i18n/notice.fi';
import { FONT, newDocument, toBase64 } from '../documents/pdf';

export function noticePdf(settings: Settings, lang: Language, today: string) {
  const n = lang === 'fi' ? noticeFi : noticeEn;
  const c = settings.controller;
  const o = settings.ombudsman;
  const body: Record<string, string> = {
    ...n.text,
    controller: `${c.name}, ${lang === 'fi' ? 'Y-tunnus' : 'Business ID'} ${c.businessId}\n${c.street}, ${c.postalCode} ${c.city}`,
    contact: `${c.contactName}${c.contactTitle ? `, ${c.contactTitle}` : ''}\n${c.contactStreet}, ${c.contactPostalCode} ${c.contactCity}\n${formatPhone(c.contactPhone, phoneFormFor(lang))} · ${c.contactEmail}`,
    complaint: `${n.text.complaint}\n\n${lang === 'fi' ? o.nameFi : o.nameEn}\n${lang === 'fi' ? o.postalAddressFi : o.postalAddressEn}\n${lang === 'fi' ? 'Käyntiosoite' : 'Visiting address'}: ${o.visitingAddress}\n${lang === 'fi' ? 'Vaihde' : 'Switchboard'}: ${lang === 'fi' ? o.phoneFi : o.phoneEn} · ${o.email} · ${o.web}`,
  };
  const doc = newDocument({ title: n.title });
  const left = 20;
  const width = 170;
  let y = 22;
  const ensure = (h: number) => {
    if (y + h > 280) {
      doc.addPage();
      y = 20;
    }
  };
  doc.setFont(FONT, 'bold').setFontSize(15);
  for (const line of doc.splitTextToSize(n.title, width) as string[]) {
    doc.text(line, left, y);
    y += 7;
  }
  doc.setFont(FONT, 'normal').setFontSize(9).text(`${n.subtitle} · ${n.updated.replace('{{date}}', formatDate(today))}`, left, y);
  y += 9;
  for (const [key = '', heading = ''] of n.sections) {
    ensure(14);
    doc.setFont(FONT, 'bold').setFontSize(10.5).text(heading, left, y);
    y += 5.5;
    doc.setFont(FONT, 'normal').setFontSize(9.5);
    for (const para of (body[key] ?? '').split('\n')) {
      for (const line of (para ? doc.splitTextToSize(para, width) : ['']) as string[]) {
        ensure(5);
        doc.text(line, left, y);
        y += 4.6;
      }
    }
    y += 3.5;
  }
  return { filename: lang === 'fi' ? 'tietosuojaseloste.pdf' : 'privacy-notice.pdf', base64: toBase64(doc) };
}
