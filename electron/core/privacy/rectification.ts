// privacy.rectification.*: a logged rectification request decided by the manager. Accepted
// changes are applied with the request as the reason in the field history; refused ones get the
// written certificate of refusal (with reasons and the right to complain); everyone the data came
// from or was disclosed to is listed for a notification letter (GDPR Art. 16, 19).
import { helsinkiDate } from '../../../shared/format/dates';
import { customerFields, type CustomerFields } from '../../../shared/api/customers';
import type { NotifyRecipient, RectifiableField, RectificationResult } from '../../../shared/api/rectification';
import { RECTIFIABLE_FIELDS } from '../../../shared/api/rectification';
import type { HandlerContext } from '../context';
import { sessionOf } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import type { Db } from '../store/database';
import { fieldsOf, getRow, updateFields } from '../customers/customersRepo';
import { appendEvent } from './privacyLog';
import { loadRequest } from './requestsRepo';
import { combinedStatus } from '../../../shared/privacy/outcomes';
import { issueDocument } from './issueDocument';
import { refusalLetter } from './letters/refusalLetter';

/** Sources that are third parties (the customer's own notices and our own shop are not). */
const THIRD_PARTY_SOURCES = new Set(['reseller', 'address_update_service', 'subcontractor']);

export function recipientsFor(db: Db, customerId: number): NotifyRecipient[] {
  const sources = (db.prepare('SELECT id, source, date FROM customer_sources WHERE customer_id = ? ORDER BY date').all(customerId) as { id: number; source: string; date: string }[])
    .filter((s) => THIRD_PARTY_SOURCES.has(s.source))
    .map((s) => ({ kind: 'source' as const, id: s.id, name: s.source, date: s.date }));
  const disclosures = (
    db
      .prepare(
        `SELECT d.id, d.recipient, d.date, d.data_categories FROM disclosures d JOIN disclosure_customers x ON x.disclosure_id = d.id
         WHERE x.customer_id = ? ORDER BY d.date`,
      )
      .all(customerId) as { id: number; recipient: string; date: string; data_categories: string }[]
  )
    .filter((d) => (JSON.parse(d.data_categories) as string[]).some((c) => c === 'identity' || c === 'contact'))
    .map((d) => ({ kind: 'disclosure' as const, id: d.id, name: d.recipient, date: d.date }));
  return [...sources, ...disclosures];
}

export function mustRectificationRequest(ctx: HandlerContext, requestId: number) {
  const r = loadRequest(ctx.state.register.db(), requestId, helsinkiDate(ctx.state.now()));
  if (!r) throw fail('NOT_FOUND', 'requestNotFound');
  if (!r.types.includes('rectification')) throw fail('CONFLICT', 'notRectification');
  if (r.customerId === null || !getRow(ctx.state.register.db(), r.customerId)) throw fail('CONFLICT', 'noCustomerForRequest');
  if (['completed', 'partly_completed', 'refused'].includes(r.status)) throw fail('CONFLICT', 'requestClosed');
  return r as typeof r & { customerId: number };
}

export function preview(ctx: HandlerContext, requestId: number) {
  const r = mustRectificationRequest(ctx, requestId);
  const db = ctx.state.register.db();
  const f = fieldsOf(getRow(db, r.customerId)!);
  const current = Object.fromEntries(RECTIFIABLE_FIELDS.map((k) => [k, String(f[k] ?? '')])) as Record<RectifiableField, string>;
  return { requestNumber: r.number, customerId: r.customerId, current, recipients: recipientsFor(db, r.customerId) };
}

export function decide(
  ctx: HandlerContext,
  input: { requestId: number; changes: { field: RectifiableField; requestedValue: string; accept: boolean }[]; reasons: string[]; reasonText: string },
): RectificationResult {
  const r = mustRectificationRequest(ctx, input.requestId);
  const db = ctx.state.register.db();
  const accepted = input.changes.filter((c) => c.accept);
  const refused = input.changes.filter((c) => !c.accept);
  const allRefused = accepted.length === 0;
  if (!allRefused && r.signatureMissing) throw fail('CONFLICT', 'signatureMissingBlocks');

  // The accepted values must be valid data like any edit (a 6-digit postal code stays refused).
  const before = fieldsOf(getRow(db, r.customerId)!);
  const merged = { ...before } as Record<string, unknown>;
  for (const c of accepted) merged[c.field] = c.requestedValue;
  const parsed = customerFields.safeParse(merged);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const idx = input.changes.findIndex((c) => c.field === issue.path[0]);
      fields[idx >= 0 ? `changes.${idx}.requestedValue` : String(issue.path[0])] = issue.message.startsWith('errors.') ? issue.message.slice(7) : 'invalid';
    }
    throw fail('VALIDATION', 'validation', {}, { fields });
  }

  const me = sessionOf(ctx);
  const at = ctx.state.now().toISOString();
  const own = allRefused ? 'refused' : refused.length > 0 || input.changes.length === 0 ? 'partly_completed' : 'completed';
  // The request's other rights (an access part answered with an extract) count for the whole.
  const status = combinedStatus(own, r.outcomes.filter((o) => o.type !== 'rectification'));
  let applied: string[] = [];
  let letter: RectificationResult['refusalLetter'] = null;
  db.transaction(() => {
    applied = updateFields(db, r.customerId, parsed.data as CustomerFields, me.userId, at, `request:${r.number}`);
    if (refused.length > 0 || allRefused) {
      const pdf = refusalLetter(db, {
        request: r,
        asked: input.changes.map((c) => ({ field: c.field, requestedValue: c.requestedValue })),
        applied: accepted.map((c) => c.field),
        reasons: input.reasons,
        reasonText: input.reasonText,
        signer: me.fullName,
        today: helsinkiDate(ctx.state.now()),
      });
      letter = issueDocument(db, { requestId: r.id, kind: 'rectification-refusal', pdf, by: me.userId, at });
    }
    db.prepare('UPDATE privacy_requests SET status = ?, outcome_note = ? WHERE id = ?').run(status, input.reasonText, r.id);
    appendEvent(db, {
      at,
      requestId: r.id,
      event: 'rectification',
      status,
      userId: me.userId,
      details: { applied, refused: refused.map((c) => c.field), reasons: input.reasons, documentId: letter?.documentId ?? null },
    });
    recordAudit(ctx.state, { action: 'privacy.rectification', userId: me.userId, username: me.username, details: { requestId: r.id, customerId: r.customerId, applied, refused: refused.map((c) => c.field) } });
  })();
  return {
    request: loadRequest(db, r.id, helsinkiDate(ctx.state.now()))!,
    applied: applied as RectifiableField[],
    refused: refused.map((c) => c.field),
    recipients: recipientsFor(db, r.customerId),
    refusalLetter: letter,
  };
}
