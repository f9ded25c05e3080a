// The short letter asking for a signed request: the notice demands access and rectification
// requests in writing and signed.
import type { RequestSummary } from '../../../../shared/api/privacy';
import type { Db } from '../../store/database';
import type { RenderWithCode } from '../issueDocument';
import { formatReceived, requesterAddress, signatureBlock, startPrivacyLetter, verificationLine } from '../privacyLetter';

export function signatureRequestLetter(db: Db, o: { request: RequestSummary; signer: string; today: string }): RenderWithCode {
  return (code) => {
    const lang = o.request.language;
    const p = startPrivacyLetter(db, { lang, title: '', request: o.request, recipient: requesterAddress(db, o.request), today: o.today });
    const { letter, k } = p;
    letter.paragraph(k('signatureRequest.title'), { bold: true, size: 12, gap: 1 });
    letter.paragraph(k('signatureRequest.subject'), { bold: true, gap: 4 });
    letter.paragraph(k('signatureRequest.body', { date: formatReceived(o.request), number: o.request.number }), { gap: 6 });
    signatureBlock(p, { name: o.signer });
    verificationLine(p, code);
    return letter.finish(`${lang === 'fi' ? 'allekirjoituspyynto' : 'signature-request'}-${o.request.number}.pdf`);
  };
}
