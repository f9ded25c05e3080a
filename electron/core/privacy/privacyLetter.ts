// The privacy panel's letters on the shared letter layout: the shop's letterhead, the requester's
// address in the envelope window, our reference (the request number), and the parts every such
// letter needs — the complaint block (the Ombudsman with full contact details, and the courts,
// GDPR Art. 12(4) and 79), the responsible person's signature block and the verification code.
import { postalLines } from '../../../shared/format/postalAddress';
import type { Language } from '../../../shared/api/fields';
import type { RequestSummary } from '../../../shared/api/privacy';
import type { Settings } from '../../../shared/api/settings';
import { formatDate } from '../../../shared/format/dates';
import { formatPhone, phoneFormFor } from '../../../shared/format/phone';
import { createLetter, letterDate, type Letter, type LetterSender } from '../documents/letterLayout';
import type { Db } from '../store/database';
import { loadSettings } from '../settings/settingsRepo';
import { translator } from '../../../shared/i18n/translate';
import { requesterDisplayName } from '../../../shared/privacy/redacted';

export function senderOf(s: Settings): LetterSender {
  const c = s.controller;
  return { name: c.name, street: c.street, postalCode: c.postalCode, city: c.city, businessId: c.businessId, phone: c.contactPhone, email: c.contactEmail };
}

/** A customer field's value as a letter in `lang` prints it: a phone number as the letterhead's is. */
export function fieldValueText(field: string, value: string | null, lang: Language): string {
  if (value === null || value === '') return '–';
  return field === 'phone' ? formatPhone(value, phoneFormFor(lang)) : value;
}

/** The reply address: the customer's postal address if linked, else what was written at intake. */
export function requesterAddress(db: Db, r: RequestSummary): string[] {
  const name = requesterDisplayName(r.requesterName, translator(r.language));
  if (r.customerId !== null) {
    const c = db.prepare('SELECT first_name, last_name, street, postal_code, city, country FROM customers WHERE id = ?').get(r.customerId) as
      | { first_name: string; last_name: string; street: string; postal_code: string; city: string; country: string }
      | undefined;
    if (c && c.street) return [name, ...postalLines({ street: c.street, postalCode: c.postal_code, city: c.city, country: c.country }, r.language)];
  }
  return [name, ...r.requesterAddress.split(/\n|,\s*/).map((l) => l.trim()).filter(Boolean)];
}

export interface PrivacyLetter {
  letter: Letter;
  settings: Settings;
  k: (key: string, params?: Record<string, unknown>) => string;
}

export function startPrivacyLetter(
  db: Db,
  o: { lang: Language; title: string; request: RequestSummary | null; recipient: string[]; today: string; extraMeta?: [string, string][] },
): PrivacyLetter {
  const settings = loadSettings(db);
  const t = translator(o.lang);
  const letter = createLetter({
    lang: o.lang,
    title: o.title,
    sender: senderOf(settings),
    recipient: o.recipient,
    meta: [
      [t('documents.letter.date'), letterDate(o.today)],
      ...(o.request ? ([[t('privacyLetters.common.ourReference'), o.request.number]] as [string, string][]) : []),
      ...(o.extraMeta ?? []),
    ],
  });
  return { letter, settings, k: (key, params) => letter.t(`privacyLetters.${key}`, params) };
}


export function heading(p: PrivacyLetter, text: string): void {
  p.letter.ensureSpace(10);
  p.letter.paragraph(text, { bold: true, size: 10.5, gap: 1.5 });
}

/** The letter's title and subject lines under the address block. */
export function titleBlock(p: PrivacyLetter, title: string, subject: string): void {
  p.letter.paragraph(title, { bold: true, size: 12, gap: 1 });
  p.letter.paragraph(subject, { bold: true, gap: 4 });
}

/** An indented list of bullets (what was asked, the reasons…), then a little air. */
export function bulletList(p: PrivacyLetter, lines: string[], after = 2.5): void {
  for (const l of lines) p.letter.paragraph(`• ${l}`, { x: 24, width: 162, gap: 0.8 });
  p.letter.y += after;
}

/** The reasons of a refusal (GDPR Art. 12(4)): a heading, the standard reasons chosen as bullets
 * and the manager's own words under them. */
export function reasonsBlock(p: PrivacyLetter, title: string, reasons: string[], reasonText: string): void {
  heading(p, title);
  for (const r of reasons) p.letter.paragraph(`• ${r}`, { x: 24, width: 162, gap: 0.8 });
  if (reasonText) p.letter.paragraph(reasonText, { x: 24, width: 162, gap: 0.8 });
  p.letter.y += 3;
}

function authorityLines(p: PrivacyLetter): string {
  const o = p.settings.ombudsman;
  const fi = p.letter.lang === 'fi';
  return [
    fi ? o.nameFi : o.nameEn,
    fi ? o.postalAddressFi : o.postalAddressEn,
    `${p.k('common.authorityVisiting')}: ${o.visitingAddress}`,
    `${p.k('common.authoritySwitchboard')}: ${fi ? o.phoneFi : o.phoneEn} · ${o.email} · ${o.web}`,
  ].join('\n');
}

/** The right to complain to the Ombudsman (full contact details) and to go to court. */
export function complaintBlock(p: PrivacyLetter): void {
  heading(p, p.k('common.complaintTitle'));
  p.letter.paragraph(p.k('common.complaint'), { gap: 1 });
  p.letter.paragraph(authorityLines(p), { gap: 4 });
}

/** Room the signature block and the verification line take (signatureBlock keeps them together). */
const SIGNATURE_HEIGHT = 38;

/**
 * The end of every signed letter: the right to complain, the signature and the verification code,
 * kept on one page. A signature never stands alone on a last page — a page without it would read as
 * an unsigned letter — so when the three do not fit, they move to the next page together.
 */
export function signedClosing(p: PrivacyLetter, signer: { name: string }, code: string): void {
  const complaint = 10 + p.letter.measure(p.k('common.complaint'), { gap: 1 }) + p.letter.measure(authorityLines(p), { gap: 4 });
  p.letter.ensureSpace(complaint + SIGNATURE_HEIGHT);
  complaintBlock(p);
  signatureBlock(p, signer);
  verificationLine(p, code);
}

/** Name, title and a line to sign on. */
export function signatureBlock(p: PrivacyLetter, signer: { name: string }): void {
  // Room for the verification line too: a code alone on a last page reads like a loose sheet.
  p.letter.ensureSpace(SIGNATURE_HEIGHT);
  p.letter.paragraph(p.k('common.greeting'), { gap: 12 });
  const { doc } = p.letter;
  doc.setDrawColor(0).setLineWidth(0.2).line(20, p.letter.y - 4, 95, p.letter.y - 4);
  p.letter.paragraph(signer.name, { bold: true, gap: 0.5 });
  p.letter.paragraph(`${p.k('common.signatureTitle')}, ${p.settings.controller.name}`, { gap: 4 });
}

export function verificationLine(p: PrivacyLetter, code: string): void {
  p.letter.ensureSpace(8);
  p.letter.paragraph(p.k('common.verification', { code }), { size: 8, gap: 1 });
}

export const formatReceived = (r: RequestSummary) => formatDate(r.receivedDate);
