// Letters to a recipient of the person's data (GDPR Art. 19): the data was erased, or its
// processing restricted — please do the same. The recipient is a business partner or an
// authority (bookkeeping, collection, credit checks), so the letter is in the shop's Finnish by
// default; the caller may choose English for a partner abroad. The person's own language does not
// matter here: the letter is not addressed to them.
import type { Language } from '../../../../shared/api/fields';
import type { NoticeRecipient } from '../../../../shared/api/recipients';
import { formatDate } from '../../../../shared/format/dates';
import { postalLines } from '../../../../shared/format/postalAddress';
import { translator } from '../../../../shared/i18n/translate';
import type { Db } from '../../store/database';
import type { RenderWithCode } from '../issueDocument';
import { heading, signatureBlock, startPrivacyLetter, verificationLine, type PrivacyLetter } from '../privacyLetter';

export interface RecipientLetterInput {
  lang: Language;
  recipient: NoticeRecipient;
  /** Read before any erasure; never stored. */
  person: { name: string; customerNumber: number };
  /** Our reference: the request's number, when the decision answered one. */
  requestNumber: string | null;
  signer: string;
  today: string;
}

/** Letterhead and meta rows: our reference (request, erasure), the recipient's own reference and
 * business ID. The address block is the recipient's name and postal address, for a window envelope
 * (the handlers refuse a letter to a recipient without one). */
function start(db: Db, o: RecipientLetterInput, extra: [string, string][] = []): PrivacyLetter {
  const t = translator(o.lang);
  const a = o.recipient.address;
  const meta: [string, string][] = [
    ...(o.requestNumber ? ([[t('privacyLetters.common.ourReference'), o.requestNumber]] as [string, string][]) : []),
    ...extra,
    ...(o.recipient.reference ? ([[t('privacyLetters.recipientNotice.yourReference'), o.recipient.reference]] as [string, string][]) : []),
    // A Finnish company's ID is its Y-tunnus; a foreign one's is named generically.
    ...(a?.businessId ? ([[t(a.country === 'FI' ? 'privacyLetters.recipientNotice.businessId' : 'privacyLetters.recipientNotice.businessIdForeign'), a.businessId]] as [string, string][]) : []),
  ];
  const block = [o.recipient.recipient, ...(a ? postalLines(a, o.lang) : [])];
  return startPrivacyLetter(db, { lang: o.lang, title: '', request: null, recipient: block, today: o.today, extraMeta: meta });
}

function personAndDisclosure(p: PrivacyLetter, o: RecipientLetterInput): void {
  const { letter, k } = p;
  letter.paragraph(`${k('recipientNotice.person')}: ${o.person.name} (${k('recipientNotice.customerNumber')} ${o.person.customerNumber})`, { gap: 2.5 });
  heading(p, k('recipientNotice.disclosed'));
  const categories = o.recipient.dataCategories.map((c) => k(`recipientNotice.categories.${c}`)).join(', ');
  letter.paragraph(`• ${k('recipientNotice.disclosedLine', { date: formatDate(o.recipient.date), categories, purpose: o.recipient.purpose })}`, { x: 24, width: 162, gap: 3 });
}

export function erasureRecipientLetter(db: Db, o: RecipientLetterInput & { erasureNumber: string; partial: boolean }): RenderWithCode {
  return (code) => {
    const p = start(db, o, [[translator(o.lang)('privacyLetters.recipientNotice.erasureNumber'), o.erasureNumber]]);
    const { letter, k } = p;
    letter.paragraph(k('recipientNotice.erasure.title'), { bold: true, size: 12, gap: 1 });
    letter.paragraph(k('recipientNotice.erasure.subject'), { bold: true, gap: 4 });
    letter.paragraph(k('recipientNotice.erasure.intro', { number: o.requestNumber ?? o.erasureNumber, date: formatDate(o.today) }), { gap: 3 });
    personAndDisclosure(p, o);
    if (o.partial) letter.paragraph(k('recipientNotice.erasure.partial'), { gap: 3 });
    letter.paragraph(k('recipientNotice.erasure.ask'), { gap: 6 });
    signatureBlock(p, { name: o.signer });
    verificationLine(p, code);
    // The file name names the erasure and the disclosure, never the person.
    return letter.finish(`${o.lang === 'fi' ? 'poistoilmoitus' : 'erasure-notice'}-${o.erasureNumber}-${o.recipient.disclosureId}.pdf`);
  };
}

export function restrictionRecipientLetter(db: Db, o: RecipientLetterInput & { since: string }): RenderWithCode {
  return (code) => {
    const p = start(db, o);
    const { letter, k } = p;
    letter.paragraph(k('recipientNotice.restriction.title'), { bold: true, size: 12, gap: 1 });
    letter.paragraph(k('recipientNotice.restriction.subject'), { bold: true, gap: 4 });
    letter.paragraph(k('recipientNotice.restriction.intro', { date: formatDate(o.since) }), { gap: 3 });
    personAndDisclosure(p, o);
    letter.paragraph(k('recipientNotice.restriction.ask'), { gap: 6 });
    signatureBlock(p, { name: o.signer });
    verificationLine(p, code);
    return letter.finish(`${o.lang === 'fi' ? 'rajoitusilmoitus' : 'restriction-notice'}-${o.person.customerNumber}-${o.recipient.disclosureId}.pdf`);
  };
}
