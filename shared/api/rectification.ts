import { z } from 'zod';
import { method } from './define';
import * as f from './fields';
import type { PrivacyRequest } from './privacy';

/** Standard reasons for refusing a correction (free text may be added). */
export const REFUSAL_REASONS = ['data_correct', 'not_identified', 'identity_unverified', 'other'] as const;
export const refusalReason = z.enum(REFUSAL_REASONS);

/** The personal fields a rectification can change. */
export const RECTIFIABLE_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'street', 'postalCode', 'city', 'country', 'language'] as const;
export type RectifiableField = (typeof RECTIFIABLE_FIELDS)[number];

export const requestedChange = z.object({
  field: z.enum(RECTIFIABLE_FIELDS),
  requestedValue: z.string().max(320, { message: 'errors.tooLong' }),
  accept: z.boolean(),
});

export const decideInput = z
  .object({
    requestId: f.id,
    changes: z.array(requestedChange).max(RECTIFIABLE_FIELDS.length),
    reasons: z.array(refusalReason).default([]),
    reasonText: f.optionalText(2000),
  })
  .superRefine((v, ctx) => {
    const refused = v.changes.filter((c) => !c.accept).length > 0 || v.changes.length === 0;
    if (refused && v.reasons.length === 0) ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'errors.refusalReasonRequired' });
    if (v.reasons.includes('other') && !v.reasonText) ctx.addIssue({ code: 'custom', path: ['reasonText'], message: 'errors.required' });
    if (new Set(v.changes.map((c) => c.field)).size !== v.changes.length) ctx.addIssue({ code: 'custom', path: ['changes'], message: 'errors.invalid' });
  });

export interface NotifyRecipient {
  kind: 'source' | 'disclosure';
  id: number;
  /** Source kind (address-update service, reseller…) or the disclosure's recipient. */
  name: string;
  date: string;
}

export interface IssuedDocument {
  documentId: number;
  filename: string;
  base64: string;
  verificationCode: string;
}

export interface RectificationResult {
  request: PrivacyRequest;
  applied: RectifiableField[];
  refused: RectifiableField[];
  /** Those the wrong data came from or was disclosed to: each gets a notification letter. */
  recipients: NotifyRecipient[];
  refusalLetter: IssuedDocument | null;
}

export interface DocumentCheck {
  found: boolean;
  kind: string | null;
  issuedAt: string | null;
  issuedByName: string | null;
  requestNumber: string | null;
  sha256: string | null;
}

export const rectificationContract = {
  'privacy.rectification.preview': method<{ requestNumber: string; customerId: number; current: Record<RectifiableField, string>; recipients: NotifyRecipient[] }>()(
    z.object({ requestId: f.id }),
    'manager',
  ),
  'privacy.rectification.decide': method<RectificationResult>()(decideInput, 'manager'),
  'privacy.rectification.refuse': method<RectificationResult>()(
    z.object({ requestId: f.id, asked: z.array(requestedChange.omit({ accept: true })).max(RECTIFIABLE_FIELDS.length).default([]), reasons: z.array(refusalReason).min(1, { message: 'errors.refusalReasonRequired' }), reasonText: f.optionalText(2000) }),
    'manager',
  ),
  'privacy.rectification.notificationLetter': method<IssuedDocument>()(z.object({ requestId: f.id, kind: z.enum(['source', 'disclosure']), id: f.id }), 'manager'),
  'privacy.documents.verify': method<DocumentCheck>()(z.object({ code: z.string().trim().min(1, { message: 'errors.required' }).max(40) }), 'user'),
};
