// privacy.requests.*: the signed-request log at the counter and at the manager's desk.
import { createHash } from 'node:crypto';
import { helsinkiDate } from '../../../shared/format/dates';
import { FINAL_STATUSES, type RequestStatus } from '../../../shared/api/privacy';
import type { Prohibitions } from '../../../shared/api/customers';
import { endOfWeek, extendedDueDate } from '../../../shared/privacy/deadlines';
import type { HandlerContext, HandlerMap } from '../context';
import { sessionOf } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import type { Db } from '../store/database';
import * as customers from '../customers/customersRepo';
import { checkAttachment } from './attachments';
import { loadDocument } from './documentsRepo';
import { appendEvent, intakeHash } from './privacyLog';
import { insertRequest, listRequests, loadRequest, signatureMissing } from './requestsRepo';
import { issueDocument } from './issueDocument';
import { signatureRequestLetter } from './letters/signatureLetter';
import { requestRefusalLetter } from './letters/requestRefusalLetter';
import { combinedStatus } from '../../../shared/privacy/outcomes';

const today = (ctx: HandlerContext) => helsinkiDate(ctx.state.now());

function mustLoad(ctx: HandlerContext, id: number) {
  const r = loadRequest(ctx.state.register.db(), id, today(ctx));
  if (!r) throw fail('NOT_FOUND', 'requestNotFound');
  return r;
}

function audit(ctx: HandlerContext, action: string, details: Record<string, unknown>) {
  const s = sessionOf(ctx);
  recordAudit(ctx.state, { action, userId: s.userId, username: s.username, details });
}

const ORDER: Record<RequestStatus, number> = { received: 0, in_progress: 1, completed: 2, partly_completed: 2, refused: 2 };

export const requestHandlers: HandlerMap = {
  'privacy.requests.create': (input, ctx) => {
    const db = ctx.state.register.db();
    if (input.customerId !== null && !customers.getRow(db, input.customerId)) {
      throw fail('VALIDATION', 'customerNotFound', {}, { fields: { customerId: 'customerNotFound' } });
    }
    const me = sessionOf(ctx);
    const id = db.transaction(() => {
      const newId = insertRequest(db, input, me.userId, ctx.state.now().toISOString());
      audit(ctx, 'privacy.request.create', { requestId: newId, types: input.types });
      return newId;
    })();
    return mustLoad(ctx, id);
  },

  'privacy.requests.get': ({ id }, ctx) => mustLoad(ctx, id),

  'privacy.requests.list': ({ view, customerId, limit }, ctx) => {
    const t = today(ctx);
    return listRequests(ctx.state.register.db(), view, t, endOfWeek(t), limit, customerId);
  },

  'privacy.requests.summary': (_p, ctx) => {
    const db = ctx.state.register.db();
    const t = today(ctx);
    const open = listRequests(db, 'open', t, endOfWeek(t), 100_000);
    return {
      open: open.length,
      dueThisWeek: listRequests(db, 'dueThisWeek', t, endOfWeek(t), 100_000).length,
      overdue: open.filter((r) => r.overdue).length,
      signatureMissing: open.filter((r) => r.signatureMissing).length,
    };
  },

  'privacy.requests.setStatus': ({ id, status, note }, ctx) => {
    const r = mustLoad(ctx, id);
    if (FINAL_STATUSES.includes(r.status)) throw fail('CONFLICT', 'requestClosed');
    if (ORDER[status] < ORDER[r.status] || status === r.status) throw fail('CONFLICT', 'statusOrder');
    if ((status === 'completed' || status === 'partly_completed') && r.signatureMissing) throw fail('CONFLICT', 'signatureMissingBlocks');
    const db = ctx.state.register.db();
    const me = sessionOf(ctx);
    db.transaction(() => {
      db.prepare('UPDATE privacy_requests SET status = ?, outcome_note = ? WHERE id = ?').run(status, note, id);
      appendEvent(db, { at: ctx.state.now().toISOString(), requestId: id, event: 'status', status, userId: me.userId, details: { note } });
      audit(ctx, 'privacy.request.status', { requestId: id, status });
    })();
    return mustLoad(ctx, id);
  },

  // GDPR Art. 12(4): a refusal is given in writing, with its reasons and the right to complain to
  // the Ombudsman and to go to court. Rectification and erasure have their own refusal letters.
  'privacy.requests.refuse': ({ id, reasons, reasonText }, ctx) => {
    const r = mustLoad(ctx, id);
    if (FINAL_STATUSES.includes(r.status)) throw fail('CONFLICT', 'requestClosed');
    if (r.types.includes('rectification') || r.types.includes('erasure')) throw fail('CONFLICT', 'refuseInOwnFlow');
    const db = ctx.state.register.db();
    const me = sessionOf(ctx);
    const at = ctx.state.now().toISOString();
    return db.transaction(() => {
      const notice = issueDocument(db, {
        requestId: id,
        kind: 'request-refusal',
        pdf: requestRefusalLetter(db, { request: r, reasons, reasonText, signer: me.fullName, today: today(ctx) }),
        by: me.userId,
        at,
      });
      // What is still open is refused; a right already answered (an extract) keeps the whole partly completed.
      const status = combinedStatus('refused', r.outcomes);
      db.prepare('UPDATE privacy_requests SET status = ?, outcome_note = ? WHERE id = ?').run(status, reasonText, id);
      appendEvent(db, { at, requestId: id, event: 'status', status, userId: me.userId, details: { note: reasonText, reasons, kind: 'request-refusal', documentId: notice.documentId } });
      audit(ctx, 'privacy.request.refuse', { requestId: id, reasons, documentId: notice.documentId });
      return { request: mustLoad(ctx, id), notice };
    })();
  },

  'privacy.requests.extend': ({ id, reason }, ctx) => {
    const r = mustLoad(ctx, id);
    if (FINAL_STATUSES.includes(r.status)) throw fail('CONFLICT', 'requestClosed');
    if (r.extension) throw fail('CONFLICT', 'extensionUsed');
    if (today(ctx) > r.dueDate) throw fail('CONFLICT', 'extensionLate', { due: r.dueDate.split('-').reverse().map(Number).join('.') });
    const db = ctx.state.register.db();
    const me = sessionOf(ctx);
    const at = ctx.state.now().toISOString();
    const newDue = extendedDueDate(r.receivedDate);
    db.transaction(() => {
      db.prepare('UPDATE privacy_requests SET extended_due_date = ?, extension_reason = ?, extended_by = ?, extended_at = ? WHERE id = ?').run(newDue, reason, me.userId, at, id);
      appendEvent(db, { at, requestId: id, event: 'extended', userId: me.userId, details: { dueDate: newDue, reason } });
      audit(ctx, 'privacy.request.extend', { requestId: id });
    })();
    return mustLoad(ctx, id);
  },

  'privacy.requests.attach': ({ id, filename, base64 }, ctx) => {
    mustLoad(ctx, id);
    const bytes = Buffer.from(base64, 'base64');
    const check = checkAttachment(bytes);
    if (!check.ok) throw fail('VALIDATION', check.key, {}, { fields: { base64: check.key } });
    const db = ctx.state.register.db();
    const me = sessionOf(ctx);
    const at = ctx.state.now().toISOString();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    db.transaction(() => {
      const info = db
        .prepare('INSERT INTO privacy_attachments (request_id, filename, mime_type, size, sha256, data, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, filename, check.mimeType, bytes.length, sha256, bytes, at, me.userId);
      appendEvent(db, { at, requestId: id, event: 'attachment', userId: me.userId, details: { attachmentId: Number(info.lastInsertRowid), sha256, size: bytes.length } });
      audit(ctx, 'privacy.request.attach', { requestId: id });
    })();
    return mustLoad(ctx, id);
  },

  'privacy.requests.attachment': ({ id, attachmentId }, ctx) => {
    const row = ctx.state.register.db().prepare('SELECT filename, mime_type, data FROM privacy_attachments WHERE id = ? AND request_id = ?').get(attachmentId, id) as
      | { filename: string; mime_type: string; data: Buffer }
      | undefined;
    if (!row) throw fail('NOT_FOUND', 'attachmentNotFound');
    audit(ctx, 'privacy.request.viewAttachment', { requestId: id, attachmentId });
    return { filename: row.filename, mimeType: row.mime_type, base64: row.data.toString('base64') };
  },

  'privacy.requests.markSigned': ({ id, note, identityDocument }, ctx) => {
    const r = mustLoad(ctx, id);
    if (r.signed || (identityDocument && !r.signatureMissing)) throw fail('CONFLICT', 'alreadySigned');
    const db = ctx.state.register.db();
    const me = sessionOf(ctx);
    db.transaction(() => {
      if (identityDocument) {
        // Identity confirmed at the counter: who checked and the kind of document, never its number.
        db.prepare(`UPDATE privacy_requests SET identity_method = 'id_document', identity_document = ?, identity_checked_by = ? WHERE id = ?`).run(identityDocument, me.userId, id);
        appendEvent(db, { at: ctx.state.now().toISOString(), requestId: id, event: 'identity-confirmed', userId: me.userId, details: { identityDocument, note, intakeHash: intakeHash(db, id) } });
        audit(ctx, 'privacy.request.identityConfirmed', { requestId: id, identityDocument });
        return;
      }
      db.prepare('UPDATE privacy_requests SET signed = 1 WHERE id = ?').run(id);
      appendEvent(db, { at: ctx.state.now().toISOString(), requestId: id, event: 'signed', userId: me.userId, details: { note } });
      audit(ctx, 'privacy.request.signed', { requestId: id });
    })();
    return mustLoad(ctx, id);
  },

  'privacy.requests.signatureLetter': ({ id }, ctx) => {
    const r = mustLoad(ctx, id);
    if (!r.signatureMissing) throw fail('CONFLICT', 'alreadySigned');
    const db = ctx.state.register.db();
    const me = sessionOf(ctx);
    const at = ctx.state.now().toISOString();
    return db.transaction(() => {
      const doc = issueDocument(db, { requestId: id, kind: 'signature-request', pdf: signatureRequestLetter(db, { request: r, signer: me.fullName, today: today(ctx) }), by: me.userId, at });
      appendEvent(db, { at, requestId: id, event: 'document', userId: me.userId, details: { kind: 'signature-request', documentId: doc.documentId } });
      audit(ctx, 'privacy.document.issue', { requestId: id, kind: 'signature-request' });
      return doc;
    })();
  },

  'privacy.requests.applyProhibitions': ({ id, prohibitions, restrict }, ctx) => {
    const r = mustLoad(ctx, id);
    if (r.customerId === null) throw fail('CONFLICT', 'noCustomerForRequest');
    const me = sessionOf(ctx);
    if (restrict && me.role !== 'manager') throw fail('FORBIDDEN', 'forbidden');
    const db: Db = ctx.state.register.db();
    const row = customers.getRow(db, r.customerId)!;
    const at = ctx.state.now().toISOString();
    const next: Prohibitions = { ...customers.prohibitionsOf(row) };
    for (const p of prohibitions) next[p] = true;
    db.transaction(() => {
      const reason = `request:${r.number}`;
      const changed = customers.setProhibitions(db, r.customerId!, next, me.userId, at, reason);
      if (restrict && !row.restriction_date) customers.setRestriction(db, r.customerId!, true, `${reason} ${r.details}`.slice(0, 500), me.userId, at);
      appendEvent(db, { at, requestId: id, event: 'applied', userId: me.userId, details: { prohibitions: changed, restricted: restrict } });
      audit(ctx, 'privacy.request.apply', { requestId: id, customerId: r.customerId, prohibitions: changed, restricted: restrict });
    })();
    return mustLoad(ctx, id);
  },

  'privacy.requests.document': ({ id, documentId }, ctx) => {
    const doc = loadDocument(ctx.state.register.db(), id, documentId);
    if (!doc) throw fail('NOT_FOUND', 'documentNotFound');
    return { filename: doc.filename, base64: doc.data.toString('base64') };
  },
};

export { signatureMissing };
