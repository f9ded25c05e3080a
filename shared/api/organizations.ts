import { z } from 'zod';
import { method } from './define';
import * as f from './fields';
import { isValidVatNumber, normalizeVatNumber } from '../finnish/vatNumber';
import { einvoiceAddressKind, isValidOperatorId, normalizeEinvoiceId } from '../finnish/einvoiceAddress';

export const organizationFields = z
  .object({
    name: f.requiredText(200),
    businessId: f.optionalBusinessId,
    street: f.optionalText(200),
    postalCode: z.string().trim().max(12, { message: 'errors.tooLong' }).default(''),
    city: f.optionalText(100),
    country: f.countryCode.default('FI'),
    /** EU VAT number (ALV-tunniste), e.g. DE123456789; empty for a Finnish organisation = derived from the Y-tunnus. */
    vatNumber: z
      .string()
      .trim()
      .max(20, { message: 'errors.tooLong' })
      .refine((v) => v === '' || isValidVatNumber(v), { message: 'errors.vatNumber' })
      .transform((v) => (v === '' ? '' : normalizeVatNumber(v)))
      .default(''),
    /** E-invoice address: OVT (0037 + Y-tunnus digits + optional unit) or IBAN; '' = none. */
    einvoiceAddress: z
      .string()
      .trim()
      .max(35, { message: 'errors.tooLong' })
      .refine((v) => v === '' || einvoiceAddressKind(v) !== null, { message: 'errors.einvoiceAddress' })
      .transform(normalizeEinvoiceId)
      .default(''),
    /** The operator (intermediator) ID: a BIC or the operator's OVT; required with an address. */
    einvoiceOperator: z
      .string()
      .trim()
      .max(35, { message: 'errors.tooLong' })
      .refine((v) => v === '' || isValidOperatorId(v), { message: 'errors.einvoiceOperator' })
      .transform(normalizeEinvoiceId)
      .default(''),
  })
  .superRefine((o, ctx) => {
    // An address without its operator cannot be routed, and an operator alone says nothing.
    if (o.einvoiceAddress !== '' && o.einvoiceOperator === '') ctx.addIssue({ code: 'custom', path: ['einvoiceOperator'], message: 'errors.einvoiceOperatorMissing' });
    if (o.einvoiceOperator !== '' && o.einvoiceAddress === '') ctx.addIssue({ code: 'custom', path: ['einvoiceAddress'], message: 'errors.einvoiceAddressMissing' });
    if (o.country === 'FI' && o.postalCode !== '' && !/^\d{5}$/.test(o.postalCode)) {
      ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'errors.postalCode' });
    }
    // A Finnish VAT number is the Y-tunnus itself (vero.fi): one that differs from it is a typing mistake.
    if (o.vatNumber.startsWith('FI') && o.businessId !== '' && o.vatNumber !== `FI${o.businessId.replace('-', '')}`) {
      ctx.addIssue({ code: 'custom', path: ['vatNumber'], message: 'errors.vatNumberNotBusinessId' });
    }
  });
export type OrganizationFields = z.output<typeof organizationFields>;

export interface OrganizationContact {
  id: number;
  customerId: number;
  customerNumber: number;
  name: string;
  startDate: string;
  endDate: string | null;
  active: boolean;
}

export interface Organization extends OrganizationFields {
  id: number;
  /** The VAT number as used on invoices: the one entered, or for a Finnish organisation derived from its Y-tunnus. */
  effectiveVatNumber: string;
  contacts: OrganizationContact[];
  /** Who represents this organisation today: customers joined to it and its active contact persons. */
  memberCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface OrganizationSummary {
  id: number;
  name: string;
  businessId: string;
  city: string;
  /** As Organization.memberCount. */
  memberCount: number;
  activeContacts: number;
}

export const organizationsContract = {
  'organizations.list': method<OrganizationSummary[]>()(z.object({ query: z.string().max(200).default(''), limit: z.number().int().min(1).max(500).default(100) }), 'user'),
  'organizations.get': method<Organization>()(z.object({ id: f.id }), 'user'),
  'organizations.create': method<Organization>()(organizationFields, 'user'),
  'organizations.update': method<Organization>()(z.object({ id: f.id, organization: organizationFields }), 'user'),
  'organizations.addContact': method<Organization>()(
    z
      .object({ id: f.id, customerId: f.id, startDate: f.isoDate, endDate: z.union([z.literal(''), f.isoDate]).nullable().default(null) })
      .refine((v) => !v.endDate || v.endDate >= v.startDate, { message: 'errors.endBeforeStart', path: ['endDate'] }),
    'user',
  ),
  'organizations.endContact': method<Organization>()(z.object({ id: f.id, contactId: f.id, endDate: f.isoDate }), 'user'),
};
