import { z } from 'zod';
import { method } from './define';
import * as f from './fields';
import { PROHIBITIONS } from './customers';
import type { IssuedDocument } from './rectification';
import type { TypeOutcome } from '../privacy/outcomes';

/** Request types the notice gives a person (PRODUCT.md §4). */
export const REQUEST_TYPES = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'disclosure_ban'] as const;
export const requestType = z.enum(REQUEST_TYPES);
export type RequestType = z.infer<typeof requestType>;

/** The notice demands a signed, written request for these (tarkastus-, korjauspyyntö). */
export const SIGNATURE_REQUIRED: readonly RequestType[] = ['access', 'rectification'];

export const CHANNELS = ['letter', 'counter', 'email_signed', 'other'] as const;
export const IDENTITY_METHODS = ['id_document', 'signature_compared', 'other'] as const;
/** Identity documents a clerk may record by kind (never by number) when one is shown at the counter. */
export const ID_DOCUMENT_TYPES = ['passport', 'id_card', 'driving_licence', 'residence_permit', 'other'] as const;
export type IdDocumentType = (typeof ID_DOCUMENT_TYPES)[number];
export const REQUEST_STATUSES = ['received', 'in_progress', 'completed', 'partly_completed', 'refused'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const FINAL_STATUSES: readonly RequestStatus[] = ['completed', 'partly_completed', 'refused'];

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export const createRequestInput = z
  .object({
    types: z.array(requestType).min(1, { message: 'errors.required' }).max(REQUEST_TYPES.length),
    customerId: f.id.nullable().default(null),
    requesterName: f.requiredText(200),
    requesterAddress: f.optionalText(500),
    requesterEmail: f.optionalEmail,
    receivedDate: f.pastDate,
    channel: z.enum(CHANNELS),
    language: f.language,
    signed: z.boolean(),
    identityMethod: z.enum(IDENTITY_METHODS),
    identityNote: f.optionalText(500),
    identityDocument: z.enum(ID_DOCUMENT_TYPES).nullable().default(null),
    details: f.optionalText(5000),
  })
  .superRefine((v, ctx) => {
    if (v.identityMethod === 'other' && !v.identityNote) ctx.addIssue({ code: 'custom', path: ['identityNote'], message: 'errors.required' });
    if (v.customerId === null && !v.requesterAddress && !v.requesterEmail) ctx.addIssue({ code: 'custom', path: ['requesterAddress'], message: 'errors.replyAddressRequired' });
  });
export type CreateRequestInput = z.output<typeof createRequestInput>;

export interface RequestEvent {
  id: number;
  at: string;
  event: string;
  status: RequestStatus | null;
  userName: string | null;
  details: Record<string, unknown>;
}

export interface RequestAttachment {
  id: number;
  filename: string;
  mimeType: string;
  size: number;
  addedAt: string;
}

export interface RequestDocument {
  id: number;
  kind: string;
  filename: string;
  verificationCode: string;
  issuedAt: string;
  issuedByName: string | null;
}

export interface PrivacyRequest {
  id: number;
  number: string;
  types: RequestType[];
  customerId: number | null;
  customerNumber: number | null;
  requesterName: string;
  requesterAddress: string;
  requesterEmail: string;
  receivedDate: string;
  channel: (typeof CHANNELS)[number];
  language: f.Language;
  signed: boolean;
  /**
   * Identity is still to be confirmed: a type needs it (access, rectification) and there is neither
   * a signature nor an identity document seen at the counter. The shop prefers a signed request
   * (its notice), but the GDPR lets a controller confirm identity, not refuse a request for its
   * form (Art. 12(2), 12(6); EDPB Guidelines 01/2022): the deadline runs from receipt either way.
   */
  signatureMissing: boolean;
  identityMethod: (typeof IDENTITY_METHODS)[number];
  identityNote: string;
  /** The kind of identity document seen at the counter, if identity was confirmed that way. */
  identityDocument: IdDocumentType | null;
  identityCheckedByName: string | null;
  details: string;
  dueDate: string;
  /** The deadline in force: the extended one if extended. */
  effectiveDueDate: string;
  extension: { dueDate: string; reason: string; byName: string | null; at: string } | null;
  status: RequestStatus;
  /** The outcome of each right asked for (read from the request's events). */
  outcomes: TypeOutcome[];
  outcomeNote: string;
  overdue: boolean;
  events: RequestEvent[];
  attachments: RequestAttachment[];
  documents: RequestDocument[];
  createdAt: string;
}

export type RequestSummary = Omit<PrivacyRequest, 'events' | 'attachments' | 'documents'>;

export const listRequestsInput = z.object({
  view: z.enum(['all', 'open', 'dueThisWeek', 'overdue', 'closed']).default('open'),
  customerId: f.id.optional(),
  limit: z.number().int().min(1).max(1000).default(200),
});

/** A refusal is never a bare status: it goes through 'privacy.requests.refuse' (or the
 * rectification and erasure refusals), which issue the written notice GDPR Art. 12(4) requires. */
export const setStatusInput = z
  .object({
    id: f.id,
    status: z.enum(REQUEST_STATUSES).refine((s) => s !== 'refused', { message: 'errors.refuseWithNotice' }),
    note: f.optionalText(2000),
  })
  // Partly done is partly refused: what was not done, and why, is recorded (Art. 12(4)).
  .superRefine((v, ctx) => {
    if (v.status === 'partly_completed' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'errors.partlyNeedsReason' });
  });

/** Standard reasons for refusing an access, restriction, objection, portability or disclosure-ban
 * request (free text may be added; 'other' needs it). 'conditions_not_met' prints, per requested
 * right, why the law's conditions for it are not met. */
export const REQUEST_REFUSAL_REASONS = ['identity_unverified', 'not_identified', 'manifestly_unfounded', 'conditions_not_met', 'other'] as const;
export type RequestRefusalReason = (typeof REQUEST_REFUSAL_REASONS)[number];

export const refuseRequestInput = z
  .object({
    id: f.id,
    reasons: z.array(z.enum(REQUEST_REFUSAL_REASONS)).min(1, { message: 'errors.refusalReasonRequired' }).max(REQUEST_REFUSAL_REASONS.length),
    reasonText: f.optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (v.reasons.includes('other') && !v.reasonText) ctx.addIssue({ code: 'custom', path: ['reasonText'], message: 'errors.required' });
  });

export const attachInput = z.object({
  id: f.id,
  filename: z.string().trim().min(1, { message: 'errors.required' }).max(200, { message: 'errors.tooLong' }),
  /** Base64; checked against the declared type by its first bytes, at most 10 MiB. */
  base64: z.string().min(1, { message: 'errors.required' }).max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4, { message: 'errors.attachmentTooLarge' }),
});

export const logFilterInput = z.object({
  from: f.isoDate.optional(),
  to: f.isoDate.optional(),
  types: z.array(requestType).optional(),
  status: z.enum(REQUEST_STATUSES).optional(),
  /** How requesters appear on the printed log: initials (default) or full names. */
  names: z.enum(['initials', 'full']).default('initials'),
  language: f.language.default('fi'),
});

export type LogVerification =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; brokenAtId: number; requestNumber: string | null; reason: 'hash' | 'link' | 'gap' | 'request-changed' };

export const applyProhibitionsInput = z.object({
  id: f.id,
  prohibitions: z.array(z.enum(PROHIBITIONS)).default([]),
  restrict: z.boolean().default(false),
});

const pdf = z.object({});
export type PdfFile = { filename: string; base64: string };

export const privacyContract = {
  'privacy.requests.create': method<PrivacyRequest>()(createRequestInput, 'user'),
  'privacy.requests.get': method<PrivacyRequest>()(z.object({ id: f.id }), 'user'),
  'privacy.requests.list': method<RequestSummary[]>()(listRequestsInput, 'user'),
  'privacy.requests.summary': method<{ open: number; dueThisWeek: number; overdue: number; signatureMissing: number }>()(pdf, 'user'),
  'privacy.requests.setStatus': method<PrivacyRequest>()(setStatusInput, 'manager'),
  /** Refuses a request (not rectification or erasure: they have their own letters) and issues the
   * written notice: the reasons, the right to complain to the Ombudsman and to go to court. */
  'privacy.requests.refuse': method<{ request: PrivacyRequest; notice: IssuedDocument }>()(refuseRequestInput, 'manager'),
  'privacy.requests.extend': method<PrivacyRequest>()(z.object({ id: f.id, reason: f.requiredText(1000) }), 'manager'),
  'privacy.requests.attach': method<PrivacyRequest>()(attachInput, 'user'),
  'privacy.requests.attachment': method<PdfFile & { mimeType: string }>()(z.object({ id: f.id, attachmentId: f.id }), 'user'),
  'privacy.requests.markSigned': method<PrivacyRequest>()(
    // With identityDocument: identity confirmed at the counter by that kind of document, instead of a signature.
    z.object({ id: f.id, note: f.optionalText(500), identityDocument: z.enum(ID_DOCUMENT_TYPES).optional() }),
    'user',
  ),
  /** A letter asking for a signed request, when the notice demands one and there is none. */
  'privacy.requests.signatureLetter': method<PdfFile & { documentId: number; verificationCode: string }>()(z.object({ id: f.id }), 'user'),
  'privacy.requests.applyProhibitions': method<PrivacyRequest>()(applyProhibitionsInput, 'user'),
  'privacy.requests.document': method<PdfFile>()(z.object({ id: f.id, documentId: f.id }), 'user'),
  /** The register extract for an access request: a PDF letter; issuing it completes the request. */
  'privacy.extract': method<PdfFile & { documentId: number; verificationCode: string }>()(z.object({ requestId: f.id }), 'manager'),
  /** The person's data as JSON and CSV in one ZIP, for a portability request. */
  'privacy.portability': method<PdfFile & { documentId: number; verificationCode: string }>()(z.object({ requestId: f.id }), 'manager'),
  'privacy.notice': method<PdfFile>()(z.object({ language: f.language }), 'user'),
  'privacy.log.verify': method<LogVerification>()(pdf, 'manager'),
  'privacy.log.pdf': method<PdfFile>()(logFilterInput, 'manager'),
  'privacy.log.csv': method<PdfFile>()(logFilterInput, 'manager'),
};
