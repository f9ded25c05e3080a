// privacy.extract and privacy.portability: answering access and portability requests.
import { translator } from '../../../shared/i18n/translate';
import { helsinkiDate } from '../../../shared/format/dates';
import type { HandlerContext, HandlerMap } from '../context';
import { sessionOf } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import { issueDocument } from './issueDocument';
import { extractLetter } from './letters/extractLetter';
import { personData } from './personData';
import { portabilityZip } from './portability';
import { appendEvent } from './privacyLog';
import { loadRequest } from './requestsRepo';

function requestFor(ctx: HandlerContext, requestId: number, type: 'access' | 'portability') {
  const db = ctx.state.register.db();
  const r = loadRequest(db, requestId, helsinkiDate(ctx.state.now()));
  if (!r) throw fail('NOT_FOUND', 'requestNotFound');
  if (!r.types.includes(type)) throw fail('CONFLICT', type === 'access' ? 'notAccess' : 'notPortability');
  if (['completed', 'partly_completed', 'refused'].includes(r.status)) throw fail('CONFLICT', 'requestClosed');
  if (r.signatureMissing) throw fail('CONFLICT', 'signatureMissingBlocks');
  const data = r.customerId === null ? undefined : personData(db, r.customerId);
  if (!data) throw fail('CONFLICT', 'noCustomerForRequest');
  return { r, data };
}

function complete(ctx: HandlerContext, requestId: number, event: string, documentId: number) {
  const db = ctx.state.register.db();
  const me = sessionOf(ctx);
  const r = loadRequest(db, requestId, helsinkiDate(ctx.state.now()))!;
  // A request with several types stays open until the manager closes it.
  const status = r.types.length === 1 ? 'completed' : r.status === 'received' ? 'in_progress' : r.status;
  db.prepare('UPDATE privacy_requests SET status = ? WHERE id = ?').run(status, requestId);
  appendEvent(db, { at: ctx.state.now().toISOString(), requestId, event, status, userId: me.userId, details: { documentId } });
  recordAudit(ctx.state, { action: `privacy.${event}`, userId: me.userId, username: me.username, details: { requestId } });
}

export const accessHandlers: HandlerMap = {
  'privacy.extract': ({ requestId }, ctx) => {
    const { r, data } = requestFor(ctx, requestId, 'access');
    const db = ctx.state.register.db();
    const me = sessionOf(ctx);
    return db.transaction(() => {
      const doc = issueDocument(db, { requestId, kind: 'register-extract', pdf: extractLetter(db, { request: r, data, signer: me.fullName, today: helsinkiDate(ctx.state.now()) }), by: me.userId, at: ctx.state.now().toISOString() });
      complete(ctx, requestId, 'extract', doc.documentId);
      return doc;
    })();
  },
  'privacy.portability': ({ requestId }, ctx) => {
    const { r, data } = requestFor(ctx, requestId, 'portability');
    const db = ctx.state.register.db();
    const me = sessionOf(ctx);
    return db.transaction(() => {
      const doc = issueDocument(db, { requestId, kind: 'portability-export', pdf: () => portabilityZip(data, r.number, translator(r.language)('documents.files.portability')), by: me.userId, at: ctx.state.now().toISOString() });
      complete(ctx, requestId, 'portability', doc.documentId);
      return doc;
    })();
  },
};
