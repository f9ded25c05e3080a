// Privacy requests as stored: intake fields are fixed when the request is logged; what happens
// afterwards is events in the chained log.
import type { CreateRequestInput, PrivacyRequest, RequestStatus, RequestSummary, RequestType } from '../../../shared/api/privacy';
import { SIGNATURE_REQUIRED, FINAL_STATUSES } from '../../../shared/api/privacy';
import { dueDate } from '../../../shared/privacy/deadlines';
import type { Db } from '../store/database';
import { appendEvent, intakeHash } from './privacyLog';
import { typeOutcomes, type OutcomeEvent } from '../../../shared/privacy/outcomes';

interface Raw {
  id: number;
  number: string;
  types: string;
  customer_id: number | null;
  customer_number: number | null;
  requester_name: string;
  requester_address: string;
  requester_email: string;
  received_date: string;
  channel: PrivacyRequest['channel'];
  language: PrivacyRequest['language'];
  signed: number;
  identity_method: PrivacyRequest['identityMethod'];
  identity_note: string;
  identity_document: PrivacyRequest['identityDocument'];
  checked_by_name: string | null;
  details: string;
  due_date: string;
  extended_due_date: string | null;
  extension_reason: string | null;
  extended_by_name: string | null;
  extended_at: string | null;
  status: RequestStatus;
  outcome_note: string;
  created_at: string;
}

const SELECT = `SELECT r.*, c.customer_number, u.full_name AS checked_by_name, x.full_name AS extended_by_name
  FROM privacy_requests r
  LEFT JOIN customers c ON c.id = r.customer_id
  LEFT JOIN users u ON u.id = r.identity_checked_by
  LEFT JOIN users x ON x.id = r.extended_by`;

/** Identity still to be confirmed: neither a signature nor an identity document seen at the counter. */
export function signatureMissing(types: RequestType[], signed: boolean, identityMethod: PrivacyRequest['identityMethod']): boolean {
  return !signed && identityMethod !== 'id_document' && types.some((t) => SIGNATURE_REQUIRED.includes(t));
}

function toSummary(db: Db, r: Raw, today: string): RequestSummary {
  const types = JSON.parse(r.types) as RequestType[];
  const effective = r.extended_due_date ?? r.due_date;
  return {
    id: r.id,
    number: r.number,
    types,
    customerId: r.customer_id,
    customerNumber: r.customer_number,
    requesterName: r.requester_name,
    requesterAddress: r.requester_address,
    requesterEmail: r.requester_email,
    receivedDate: r.received_date,
    channel: r.channel,
    language: r.language,
    signed: r.signed === 1,
    signatureMissing: signatureMissing(types, r.signed === 1, r.identity_method),
    identityMethod: r.identity_method,
    identityNote: r.identity_note,
    identityDocument: r.identity_document,
    identityCheckedByName: r.checked_by_name,
    details: r.details,
    dueDate: r.due_date,
    effectiveDueDate: effective,
    extension: r.extended_due_date ? { dueDate: r.extended_due_date, reason: r.extension_reason ?? '', byName: r.extended_by_name, at: r.extended_at ?? '' } : null,
    status: r.status,
    outcomes: typeOutcomes(types, outcomeEvents(db, r.id)),
    outcomeNote: r.outcome_note,
    overdue: !FINAL_STATUSES.includes(r.status) && effective < today,
    createdAt: r.created_at,
  };
}

function outcomeEvents(db: Db, requestId: number): OutcomeEvent[] {
  const rows = db.prepare('SELECT event, status, details FROM privacy_log WHERE request_id = ? ORDER BY id').all(requestId) as { event: string; status: RequestStatus | null; details: string }[];
  return rows.map((e) => ({ ...e, details: JSON.parse(e.details) as Record<string, unknown> }));
}

export function nextRequestNumber(db: Db, receivedDate: string): string {
  const year = receivedDate.slice(0, 4);
  const row = db.prepare(`SELECT count(*) AS n FROM privacy_requests WHERE number LIKE ?`).get(`P-${year}-%`) as { n: number };
  return `P-${year}-${String(row.n + 1).padStart(4, '0')}`;
}

export function insertRequest(db: Db, input: CreateRequestInput, by: number, at: string): number {
  const number = nextRequestNumber(db, input.receivedDate);
  const info = db
    .prepare(
      `INSERT INTO privacy_requests (number, types, customer_id, requester_name, requester_address, requester_email, received_date, channel, language,
        signed, identity_method, identity_note, identity_document, identity_checked_by, details, due_date, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      number,
      JSON.stringify(input.types),
      input.customerId,
      input.requesterName,
      input.requesterAddress,
      input.requesterEmail,
      input.receivedDate,
      input.channel,
      input.language,
      input.signed ? 1 : 0,
      input.identityMethod,
      input.identityNote,
      input.identityMethod === 'id_document' ? input.identityDocument : null,
      by,
      input.details,
      dueDate(input.receivedDate),
      at,
      by,
    );
  const id = Number(info.lastInsertRowid);
  appendEvent(db, {
    at,
    requestId: id,
    event: 'received',
    status: 'received',
    userId: by,
    details: { number, types: input.types, signed: input.signed, signatureMissing: signatureMissing(input.types, input.signed, input.identityMethod), intakeHash: intakeHash(db, id) },
  });
  return id;
}

export function loadSummary(db: Db, id: number, today: string): RequestSummary | undefined {
  const r = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as Raw | undefined;
  return r && toSummary(db, r, today);
}

export function loadRequest(db: Db, id: number, today: string): PrivacyRequest | undefined {
  const s = loadSummary(db, id, today);
  if (!s) return undefined;
  const events = (
    db
      .prepare(`SELECT l.id, l.at, l.event, l.status, u.full_name AS userName, l.details FROM privacy_log l LEFT JOIN users u ON u.id = l.user_id WHERE l.request_id = ? ORDER BY l.id`)
      .all(id) as { id: number; at: string; event: string; status: RequestStatus | null; userName: string | null; details: string }[]
  ).map((e) => ({ ...e, details: JSON.parse(e.details) as Record<string, unknown> }));
  const attachments = db.prepare('SELECT id, filename, mime_type AS mimeType, size, added_at AS addedAt FROM privacy_attachments WHERE request_id = ? ORDER BY id').all(id) as PrivacyRequest['attachments'];
  const documents = db
    .prepare(
      `SELECT d.id, d.kind, d.filename, d.verification_code AS verificationCode, d.issued_at AS issuedAt, u.full_name AS issuedByName
       FROM privacy_documents d LEFT JOIN users u ON u.id = d.issued_by WHERE d.request_id = ? ORDER BY d.id`,
    )
    .all(id) as PrivacyRequest['documents'];
  return { ...s, events, attachments, documents };
}

export function listRequests(db: Db, view: string, today: string, weekEnd: string, limit: number, customerId?: number): RequestSummary[] {
  const open = `r.status NOT IN ('completed', 'partly_completed', 'refused')`;
  const due = `coalesce(r.extended_due_date, r.due_date)`;
  const where: Record<string, string> = {
    all: '1',
    open,
    closed: `NOT (${open})`,
    overdue: `${open} AND ${due} < @today`,
    dueThisWeek: `${open} AND ${due} >= @today AND ${due} <= @weekEnd`,
  };
  return (
    db
      .prepare(`${SELECT} WHERE ${where[view] ?? '1'} AND (@customerId IS NULL OR r.customer_id = @customerId) ORDER BY ${due}, r.id LIMIT @limit`)
      .all({ today, weekEnd, limit, customerId: customerId ?? null }) as Raw[]
  ).map((r) => toSummary(db, r, today));
}
