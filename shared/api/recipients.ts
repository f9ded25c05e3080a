import { z } from 'zod';
import { method } from './define';
import * as f from './fields';
import type { DataCategory, RecipientAddress, RecipientKind } from './disclosures';
import type { IssuedDocument } from './rectification';

/** Which decision the recipients are told about (GDPR Art. 19: erasure, restriction). */
export const NOTICE_CONTEXTS = ['erasure', 'restriction'] as const;
export type NoticeContext = (typeof NOTICE_CONTEXTS)[number];

/** Why a recipient was not told (Art. 19: "unless this proves impossible or involves
 * disproportionate effort"). */
export const NOT_NOTIFIED_REASONS = ['impossible', 'disproportionate'] as const;
export type NotNotifiedReason = (typeof NOT_NOTIFIED_REASONS)[number];

/** How the person was told that their restriction will be lifted (Art. 18(3)). */
export const LIFT_NOTICE_METHODS = ['letter', 'email', 'in_person', 'phone'] as const;
export type LiftNoticeMethod = (typeof LIFT_NOTICE_METHODS)[number];
export const liftNotice = z.object({ date: f.isoDate, method: z.enum(LIFT_NOTICE_METHODS) });

/** One recipient the person's data was disclosed to (from the disclosures register), and what
 * has been done about telling them. */
export interface NoticeRecipient {
  disclosureId: number;
  recipient: string;
  recipientKind: RecipientKind;
  date: string;
  purpose: string;
  dataCategories: DataCategory[];
  reference: string;
  /** Where a letter goes (null: not known yet — no letter can be made until it is added). */
  address: RecipientAddress | null;
  /** The latest action: a letter issued (its verification code), or why none was sent. */
  done: { kind: 'letter'; at: string; verificationCode: string } | { kind: 'not-notified'; at: string; reason: NotNotifiedReason; note: string } | null;
}

/** An erasure's letters to recipients: rendered in the same call as the erasure and never stored
 * (the register no longer names the person), so this is the only copy. */
export interface ErasureRecipientLetter {
  recipient: NoticeRecipient;
  letter: IssuedDocument;
}

const noticeLanguage = f.language.default('fi');

export const recipientsContract = {
  'privacy.recipients.list': method<NoticeRecipient[]>()(z.object({ customerId: f.id, context: z.enum(NOTICE_CONTEXTS) }), 'manager'),
  'privacy.recipients.notNotified': method<NoticeRecipient>()(
    z.object({ customerId: f.id, context: z.enum(NOTICE_CONTEXTS), disclosureId: f.id, reason: z.enum(NOT_NOTIFIED_REASONS), note: f.requiredText(1000) }),
    'manager',
  ),
  /** A letter to a recipient that the person's processing is restricted (while it lasts). */
  'privacy.restriction.notificationLetter': method<IssuedDocument>()(z.object({ customerId: f.id, disclosureId: f.id, language: noticeLanguage }), 'manager'),
  /** The notice to the person that their restriction will be lifted on a date (Art. 18(3)). */
  'privacy.restriction.liftNotice': method<IssuedDocument>()(z.object({ customerId: f.id, liftDate: f.isoDate }), 'manager'),
};
