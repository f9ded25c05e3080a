// privacy.log.*: verify the chain; print and export the log.
import { helsinkiDate } from '../../../shared/format/dates';
import type { HandlerMap } from '../context';
import { sessionOf } from '../context';
import { recordAudit } from '../audit/record';
import { logCsv, logPdf } from './logReport';
import { verifyLog } from './privacyLog';
import { noticePdf } from './noticePdf';
import { loadSettings } from '../settings/settingsRepo';

export const logHandlers: HandlerMap = {
  'privacy.notice': ({ language }, { state }) => noticePdf(loadSettings(state.register.db()), language, helsinkiDate(state.now())),
  'privacy.log.verify': (_p, { state }) => verifyLog(state.register.db()),
  'privacy.log.pdf': (f, ctx) => {
    const me = sessionOf(ctx);
    recordAudit(ctx.state, { action: 'privacy.log.print', userId: me.userId, username: me.username, details: { names: f.names } });
    return logPdf(ctx.state.register.db(), f, ctx.state.now(), helsinkiDate(ctx.state.now()));
  },
  'privacy.log.csv': (f, ctx) => {
    const me = sessionOf(ctx);
    recordAudit(ctx.state, { action: 'privacy.log.export', userId: me.userId, username: me.username, details: { names: f.names } });
    return logCsv(ctx.state.register.db(), f, helsinkiDate(ctx.state.now()));
  },
};
