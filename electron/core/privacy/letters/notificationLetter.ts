// Notice of rectification to a party the data came from or was disclosed to (GDPR Art. 19).
import type { RecipientAddress } from '../../../../shared/api/disclosures';
import type { RequestSummary } from '../../../../shared/api/privacy';
import { postalLines } from '../../../../shared/format/postalAddress';
import type { Db } from '../../store/database';
import { fieldValueText, signatureBlock, startPrivacyLetter, verificationLine } from '../privacyLetter';
import type { RenderWithCode } from '../issueDocument';

export function notificationLetter(
  db: Db,
  o: { request: RequestSummary; recipientName: string; address: RecipientAddress | null; personName: string; corrected: { field: string; value: string }[]; signer: string; today: string },
): RenderWithCode {
  return (code) => {
    // To a business partner: Finnish unless the request itself was in English.
    const p = startPrivacyLetter(db, { lang: o.request.language, title: '', request: o.request, recipient: [o.recipientName, ...(o.address ? postalLines(o.address, o.request.language) : [])], today: o.today });
    const { letter, k } = p;
    letter.paragraph(k('notification.title'), { bold: true, size: 12, gap: 1 });
    letter.paragraph(k('notification.subject'), { bold: true, gap: 4 });
    letter.paragraph(k('notification.intro', { number: o.request.number }), { gap: 3 });
    letter.paragraph(`${k('notification.person')}: ${o.personName}`, { gap: 2 });
    letter.paragraph(`${k('notification.corrected')}:`, { bold: true, gap: 1 });
    for (const c of o.corrected) letter.paragraph(`• ${k(`fields.${c.field}`)}: ${fieldValueText(c.field, c.value, o.request.language)}`, { x: 24, width: 162, gap: 0.5 });
    letter.y += 3;
    letter.paragraph(k('notification.ask'), { gap: 6 });
    signatureBlock(p, { name: o.signer });
    verificationLine(p, code);
    return letter.finish(`${o.request.language === 'fi' ? 'korjausilmoitus' : 'rectification-notice'}-${o.request.number}.pdf`);
  };
}
