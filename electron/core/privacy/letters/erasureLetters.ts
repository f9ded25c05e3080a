// The erasure certificate (what was erased, what was kept, why and until when, who did it) and
// the notice of a refused erasure (the reasons, the right to complain).
import type { RequestSummary } from '../../../../shared/api/privacy';
import type { ErasureBlockers } from '../../../../shared/api/erasure';
import { formatDate, formatInstant } from '../../../../shared/format/dates';
import { formatMoney } from '../../../../shared/format/money';
import type { Db } from '../../store/database';
import type { RenderWithCode } from '../issueDocument';
import { formatReceived, heading, signedClosing, startPrivacyLetter } from '../privacyLetter';
import type { ErasureOutcome } from '../erase';

const CATEGORY: Record<'fi' | 'en', Record<string, string>> = {
  fi: {
    identity: 'nimi ja asiakastunnistetiedot',
    contact: 'sähköposti, puhelinnumero ja postiosoite',
    organisation: 'edustamanne yhteisö ja yhteyshenkilöroolit',
    sources: 'tietolähteet',
    history: 'tietojen muutoshistoria',
    prohibitions: 'kiellot ja rajoitukset',
    requests: 'pyyntöjenne sisältö ja yhteystiedot (pyyntöjen päivämäärät ja ratkaisut säilyvät lokissa ilman henkilötietoja)',
    scans: 'pyyntöjenne skannatut liitteet',
    orders: 'tilauksiin liittyvät vapaat tekstit ja keskeneräiset tilaukset',
  },
  en: {
    identity: 'name and customer identification data',
    contact: 'email, phone number and postal address',
    organisation: 'the organisation you represent and contact-person roles',
    sources: 'the sources of the data',
    history: 'the history of changes to your data',
    prohibitions: 'prohibitions and restrictions',
    requests: 'the content and contact details of your requests (their dates and decisions stay in the log without personal data)',
    scans: 'scanned attachments of your requests',
    orders: 'free text in orders and unfinished orders',
  },
};

export function erasureCertificate(
  db: Db,
  o: {
    request: RequestSummary;
    recipient: string[];
    number: string;
    at: string;
    outcome: ErasureOutcome;
    signer: string;
    today: string;
    /** Everyone the data was disclosed to (GDPR Art. 19), and whether the person asked who they are. */
    recipients: { name: string; date: string }[];
    listRecipients: boolean;
  },
): RenderWithCode {
  return (code) => {
    const lang = o.request.language;
    const p = startPrivacyLetter(db, { lang, title: '', request: o.request, recipient: o.recipient, today: o.today, extraMeta: [[lang === 'fi' ? 'Todistus' : 'Certificate', o.number]] });
    const { letter, k } = p;
    letter.paragraph(k('certificate.title'), { bold: true, size: 12, gap: 1 });
    letter.paragraph(k('certificate.subject'), { bold: true, gap: 4 });
    letter.paragraph(k('certificate.intro', { date: formatReceived(o.request), number: o.request.number }), { gap: 3 });
    letter.paragraph(`${k('certificate.number')}: ${o.number}`, { gap: 0.5 });
    letter.paragraph(`${k('certificate.erasedAt')}: ${formatInstant(o.at, lang)}`, { gap: 0.5 });
    letter.paragraph(`${k('certificate.performedBy')}: ${o.signer}`, { gap: 3 });
    heading(p, k('certificate.erasedTitle'));
    for (const c of o.outcome.erased) letter.paragraph(`• ${CATEGORY[lang][c] ?? c}`, { x: 24, width: 162, gap: 0.5 });
    letter.y += 2.5;
    heading(p, k('certificate.keptTitle'));
    if (o.outcome.kept.length === 0) letter.paragraph(k('certificate.keptNone'), { gap: 3 });
    for (const kept of o.outcome.kept) {
      const what = lang === 'fi' ? `Laskun ${kept.what.replace('invoice ', '')} ostajatiedot (nimi ja osoite)` : `The buyer data (name and address) on invoice ${kept.what.replace('invoice ', '')}`;
      const basis = lang === 'fi' ? 'kirjanpitolaki 2:10 (tositteiden säilytys)' : 'Accounting Act 2:10 (retention of vouchers)';
      letter.paragraph(`• ${k('certificate.kept', { what, basis, until: formatDate(kept.until) })}`, { x: 24, width: 162, gap: 0.8 });
    }
    letter.y += 2.5;
    letter.paragraph(k('certificate.fingerprints'), { gap: 2 });
    heading(p, k('certificate.recipientsTitle'));
    if (o.recipients.length === 0) letter.paragraph(k('certificate.recipientsNone'), { gap: 2 });
    else {
      letter.paragraph(k('certificate.recipientsTold', { count: o.recipients.length }), { gap: 1.5 });
      if (o.listRecipients) {
        letter.paragraph(k('certificate.recipientsListed'), { gap: 0.8 });
        for (const r of o.recipients) letter.paragraph(`• ${k('certificate.recipient', { name: r.name, date: formatDate(r.date) })}`, { x: 24, width: 162, gap: 0.5 });
        letter.y += 1.5;
      } else letter.paragraph(k('certificate.recipientsOnRequest'), { gap: 2 });
    }
    letter.y += 1;
    letter.paragraph(k('certificate.onlyCopy'), { gap: 1.5 });
    letter.paragraph(k('certificate.free'), { gap: 5 });
    signedClosing(p, { name: o.signer }, code);
    return letter.finish(`${lang === 'fi' ? 'poistotodistus' : 'erasure-certificate'}-${o.number}.pdf`);
  };
}

export function erasureRefusalNotice(db: Db, o: { request: RequestSummary; recipient: string[]; blockers: ErasureBlockers; reasonText: string; signer: string; today: string }): RenderWithCode {
  return (code) => {
    const lang = o.request.language;
    const fi = lang === 'fi';
    const p = startPrivacyLetter(db, { lang, title: '', request: o.request, recipient: o.recipient, today: o.today });
    const { letter, k } = p;
    letter.paragraph(k('erasureRefusal.title'), { bold: true, size: 12, gap: 1 });
    letter.paragraph(k('erasureRefusal.subject'), { bold: true, gap: 4 });
    letter.paragraph(k('erasureRefusal.intro', { date: formatReceived(o.request), number: o.request.number }), { gap: 3 });
    letter.paragraph(k('erasureRefusal.decision'), { bold: true, gap: 3 });
    heading(p, k('erasureRefusal.reasonsTitle'));
    const b = o.blockers;
    const lines: string[] = [
      ...b.openInvoices.map((i) =>
        fi
          ? `Lasku ${i.number} on avoinna (${formatMoney(i.openCents)}${i.dueDate ? `, eräpäivä ${formatDate(i.dueDate)}` : ''}). Tietosuojaselosteen mukaan tietoja ei poisteta, kun avoimet laskut estävät sen.`
          : `Invoice ${i.number} is open (${formatMoney(i.openCents)}${i.dueDate ? `, due ${formatDate(i.dueDate)}` : ''}). Under our privacy notice data is not erased while open invoices prevent it.`,
      ),
      ...b.inCollection.map((i) =>
        fi ? `Lasku ${i.number} on perinnässä (${i.agency}, ${formatDate(i.since)} alkaen).` : `Invoice ${i.number} is in debt collection (${i.agency}, since ${formatDate(i.since)}).`,
      ),
      ...b.activeContactRoles.map((r) =>
        fi
          ? `Toimitte yhteisön ${r.organizationName} yhteyshenkilönä; tietojanne ei voida poistaa tänä aikana.`
          : `You are a contact person of ${r.organizationName}; your data cannot be erased while that lasts.`,
      ),
      ...b.legalHolds.map((h) => (fi ? `Lakisääteinen säilytysvelvoite: ${h.reason}${h.until ? ` (${formatDate(h.until)} asti)` : ''}.` : `Legal obligation to keep the data: ${h.reason}${h.until ? ` (until ${formatDate(h.until)})` : ''}.`)),
    ];
    for (const l of lines) letter.paragraph(`• ${l}`, { x: 24, width: 162, gap: 0.8 });
    if (o.reasonText) letter.paragraph(o.reasonText, { x: 24, width: 162, gap: 0.8 });
    letter.y += 2;
    letter.paragraph(k('erasureRefusal.later'), { gap: 4 });
    signedClosing(p, { name: o.signer }, code);
    return letter.finish(`${fi ? 'poiston-epaaminen' : 'erasure-refusal'}-${o.request.number}.pdf`);
  };
}
