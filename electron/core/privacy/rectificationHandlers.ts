// Handlers for privacy.rectification.* and privacy.documents.verify.
import { helsinkiDate } from '../../../shared/format/dates';
import { normalizeVerificationCode } from '../../../shared/privacy/verificationCode';
import { translator } from '../../../shared/i18n/translate';
import type { HandlerMap } from '../context';
import { sessionOf } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import { getRow } from '../customers/customersRepo';
import { issueDocument } from './issueDocument';
import { notificationLetter } from './letters/notificationLetter';
import { recipientAddress } from '../disclosures/recipientAddresses';
import { appendEvent } from './privacyLog';
import { loadRequest } from './requestsRepo';
import { decide, preview, recipientsFor } from './rectification';
import { mustHaveAddresses } from './recipients';

export const rectificationHandlers: HandlerMap = {
  'privacy.rectification.preview': ({ requestId }, ctx) => preview(ctx, requestId),

  'privacy.rectification.decide': (input, ctx) => decide(ctx, input),

  'privacy.rectification.refuse': ({ requestId, asked, reasons, reasonText }, ctx) =>
    decide(ctx, { requestId, changes: asked.map((a) => ({ ...a, accept: false })), reasons, reasonText }),

  'privacy.rectification.notificationLetter': ({ requestId, kind, id }, ctx) => {
    const db = ctx.state.register.db();
    const today = helsinkiDate(ctx.state.now());
    const r = loadRequest(db, requestId, today);
    if (!r || r.customerId === null) throw fail('NOT_FOUND', 'requestNotFound');
    const recipient = recipientsFor(db, r.customerId).find((x) => x.kind === kind && x.id === id);
    if (!recipient) throw fail('NOT_FOUND', 'documentNotFound');
    // A disclosure's recipient is a business partner the letter is posted to: its address is needed.
    // (A data source is named by its kind only; the register does not know the party's address.)
    const address = kind === 'disclosure' ? recipientAddress(db, recipient.name) : null;
    if (kind === 'disclosure') mustHaveAddresses([{ recipient: recipient.name, address }]);
    // What this request changed, from the field history (the values as they are now).
    const changed = db.prepare(`SELECT field, new_value FROM field_history WHERE customer_id = ? AND reason = ? ORDER BY id`).all(r.customerId, `request:${r.number}`) as {
      field: string;
      new_value: string | null;
    }[];
    const c = getRow(db, r.customerId)!;
    const me = sessionOf(ctx);
    const at = ctx.state.now().toISOString();
    return db.transaction(() => {
      const doc = issueDocument(db, {
        requestId: r.id,
        kind: 'rectification-notice',
        pdf: notificationLetter(db, {
          request: r,
          // A source is named by its kind (the register records the kind, not the party).
          recipientName: kind === 'source' ? translator(r.language)(`dataSources.${recipient.name}`) : recipient.name,
          address,
          personName: `${c.first_name} ${c.last_name}`,
          corrected: changed.map((h) => ({ field: h.field, value: h.new_value ?? '–' })),
          signer: me.fullName,
          today,
        }),
        by: me.userId,
        at,
      });
      appendEvent(db, { at, requestId: r.id, event: 'document', userId: me.userId, details: { kind: 'rectification-notice', documentId: doc.documentId, recipient: `${kind}:${id}` } });
      recordAudit(ctx.state, { action: 'privacy.document.issue', userId: me.userId, username: me.username, details: { requestId: r.id, kind: 'rectification-notice' } });
      return doc;
    })();
  },

  'privacy.documents.verify': ({ code }, ctx) => {
    const row = ctx.state.register
      .db()
      .prepare(
        `SELECT d.kind, d.issued_at, d.sha256, u.full_name AS issued_by, r.number FROM privacy_documents d
         LEFT JOIN users u ON u.id = d.issued_by LEFT JOIN privacy_requests r ON r.id = d.request_id WHERE d.verification_code = ?`,
      )
      .get(normalizeVerificationCode(code)) as { kind: string; issued_at: string; sha256: string; issued_by: string | null; number: string | null } | undefined;
    return row
      ? { found: true, kind: row.kind, issuedAt: row.issued_at, issuedByName: row.issued_by, requestNumber: row.number, sha256: row.sha256 }
      : { found: false, kind: null, issuedAt: null, issuedByName: null, requestNumber: null, sha256: null };
  },
};

