// privacy.erasure.* and privacy.legalHolds.*: the manager's decisions on erasure requests.
import { createHash } from 'node:crypto';
import { helsinkiDate } from '../../../shared/format/dates';
import type { HandlerContext, HandlerMap } from '../context';
import { sessionOf } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import { getRow } from '../customers/customersRepo';
import { eraseCustomer, flushErasure } from './erase';
import { erasureBlockers } from './erasureBlockers';
import { issueDocument } from './issueDocument';
import { erasureCertificate, erasureRefusalNotice } from './letters/erasureLetters';
import { newVerificationCode } from './documentsRepo';
import { appendEvent } from './privacyLog';
import { requesterAddress } from './privacyLetter';
import { loadRequest } from './requestsRepo';
import { combinedStatus } from '../../../shared/privacy/outcomes';
import { fingerprints, ledgerKey } from '../ledger/fingerprints';
import { appendToDb, appendToFile, ledgerPath } from '../ledger/ledger';
import { erasureRecipientLetter } from './letters/recipientNotices';
import { issueUnstored, mustHaveAddresses, noticeRecipients, recordLetterIssued } from './recipients';

/** The person's identifier fingerprints, taken before their data goes. */
export function fingerprintsOf(ctx: HandlerContext, customerId: number) {
  const c = getRow(ctx.state.register.db(), customerId)!;
  return fingerprints(ledgerKey(ctx.state.register.dataKey(), 'fingerprint'), { email: c.email, phone: c.phone, firstName: c.first_name, lastName: c.last_name, postalCode: c.postal_code });
}

/** What a recipient's letter names the person by, read before their data goes. */
function personForLetters(ctx: HandlerContext, customerId: number) {
  const c = getRow(ctx.state.register.db(), customerId)!;
  return { name: `${c.first_name} ${c.last_name}`, customerNumber: c.customer_number };
}

/** The file beside the register gets the entry once the database has committed it. */
export function writeLedgerFile(ctx: HandlerContext, stored: ReturnType<typeof appendToDb>): void {
  appendToFile(ledgerPath(ctx.state.register.paths.dir), ledgerKey(ctx.state.register.dataKey(), 'file'), ctx.state.register.keyring().registerId, [stored]);
}

const today = (ctx: HandlerContext) => helsinkiDate(ctx.state.now());

function erasureRequest(ctx: HandlerContext, requestId: number) {
  const db = ctx.state.register.db();
  const r = loadRequest(db, requestId, today(ctx));
  if (!r) throw fail('NOT_FOUND', 'requestNotFound');
  if (!r.types.includes('erasure')) throw fail('CONFLICT', 'notErasure');
  if (['completed', 'partly_completed', 'refused'].includes(r.status)) throw fail('CONFLICT', 'requestClosed');
  const row = r.customerId === null ? undefined : getRow(db, r.customerId);
  if (!row || row.erased_at) throw fail('CONFLICT', 'noCustomerForRequest');
  return r as typeof r & { customerId: number };
}

function nextErasureNumber(ctx: HandlerContext): string {
  const year = today(ctx).slice(0, 4);
  const n = (ctx.state.register.db().prepare('SELECT count(*) AS n FROM erasures WHERE number LIKE ?').get(`E-${year}-%`) as { n: number }).n;
  return `E-${year}-${String(n + 1).padStart(4, '0')}`;
}

export const erasureHandlers: HandlerMap = {
  'privacy.erasure.blockers': ({ requestId }, ctx) => erasureBlockers(ctx.state.register.db(), erasureRequest(ctx, requestId).customerId, today(ctx)),

  'privacy.erasure.execute': ({ requestId, mode, recipientLanguage, listRecipients }, ctx) => {
    const r = erasureRequest(ctx, requestId);
    const db = ctx.state.register.db();
    const t = today(ctx);
    const blockers = erasureBlockers(db, r.customerId, t);
    if (blockers.allowed === 'refuse') throw fail('BLOCKED', 'erasureBlocked', {}, { blockers });
    if (mode === 'full' && blockers.allowed === 'partial') throw fail('BLOCKED', 'erasureOnlyPartial', {}, { blockers });
    const me = sessionOf(ctx);
    const at = ctx.state.now().toISOString();
    // The certificate names the person: its recipient block is read before the data goes.
    const recipient = requesterAddress(db, r);
    const number = nextErasureNumber(ctx);
    const fp = fingerprintsOf(ctx, r.customerId);
    // Art. 19 letters to everyone the data was disclosed to must name the person, so they are
    // rendered here from the name read now, held only in memory, and — like the certificate —
    // recorded by hash and verification code but never stored. The disclosures register keeps
    // only the recipient, date and purpose, linked to the tombstone's internal id.
    const person = personForLetters(ctx, r.customerId);
    const recipients = noticeRecipients(db, r.customerId, 'erasure');
    // Checked before anything is erased: afterwards no letter naming the person can be made.
    mustHaveAddresses(recipients);
    let stored: ReturnType<typeof appendToDb> | null = null;
    const result = db.transaction(() => {
      const erasureId = Number(
        db.prepare(`INSERT INTO erasures (number, kind, request_id, customer_id, at, user_id, erased, kept) VALUES (?, ?, ?, ?, ?, ?, '[]', '[]')`).run(number, mode, r.id, r.customerId, at, me.userId)
          .lastInsertRowid,
      );
      const outcome = eraseCustomer(db, r.customerId, { kind: mode, erasureId, at, userId: me.userId, today: t });
      // The certificate is rendered, hashed, and NOT stored: the paper is the only copy naming them.
      const code = newVerificationCode();
      const told = recipients.map((x) => ({ name: x.recipient, date: x.date }));
      const pdf = erasureCertificate(db, { request: r, recipient, number, at, outcome, signer: me.fullName, today: t, recipients: told, listRecipients })(code);
      const sha256 = createHash('sha256').update(Buffer.from(pdf.base64, 'base64')).digest('hex');
      db.prepare('UPDATE erasures SET erased = ?, kept = ?, certificate_sha256 = ?, verification_code = ? WHERE id = ?').run(JSON.stringify(outcome.erased), JSON.stringify(outcome.kept), sha256, code, erasureId);
      const documentId = Number(
        db.prepare(`INSERT INTO privacy_documents (request_id, kind, filename, verification_code, sha256, data, issued_at, issued_by, redacted_at) VALUES (?, 'erasure-certificate', ?, ?, ?, x'', ?, ?, ?)`)
          .run(r.id, pdf.filename, code, sha256, at, me.userId, at).lastInsertRowid,
      );
      const letters = recipients.map((recipient) => {
        const pdf = erasureRecipientLetter(db, { lang: recipientLanguage, recipient, person, requestNumber: r.number, erasureNumber: number, partial: mode === 'partial', signer: me.fullName, today: t });
        const letter = issueUnstored(db, { requestId: r.id, kind: 'erasure-notice', pdf, by: me.userId, at });
        recordLetterIssued(db, { customerId: r.customerId, context: 'erasure', disclosureId: recipient.disclosureId, kind: 'erasure-notice', documentId: letter.documentId, requestId: r.id, userId: me.userId, at });
        return letter;
      });
      stored = appendToDb(db, { number, kind: mode, at, requestNumber: r.number, customerId: r.customerId, erased: outcome.erased, kept: outcome.kept, fingerprints: fp, certificate: { sha256, verificationCode: code, filename: pdf.filename } });
      const status = combinedStatus(mode === 'full' ? 'completed' : 'partly_completed', r.outcomes.filter((o) => o.type !== 'erasure'));
      db.prepare('UPDATE privacy_requests SET status = ?, outcome_note = ? WHERE id = ?').run(status, number, r.id);
      appendEvent(db, { at, requestId: r.id, event: 'erasure', status, userId: me.userId, details: { erasure: number, kind: mode, documentId, kept: outcome.kept.length } });
      recordAudit(ctx.state, { action: 'privacy.erasure', userId: me.userId, username: me.username, details: { requestId: r.id, customerId: r.customerId, erasure: number, kind: mode } });
      return { certificate: { documentId, filename: pdf.filename, base64: pdf.base64, verificationCode: code }, letters };
    })();
    flushErasure(db);
    writeLedgerFile(ctx, stored!);
    const after = noticeRecipients(db, r.customerId, 'erasure');
    const recipientLetters = result.letters.map((letter, i) => ({ recipient: after.find((x) => x.disclosureId === recipients[i]!.disclosureId)!, letter }));
    return { request: loadRequest(db, r.id, t)!, erasureNumber: number, kind: mode, certificate: result.certificate, recipientLetters };
  },

  'privacy.erasure.refuse': ({ requestId, reasonText }, ctx) => {
    const r = erasureRequest(ctx, requestId);
    const db = ctx.state.register.db();
    const t = today(ctx);
    const blockers = erasureBlockers(db, r.customerId, t);
    if (blockers.allowed !== 'refuse' && !reasonText) throw fail('VALIDATION', 'refusalReasonRequired', {}, { fields: { reasonText: 'refusalReasonRequired' } });
    const me = sessionOf(ctx);
    const at = ctx.state.now().toISOString();
    const notice = db.transaction(() => {
      const doc = issueDocument(db, {
        requestId: r.id,
        kind: 'erasure-refusal',
        pdf: erasureRefusalNotice(db, { request: r, recipient: requesterAddress(db, r), blockers, reasonText, signer: me.fullName, today: t }),
        by: me.userId,
        at,
      });
      // Refused as a whole only if no other right of the request was answered.
      const status = combinedStatus('refused', r.outcomes.filter((o) => o.type !== 'erasure'));
      db.prepare(`UPDATE privacy_requests SET status = ?, outcome_note = ? WHERE id = ?`).run(status, reasonText, r.id);
      appendEvent(db, { at, requestId: r.id, event: 'erasure-refused', status, userId: me.userId, details: { documentId: doc.documentId, blockers: { open: blockers.openInvoices.length, collection: blockers.inCollection.length, contact: blockers.activeContactRoles.length, holds: blockers.legalHolds.length } } });
      recordAudit(ctx.state, { action: 'privacy.erasure.refuse', userId: me.userId, username: me.username, details: { requestId: r.id } });
      return doc;
    })();
    return { request: loadRequest(db, r.id, t)!, notice };
  },

  'privacy.legalHolds.add': ({ customerId, reason, until }, ctx) => {
    const db = ctx.state.register.db();
    if (!getRow(db, customerId)) throw fail('NOT_FOUND', 'customerNotFound');
    const me = sessionOf(ctx);
    const id = Number(
      db.prepare('INSERT INTO legal_holds (customer_id, reason, until, created_at, created_by) VALUES (?, ?, ?, ?, ?)').run(customerId, reason, until || null, ctx.state.now().toISOString(), me.userId).lastInsertRowid,
    );
    recordAudit(ctx.state, { action: 'privacy.legalHold.add', userId: me.userId, username: me.username, details: { customerId, holdId: id } });
    return { id, reason, until: until || null };
  },

  'privacy.legalHolds.release': ({ id }, ctx) => {
    const me = sessionOf(ctx);
    const info = ctx.state.register.db().prepare('UPDATE legal_holds SET released_at = ?, released_by = ? WHERE id = ? AND released_at IS NULL').run(ctx.state.now().toISOString(), me.userId, id);
    if (info.changes === 0) throw fail('NOT_FOUND', 'documentNotFound');
    recordAudit(ctx.state, { action: 'privacy.legalHold.release', userId: me.userId, username: me.username, details: { holdId: id } });
    return {};
  },
};
