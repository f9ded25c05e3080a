import { z } from 'zod';
import { method } from './define';
import * as f from './fields';

export const RECIPIENT_KINDS = ['accounting', 'collection', 'credit_check', 'authority', 'other'] as const;
export const recipientKind = z.enum(RECIPIENT_KINDS);
export type RecipientKind = z.infer<typeof recipientKind>;

/** What kinds of data left: the register's own categories (PRODUCT.md §1). */
export const DATA_CATEGORIES = ['identity', 'contact', 'organisation', 'orders', 'invoices', 'payments'] as const;
export const dataCategory = z.enum(DATA_CATEGORIES);
export type DataCategory = z.infer<typeof dataCategory>;

export const disclosureInput = z.object({
  date: f.isoDate,
  recipient: f.requiredText(200),
  recipientKind,
  purpose: f.requiredText(500),
  dataCategories: z.array(dataCategory).min(1, { message: 'errors.required' }),
  customerIds: z.array(f.id).min(1, { message: 'errors.required' }).max(100_000),
  reference: f.optionalText(200),
});
export type DisclosureInput = z.output<typeof disclosureInput>;

export interface Disclosure {
  id: number;
  date: string;
  recipient: string;
  recipientKind: RecipientKind;
  purpose: string;
  dataCategories: DataCategory[];
  reference: string;
  customerCount: number;
  createdAt: string;
  createdByName: string | null;
}

export const disclosuresContract = {
  'privacy.disclosures.list': method<Disclosure[]>()(
    z.object({ customerId: f.id.optional(), from: f.isoDate.optional(), to: f.isoDate.optional(), limit: z.number().int().min(1).max(1000).default(200) }),
    'user',
  ),
  'privacy.disclosures.create': method<Disclosure>()(disclosureInput, 'user'),
};
