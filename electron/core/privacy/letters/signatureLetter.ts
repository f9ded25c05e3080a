// The short letter asking the requester to confirm their identity: by a signed request (the way the
// shop's notice prefers) or an identity document shown at the counter. The GDPR lets a controller
// confirm identity but not refuse a request for its form (Art. 12(2), 12(6); EDPB Guidelines
// 01/2022 on the right of access), so the letter says the deadline already runs from receipt.
import type { RequestSummary } from '../../../../shared/api/privacy';
import type { Db } from '../../store/database';
import { formatDate } from '../../../../shared/format/dates';
import type { RenderWithCode } from '../issueDocument';
import { formatReceived, requesterAddress, signatureBlock, startPrivacyLetter, verificationLine } from '../privacyLetter';

export function signatureRequestLetter(db: Db, o: { request: RequestSummary; signer: string; today: string }): RenderWithCode {
  return (code) => {
    const lang = o.request.language;
    const p = startPrivacyLetter(db, { lang, title: '', request: o.request, recipient: requesterAddress(db, o.request), today: o.today });
    const { letter, k } = p;
    letter.paragraph(k('signatureRequest.title'), { bold: true, size: 12, gap: 1 });
    letter.paragraph(k('signatureRequest.subject'), { bold: true, gap: 4 });
    letter.paragraph(k('signatureRequest.body', { date: formatReceived(o.request), number: o.request.number }), { gap: 3 });
    // The deadline runs from receipt (GDPR Art. 12(3)); asking for a confirmation does not restart it.
    letter.paragraph(k('signatureRequest.deadline', { date: formatReceived(o.request), due: formatDate(o.request.effectiveDueDate) }), { gap: 6 });
    signatureBlock(p, { name: o.signer });
    verificationLine(p, code);
    return letter.finish(`${lang === 'fi' ? 'allekirjoituspyynto' : 'signature-request'}-${o.request.number}.pdf`);
  };
}
