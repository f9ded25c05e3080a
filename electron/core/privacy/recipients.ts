// GDPR Art. 19 after an erasure or a restriction: everyone the person's data was disclosed to
// (from the disclosures register) and what was done about each — a letter issued, or the
// manager's record of why telling them is impossible or would take disproportionate effort.
// Both are events of the hash-chained privacy log, keyed by the internal customer id and the
// disclosure id only (no personal data), so they survive an erasure without naming anyone.
import { createHash } from 'node:crypto';
import type { DataCategory, RecipientKind } from '../../../shared/api/disclosures';
import type { NoticeContext, NoticeRecipient, NotNotifiedReason } from '../../../shared/api/recipients';
import type { IssuedDocument } from '../../../shared/api/rectification';
import type { Db } from '../store/database';
import { recipientAddress } from '../disclosures/recipientAddresses';
import { fail } from '../errors';
import { newVerificationCode } from './documentsRepo';
import { issueDocument, type RenderWithCode } from './issueDocument';
import { appendEvent } from './privacyLog';

interface DisclosureRow {
  id: number;
  date: string;
  recipient: string;
  recipient_kind: RecipientKind;
  purpose: string;
  data_categories: string;
  reference: string;
}

interface EventRow {
  at: string;
  event: string;
  details: string;
}

/** The request a decision answered: the erasure's request; for a restriction the request that set
 * it (its reason reads 'request:P-…' when applied from a request), else the latest restriction request. */
export function contextRequestId(db: Db, customerId: number, context: NoticeContext): number | null {
  if (context === 'erasure') {
    return (db.prepare('SELECT request_id AS id FROM erasures WHERE customer_id = ? ORDER BY id DESC LIMIT 1').get(customerId) as { id: number | null } | undefined)?.id ?? null;
  }
  const reason = (db.prepare('SELECT restriction_reason AS r FROM customers WHERE id = ?').get(customerId) as { r: string | null } | undefined)?.r ?? '';
  const named = /^request:(\S+)/.exec(reason)?.[1];
  const row = (named ? db.prepare('SELECT id FROM privacy_requests WHERE number = ? AND customer_id = ?').get(named, customerId) : undefined) as { id: number } | undefined;
  return row?.id ?? (db.prepare(`SELECT id FROM privacy_requests WHERE customer_id = ? AND types LIKE '%"restriction"%' ORDER BY id DESC LIMIT 1`).get(customerId) as { id: number } | undefined)?.id ?? null;
}

export function noticeRecipients(db: Db, customerId: number, context: NoticeContext): NoticeRecipient[] {
  const disclosures = db
    .prepare(
      `SELECT d.id, d.date, d.recipient, d.recipient_kind, d.purpose, d.data_categories, d.reference FROM disclosures d
       JOIN disclosure_customers x ON x.disclosure_id = d.id WHERE x.customer_id = ? ORDER BY d.date, d.id`,
    )
    .all(customerId) as DisclosureRow[];
  // A restriction may have been set, lifted and set again: only what followed the current one counts.
  // (The instant it was set, from the field history: the restriction's date is a Helsinki date,
  // the log's instants are UTC.)
  const since =
    context === 'restriction'
      ? ((db.prepare(`SELECT max(at) AS at FROM field_history WHERE customer_id = ? AND field = 'restriction' AND new_value IS NOT NULL`).get(customerId) as { at: string | null }).at ?? '')
      : '';
  const events = db
    .prepare(
      `SELECT at, event, details FROM privacy_log WHERE event IN ('document', 'recipient-not-notified')
         AND json_extract(details, '$.customerId') = ? AND json_extract(details, '$.context') = ? AND at >= ? ORDER BY id`,
    )
    .all(customerId, context, since) as EventRow[];
  const code = db.prepare('SELECT verification_code AS c FROM privacy_documents WHERE id = ?');
  const done = new Map<number, NoticeRecipient['done']>();
  for (const e of events) {
    const d = JSON.parse(e.details) as { disclosureId: number; documentId?: number; reason?: NotNotifiedReason; note?: string };
    if (e.event === 'document') done.set(d.disclosureId, { kind: 'letter', at: e.at, verificationCode: (code.get(d.documentId) as { c: string } | undefined)?.c ?? '' });
    else done.set(d.disclosureId, { kind: 'not-notified', at: e.at, reason: d.reason!, note: d.note ?? '' });
  }
  return disclosures.map((d) => ({
    disclosureId: d.id,
    recipient: d.recipient,
    recipientKind: d.recipient_kind,
    date: d.date,
    purpose: d.purpose,
    dataCategories: JSON.parse(d.data_categories) as DataCategory[],
    reference: d.reference,
    address: recipientAddress(db, d.recipient),
    done: done.get(d.id) ?? null,
  }));
}

/** A letter to a recipient needs its postal address (a window envelope): refused, naming whom, without one. */
export function mustHaveAddresses(recipients: Pick<NoticeRecipient, 'recipient' | 'address'>[]): void {
  const missing = [...new Set(recipients.filter((r) => r.address === null).map((r) => r.recipient))];
  if (missing.length === 1) throw fail('CONFLICT', 'recipientAddressMissing', { recipient: missing[0]! }, { recipientsWithoutAddress: missing });
  if (missing.length > 1) throw fail('CONFLICT', 'recipientAddressesMissing', { recipients: missing.join(', ') }, { recipientsWithoutAddress: missing });
}

export function recordNotNotified(
  db: Db,
  o: { customerId: number; context: NoticeContext; disclosureId: number; reason: NotNotifiedReason; note: string; userId: number; at: string },
): void {
  appendEvent(db, {
    at: o.at,
    requestId: contextRequestId(db, o.customerId, o.context),
    event: 'recipient-not-notified',
    userId: o.userId,
    details: { customerId: o.customerId, context: o.context, disclosureId: o.disclosureId, reason: o.reason, note: o.note },
  });
}

export function recordLetterIssued(db: Db, o: { customerId: number; context: NoticeContext; disclosureId: number; kind: string; documentId: number; requestId: number | null; userId: number; at: string }): void {
  appendEvent(db, {
    at: o.at,
    requestId: o.requestId,
    event: 'document',
    userId: o.userId,
    details: { kind: o.kind, documentId: o.documentId, recipient: `disclosure:${o.disclosureId}`, customerId: o.customerId, context: o.context, disclosureId: o.disclosureId },
  });
}

/**
 * A document about a person outside any erasure: stored with the person's restriction request
 * when there is one (so it can be printed again, and an erasure of the person redacts it with
 * their requests). Without such a request it is a customer-level paper: rendered, hashed and
 * verifiable by its code, but not stored — a stored copy linked to no request would outlive an
 * erasure of the person and keep naming them.
 */
export function issueCustomerDocument(db: Db, d: { customerId: number; kind: string; pdf: RenderWithCode; by: number; at: string }): IssuedDocument & { requestId: number | null } {
  const requestId = contextRequestId(db, d.customerId, 'restriction');
  if (requestId !== null) return { ...issueDocument(db, { requestId, kind: d.kind, pdf: d.pdf, by: d.by, at: d.at }), requestId };
  return { ...issueUnstored(db, { requestId: null, kind: d.kind, pdf: d.pdf, by: d.by, at: d.at }), requestId: null };
}

/** Rendered, hashed, recorded by its verification code — and not kept (like the erasure certificate). */
export function issueUnstored(db: Db, d: { requestId: number | null; kind: string; pdf: RenderWithCode; by: number; at: string }): IssuedDocument {
  const code = newVerificationCode();
  const rendered = d.pdf(code);
  const sha256 = createHash('sha256').update(Buffer.from(rendered.base64, 'base64')).digest('hex');
  const documentId = Number(
    db
      .prepare(`INSERT INTO privacy_documents (request_id, kind, filename, verification_code, sha256, data, issued_at, issued_by, redacted_at) VALUES (?, ?, ?, ?, ?, x'', ?, ?, ?)`)
      .run(d.requestId, d.kind, rendered.filename, code, sha256, d.at, d.by, d.at).lastInsertRowid,
  );
  return { documentId, filename: rendered.filename, base64: rendered.base64, verificationCode: code };
}
