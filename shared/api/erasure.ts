import { z } from 'zod';
import { method } from './define';
import * as f from './fields';
import type { PrivacyRequest } from './privacy';
import type { IssuedDocument } from './rectification';
import type { ErasureRecipientLetter } from './recipients';

/** What stands in the way of erasing a person (the notice: "unless legislation, open invoices or
 * collection prevent it", and not while an organisation's contact person). */
export interface ErasureBlockers {
  openInvoices: { number: number; openCents: number; dueDate: string | null; overdue: boolean }[];
  inCollection: { number: number; agency: string; since: string }[];
  activeContactRoles: { organizationName: string; since: string; until: string | null }[];
  legalHolds: { id: number; reason: string; until: string | null }[];
  /** Issued invoices inside the Accounting Act retention: their buyer data stays until then. */
  retainedInvoices: { number: number; invoiceDate: string; retainUntil: string }[];
  /** Recipients of the person's data whose postal address is missing: the erasure's Art. 19 letters
   * are made with it, so it waits until they are added (not a legal ground to refuse). */
  recipientsWithoutAddress: string[];
  /** What the manager may do: 'refuse' when anything but retention blocks, else partial or full. */
  allowed: 'full' | 'partial' | 'refuse';
}

export interface ErasureResult {
  request: PrivacyRequest;
  erasureNumber: string;
  kind: 'full' | 'partial';
  /** The certificate: the only copy that names the person; the register keeps only its hash. */
  certificate: IssuedDocument;
  /** Everyone the person's data was disclosed to, each with a notification letter (GDPR Art. 19)
   * rendered in the same call: like the certificate, the only copy that names the person. */
  recipientLetters: ErasureRecipientLetter[];
}

export const erasureContract = {
  'privacy.erasure.blockers': method<ErasureBlockers>()(z.object({ requestId: f.id }), 'manager'),
  'privacy.erasure.execute': method<ErasureResult>()(
    // The recipients' letters go to business partners: in the shop's Finnish unless chosen otherwise.
    z.object({
      requestId: f.id,
      mode: z.enum(['full', 'partial']),
      recipientLanguage: f.language.default('fi'),
      /** The person asked to be told who received their data (GDPR Art. 19, second sentence):
       * the certificate then lists the recipients; otherwise it says the list is available. */
      listRecipients: z.boolean().default(false),
    }),
    'manager',
  ),
  'privacy.erasure.refuse': method<{ request: PrivacyRequest; notice: IssuedDocument }>()(z.object({ requestId: f.id, reasonText: f.optionalText(2000) }), 'manager'),
  'privacy.legalHolds.add': method<ErasureBlockers['legalHolds'][number]>()(
    z.object({ customerId: f.id, reason: f.requiredText(500), until: z.union([z.literal(''), f.isoDate]).default('') }),
    'manager',
  ),
  'privacy.legalHolds.release': method<Record<string, never>>()(z.object({ id: f.id }), 'manager'),
};
