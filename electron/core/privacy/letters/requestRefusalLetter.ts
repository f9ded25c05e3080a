// The written notice of a refused request of any other kind — access, restriction, objection,
// portability, disclosure ban (GDPR Art. 12(4)): what was asked and when, the decision, the
// reasons, the right to complain to the Ombudsman and to go to court, the responsible person's
// signature and the verification code. Same letter parts as the correction refusal certificate.
import type { RequestRefusalReason, RequestSummary } from '../../../../shared/api/privacy';
import type { Db } from '../../store/database';
import type { RenderWithCode } from '../issueDocument';
import { bulletList, formatReceived, reasonsBlock, requesterAddress, signedClosing, startPrivacyLetter, titleBlock } from '../privacyLetter';

export function requestRefusalLetter(db: Db, o: { request: RequestSummary; reasons: RequestRefusalReason[]; reasonText: string; signer: string; today: string }): RenderWithCode {
  return (code) => {
    const lang = o.request.language;
    const p = startPrivacyLetter(db, { lang, title: '', request: o.request, recipient: requesterAddress(db, o.request), today: o.today });
    const { letter, k } = p;
    titleBlock(p, k('requestRefusal.title'), k('requestRefusal.subject'));
    letter.paragraph(k('requestRefusal.intro', { date: formatReceived(o.request), number: o.request.number }), { gap: 1 });
    bulletList(p, o.request.types.map((t) => k(`requestRefusal.types.${t}`)), o.request.details ? 1 : 2.5);
    if (o.request.details) letter.paragraph(`“${o.request.details}”`, { x: 24, width: 162, gap: 3 });
    letter.paragraph(k('requestRefusal.decision'), { bold: true, gap: 3 });
    const reasons = o.reasons.flatMap((r) => {
      switch (r) {
        case 'other':
          return [];
        // The same standard wording as the correction refusal.
        case 'identity_unverified':
          return [k('reasons.identity_unverified')];
        // Why the law's conditions for each right asked for are not met.
        case 'conditions_not_met':
          return o.request.types.map((t) => k(`requestRefusal.conditions.${t}`));
        default:
          return [k(`requestRefusal.reasons.${r}`)];
      }
    });
    reasonsBlock(p, k('requestRefusal.reasonsTitle'), reasons, o.reasonText);
    letter.paragraph(k('requestRefusal.legal'), { gap: 4 });
    signedClosing(p, { name: o.signer }, code);
    return letter.finish(`${lang === 'fi' ? 'pyynnon-epaaminen' : 'request-refusal'}-${o.request.number}.pdf`);
  };
}
