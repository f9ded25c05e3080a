// privacy.recipients.* and privacy.restriction.*: telling recipients of the person's data about an
// erasure or a restriction (GDPR Art. 19), and telling the person before a restriction is lifted
// (Art. 18(3)). The erasure's own letters are rendered by privacy.erasure.execute, in the same
// call as the erasure, because afterwards the register no longer knows whom to name.
import { helsinkiDate } from '../../../shared/format/dates';
import type { NoticeContext } from '../../../shared/api/recipients';
import type { HandlerContext, HandlerMap } from '../context';
import { sessionOf } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import { getRow } from '../customers/customersRepo';
import { loadSummary } from './requestsRepo';
import { liftNoticeLetter } from './letters/liftNoticeLetter';
import { restrictionRecipientLetter } from './letters/recipientNotices';
import { appendEvent } from './privacyLog';
import { contextRequestId, issueCustomerDocument, mustHaveAddresses, noticeRecipients, recordLetterIssued, recordNotNotified } from './recipients';

const today = (ctx: HandlerContext) => helsinkiDate(ctx.state.now());

/** The customer as the context needs them: erased for an erasure, restricted for a restriction. */
function mustCustomer(ctx: HandlerContext, customerId: number, context: NoticeContext) {
  const row = getRow(ctx.state.register.db(), customerId);
  if (!row) throw fail('NOT_FOUND', 'customerNotFound');
  if (context === 'erasure' && !row.erased_at) throw fail('CONFLICT', 'notErased');
  if (context === 'restriction' && (row.erased_at || !row.restriction_date)) throw fail('CONFLICT', 'notRestricted');
  return row as typeof row & { restriction_date: string };
}

function mustRecipient(ctx: HandlerContext, customerId: number, context: NoticeContext, disclosureId: number) {
  const r = noticeRecipients(ctx.state.register.db(), customerId, context).find((x) => x.disclosureId === disclosureId);
  if (!r) throw fail('NOT_FOUND', 'disclosureNotForCustomer');
  return r;
}

export const recipientHandlers: HandlerMap = {
  'privacy.recipients.list': ({ customerId, context }, ctx) => {
    mustCustomer(ctx, customerId, context);
    return noticeRecipients(ctx.state.register.db(), customerId, context);
  },

  'privacy.recipients.notNotified': ({ customerId, context, disclosureId, reason, note }, ctx) => {
    mustCustomer(ctx, customerId, context);
    mustRecipient(ctx, customerId, context, disclosureId);
    const db = ctx.state.register.db();
    const me = sessionOf(ctx);
    const at = ctx.state.now().toISOString();
    db.transaction(() => {
      recordNotNotified(db, { customerId, context, disclosureId, reason, note, userId: me.userId, at });
      recordAudit(ctx.state, { action: 'privacy.recipient.notNotified', userId: me.userId, username: me.username, details: { customerId, context, disclosureId, reason } });
    })();
    return mustRecipient(ctx, customerId, context, disclosureId);
  },

  'privacy.restriction.notificationLetter': ({ customerId, disclosureId, language }, ctx) => {
    const row = mustCustomer(ctx, customerId, 'restriction');
    const recipient = mustRecipient(ctx, customerId, 'restriction', disclosureId);
    mustHaveAddresses([recipient]);
    const db = ctx.state.register.db();
    const me = sessionOf(ctx);
    const at = ctx.state.now().toISOString();
    const requestId = contextRequestId(db, customerId, 'restriction');
    const requestNumber = requestId === null ? null : (loadSummary(db, requestId, today(ctx))?.number ?? null);
    return db.transaction(() => {
      const pdf = restrictionRecipientLetter(db, {
        lang: language,
        recipient,
        person: { name: `${row.first_name} ${row.last_name}`, customerNumber: row.customer_number },
        requestNumber,
        since: row.restriction_date,
        signer: me.fullName,
        today: today(ctx),
      });
      const doc = issueCustomerDocument(db, { customerId, kind: 'restriction-notice', pdf, by: me.userId, at });
      recordLetterIssued(db, { customerId, context: 'restriction', disclosureId, kind: 'restriction-notice', documentId: doc.documentId, requestId: doc.requestId, userId: me.userId, at });
      recordAudit(ctx.state, { action: 'privacy.document.issue', userId: me.userId, username: me.username, details: { customerId, kind: 'restriction-notice', disclosureId } });
      return { documentId: doc.documentId, filename: doc.filename, base64: doc.base64, verificationCode: doc.verificationCode };
    })();
  },

  'privacy.restriction.liftNotice': ({ customerId, liftDate }, ctx) => {
    const row = mustCustomer(ctx, customerId, 'restriction');
    if (liftDate < today(ctx)) throw fail('VALIDATION', 'liftDateInPast', {}, { fields: { liftDate: 'liftDateInPast' } });
    const db = ctx.state.register.db();
    const me = sessionOf(ctx);
    const at = ctx.state.now().toISOString();
    const requestId = contextRequestId(db, customerId, 'restriction');
    const request = requestId === null ? null : (loadSummary(db, requestId, today(ctx)) ?? null);
    return db.transaction(() => {
      const pdf = liftNoticeLetter(db, { customerId, request, since: row.restriction_date, liftDate, signer: me.fullName, today: today(ctx) });
      const doc = issueCustomerDocument(db, { customerId, kind: 'restriction-lift-notice', pdf, by: me.userId, at });
      appendEvent(db, { at, requestId: doc.requestId, event: 'document', userId: me.userId, details: { kind: 'restriction-lift-notice', documentId: doc.documentId, customerId, liftDate } });
      recordAudit(ctx.state, { action: 'privacy.document.issue', userId: me.userId, username: me.username, details: { customerId, kind: 'restriction-lift-notice' } });
      return { documentId: doc.documentId, filename: doc.filename, base64: doc.base64, verificationCode: doc.verificationCode };
    })();
  },
};
