import { z } from 'zod';
import { method } from './define';
import * as f from './fields';
import { isValidBusinessId, normalizeBusinessId } from '../finnish/businessId';

export const RECIPIENT_KINDS = ['accounting', 'collection', 'credit_check', 'authority', 'other'] as const;
export const recipientKind = z.enum(RECIPIENT_KINDS);
export type RecipientKind = z.infer<typeof recipientKind>;

/** What kinds of data left: the register's own categories (PRODUCT.md §1). */
export const DATA_CATEGORIES = ['identity', 'contact', 'organisation', 'orders', 'invoices', 'payments'] as const;
export const dataCategory = z.enum(DATA_CATEGORIES);
export type DataCategory = z.infer<typeof dataCategory>;

/**
 * A recipient's postal address (and business ID), so that letters to it (GDPR Art. 19 notices of an
 * erasure or a restriction) fit a window envelope. Kept once per recipient name, not per disclosure:
 * the collection agency or the accounting firm receives data many times at the same address.
 * A Finnish recipient's business ID is a Y-tunnus (checked); a foreign one is kept as given.
 */
export const recipientAddressFields = z
  .object({
    businessId: z.string().trim().max(30, { message: 'errors.tooLong' }).default(''),
    street: f.requiredText(200),
    postalCode: z.string().trim().min(1, { message: 'errors.required' }).max(12, { message: 'errors.tooLong' }),
    city: f.requiredText(100),
    country: f.countryCode.default('FI'),
  })
  .superRefine((a, ctx) => {
    if (a.country === 'FI' && !/^\d{5}$/.test(a.postalCode)) ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'errors.postalCode' });
    if (a.country === 'FI' && a.businessId !== '' && !isValidBusinessId(a.businessId)) ctx.addIssue({ code: 'custom', path: ['businessId'], message: 'errors.businessId' });
  })
  .transform((a) => ({ ...a, businessId: a.country === 'FI' && a.businessId !== '' ? normalizeBusinessId(a.businessId)! : a.businessId }));
export type RecipientAddress = z.output<typeof recipientAddressFields>;

export const recipientAddressInput = z.object({ recipient: f.requiredText(200), address: recipientAddressFields });

/** A recipient as the disclosures register knows it: its address (null until someone adds it). */
export interface RecipientEntry {
  recipient: string;
  address: RecipientAddress | null;
  disclosureCount: number;
  lastDate: string | null;
}

export const disclosureInput = z.object({
  date: f.isoDate,
  recipient: f.requiredText(200),
  recipientKind,
  purpose: f.requiredText(500),
  dataCategories: z.array(dataCategory).min(1, { message: 'errors.required' }),
  customerIds: z.array(f.id).min(1, { message: 'errors.required' }).max(100_000),
  reference: f.optionalText(200),
  /** Given when the recipient is new or has moved; kept for the recipient's name. */
  recipientAddress: recipientAddressFields.optional(),
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
  /** Whether letters can be sent to the recipient: its postal address is known. */
  hasAddress: boolean;
}

export const disclosuresContract = {
  'privacy.disclosures.list': method<Disclosure[]>()(
    z.object({ customerId: f.id.optional(), from: f.isoDate.optional(), to: f.isoDate.optional(), limit: z.number().int().min(1).max(1000).default(200) }),
    'user',
  ),
  'privacy.disclosures.create': method<Disclosure>()(disclosureInput, 'user'),
  /** Every recipient named in the register (and every address kept), the ones without an address first. */
  'privacy.recipients.directory': method<RecipientEntry[]>()(z.object({}), 'user'),
  'privacy.recipients.saveAddress': method<RecipientEntry>()(recipientAddressInput, 'user'),
};
