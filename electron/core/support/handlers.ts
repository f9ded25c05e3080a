// support.*: the renderer's own unexpected errors into the log; the manager reads the log and
// saves a copy for support. Reading and saving are audited (the log is about the app, not about
// people, but who looked at it is still the register's business).
import type { HandlerMap } from '../context';
import { sessionOf } from '../context';
import { recordAudit } from '../audit/record';
import { helsinkiDate } from '../../../shared/format/dates';
import { newReference } from './reference';

export const supportHandlers: HandlerMap = {
  'support.reportError': ({ kind, name, frames }, { state }) => {
    const reference = newReference();
    // The frames were trimmed by the renderer and checked by the schema (shared/support/frames.ts).
    state.supportLog?.write('ERROR', 'error.renderer', { ref: reference, kind }, { name, frames });
    return { reference };
  },

  'support.log.read': ({ limit }, ctx) => {
    const entries = ctx.state.supportLog?.entries(limit) ?? [];
    const me = sessionOf(ctx);
    recordAudit(ctx.state, { action: 'support.log.view', userId: me.userId, username: me.username, details: { entries: entries.length } });
    return { entries, total: entries.length };
  },

  'support.log.export': (_p, ctx) => {
    const text = ctx.state.supportLog?.exportText() ?? '';
    const me = sessionOf(ctx);
    recordAudit(ctx.state, { action: 'support.log.export', userId: me.userId, username: me.username, details: { bytes: Buffer.byteLength(text, 'utf8') } });
    return { filename: `asiakasrekisteri-tukiloki-${helsinkiDate(ctx.state.now())}.txt`, base64: Buffer.from(text, 'utf8').toString('base64') };
  },
};
