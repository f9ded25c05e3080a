import { z } from 'zod';
import { method } from './define';
import * as f from './fields';
import { countryCode } from './customers';

export const organizationFields = z
  .object({
    name: f.requiredText(200),
    businessId: f.optionalBusinessId,
    street: f.optionalText(200),
    postalCode: z.string().trim().max(12, { message: 'errors.tooLong' }).default(''),
    city: f.optionalText(100),
    country: countryCode.default('FI'),
  })
  .superRefine((o, ctx) => {
    if (o.country === 'FI' && o.postalCode !== '' && !/^\d{5}$/.test(o.postalCode)) {
      ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'errors.postalCode' });
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
