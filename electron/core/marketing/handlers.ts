// marketing.labels.*: mailing labels for direct mail, honouring every prohibition by itself.
import type { HandlerMap } from '../context';
import { sessionOf } from '../context';
import { recordAudit } from '../audit/record';
import { translator } from '../../../shared/i18n/translate';
import { selectForLabels } from './labelSelection';
import { labelSheet } from './labelSheet';

export const marketingHandlers: HandlerMap = {
  'marketing.labels.preview': (f, { state }) => selectForLabels(state.register.db(), f).preview,
  'marketing.labels.pdf': (f, ctx) => {
    const { preview, rows } = selectForLabels(ctx.state.register.db(), f);
    const me = sessionOf(ctx);
    // The run is recorded: which filters, how many labels, how many left out and why.
    recordAudit(ctx.state, { action: 'marketing.labels', userId: me.userId, username: me.username, details: { filters: f, included: preview.included, excluded: preview.excluded } });
    const t = translator(ctx.lang);
    return { ...preview, ...labelSheet(rows, t('documents.labels.title'), `${t('documents.files.labels')}.pdf`) };
  },
};
