// The notice to a person that the restriction of processing of their data will be lifted on a
// date (GDPR Art. 18(3): the controller informs the person before the restriction is lifted).
import { postalLines } from '../../../../shared/format/postalAddress';
import type { Language } from '../../../../shared/api/fields';
import type { RequestSummary } from '../../../../shared/api/privacy';
import { formatDate } from '../../../../shared/format/dates';
import type { CustomerPostalRow } from '../../customers/customersRepo';
import type { Db } from '../../store/database';
import type { RenderWithCode } from '../issueDocument';
import { requesterAddress, signedClosing, startPrivacyLetter } from '../privacyLetter';

type CustomerAddressRow = CustomerPostalRow & { customer_number: number };

/** The person's postal address from their customer record (the envelope window's lines). */
function customerAddress(c: CustomerAddressRow, lang: Language): string[] {
  return [`${c.first_name} ${c.last_name}`, ...postalLines({ street: c.street, postalCode: c.postal_code, city: c.city, country: c.country }, lang)];
}

export function liftNoticeLetter(
  db: Db,
  o: { customerId: number; request: RequestSummary | null; since: string; liftDate: string; signer: string; today: string },
): RenderWithCode & { lang: Language } {
  const c = db.prepare('SELECT customer_number, first_name, last_name, street, postal_code, city, country, language FROM customers WHERE id = ?').get(o.customerId) as CustomerAddressRow;
  // The language the person chose for their request; else the one on their customer record.
  const lang = o.request?.language ?? c.language;
  const render: RenderWithCode = (code) => {
    const recipient = o.request ? requesterAddress(db, o.request) : customerAddress(c, lang);
    const p = startPrivacyLetter(db, { lang, title: '', request: o.request, recipient, today: o.today });
    const { letter, k } = p;
    letter.paragraph(k('liftNotice.title'), { bold: true, size: 12, gap: 1 });
    letter.paragraph(k('liftNotice.subject'), { bold: true, gap: 4 });
    letter.paragraph(o.request ? k('liftNotice.introRequest', { since: formatDate(o.since), number: o.request.number }) : k('liftNotice.intro', { since: formatDate(o.since) }), { gap: 3 });
    letter.paragraph(k('liftNotice.lift', { date: formatDate(o.liftDate) }), { bold: true, gap: 3 });
    letter.paragraph(k('liftNotice.after'), { gap: 5 });
    signedClosing(p, { name: o.signer }, code);
    return letter.finish(`${lang === 'fi' ? 'rajoituksen-paattyminen' : 'restriction-lifted'}-${c.customer_number}.pdf`);
  };
  return Object.assign(render, { lang });
}
