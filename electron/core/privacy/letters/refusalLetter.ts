// The written certificate of a refused (or partly refused) correction: what was asked and when,
// the decision, the reasons, the right to complain, the responsible person's signature.
import type { RequestSummary } from '../../../../shared/api/privacy';
import type { Db } from '../../store/database';
import { fieldValueText, formatReceived, reasonsBlock, requesterAddress, signedClosing, startPrivacyLetter, titleBlock } from '../privacyLetter';
import type { RenderWithCode } from '../issueDocument';

export function refusalLetter(
  db: Db,
  o: { request: RequestSummary; asked: { field: string; requestedValue: string }[]; applied: string[]; reasons: string[]; reasonText: string; signer: string; today: string },
): RenderWithCode {
  return (code) => {
    const lang = o.request.language;
    const p = startPrivacyLetter(db, { lang, title: '', request: o.request, recipient: requesterAddress(db, o.request), today: o.today });
    const { letter, k } = p;
    titleBlock(p, k('refusal.title'), k('refusal.subject'));
    letter.paragraph(k('refusal.intro', { date: formatReceived(o.request), number: o.request.number }), { gap: 3 });
    if (o.asked.length > 0) {
      letter.paragraph(k('refusal.asked'), { gap: 1 });
      for (const a of o.asked) letter.paragraph(`• ${k(`fields.${a.field}`)}: ${fieldValueText(a.field, a.requestedValue, lang)}`, { x: 24, width: 162, gap: 0.5 });
      letter.y += 2.5;
    } else if (o.request.details) {
      letter.paragraph(`“${o.request.details}”`, { x: 24, width: 162, gap: 3 });
    }
    letter.paragraph(
      o.applied.length > 0 ? k('refusal.decisionPartly', { applied: o.applied.map((f) => k(`fields.${f}`)).join(', ') }) : k('refusal.decisionRefused'),
      { bold: true, gap: 3 },
    );
    reasonsBlock(p, k('refusal.reasonsTitle'), o.reasons.filter((x) => x !== 'other').map((r) => k(`reasons.${r}`)), o.reasonText);
    signedClosing(p, { name: o.signer }, code);
    return letter.finish(`${lang === 'fi' ? 'korjauspyynnon-epaaminen' : 'rectification-refusal'}-${o.request.number}.pdf`);
  };
}
