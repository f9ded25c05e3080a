import { z } from 'zod';
import { method } from './define';
import { liftNotice } from './recipients';
import * as f from './fields';

/** Where a person's data came from (the privacy notice's "säännönmukaiset tietolähteet"). */
export const DATA_SOURCES = ['shop_purchase', 'web_shop', 'reseller', 'registration', 'customer_notice', 'address_update_service', 'subcontractor'] as const;
export const dataSource = z.enum(DATA_SOURCES);
export type DataSource = z.infer<typeof dataSource>;

/** What a person may forbid at any time (kielto-oikeus); every list and export honours them. */
export const PROHIBITIONS = ['directAdvertising', 'distanceSelling', 'directMarketing', 'marketResearch', 'publication', 'disclosure'] as const;
export type Prohibition = (typeof PROHIBITIONS)[number];
export const prohibitionsSchema = z.object(Object.fromEntries(PROHIBITIONS.map((p) => [p, z.boolean()])) as Record<Prohibition, z.ZodBoolean>);
export type Prohibitions = z.infer<typeof prohibitionsSchema>;
export const NO_PROHIBITIONS: Prohibitions = Object.fromEntries(PROHIBITIONS.map((p) => [p, false])) as Prohibitions;

/** Postal code: five digits in Finland, free (but short) elsewhere. Checked with the country. */
const postalCodeFree = z.string().trim().max(12, { message: 'errors.tooLong' });


export const sourceEntry = z.object({ source: dataSource, date: f.isoDate, note: f.optionalText(200) });
export type SourceEntry = z.infer<typeof sourceEntry>;

/** The editable personal data of a customer. */
export const customerFields = z
  .object({
    firstName: f.requiredText(100),
    lastName: f.requiredText(100),
    email: f.optionalEmail,
    phone: f.optionalPhone,
    street: f.optionalText(200),
    postalCode: postalCodeFree.default(''),
    city: f.optionalText(100),
    country: f.countryCode.default('FI'),
    language: f.language.default('fi'),
    organizationId: f.id.nullable().default(null),
    relationshipStart: f.isoDate,
    // '' from a cleared date field means no end date: stored (and compared) as null.
    relationshipEnd: z.union([z.literal(''), f.isoDate]).nullable().default(null).transform((v) => (v === '' ? null : v)),
  })
  .superRefine((c, ctx) => {
    if (c.country === 'FI' && c.postalCode !== '' && !/^\d{5}$/.test(c.postalCode)) {
      ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'errors.postalCode' });
    }
    if (c.relationshipEnd && c.relationshipEnd < c.relationshipStart) {
      ctx.addIssue({ code: 'custom', path: ['relationshipEnd'], message: 'errors.endBeforeStart' });
    }
  });
export type CustomerFields = z.output<typeof customerFields>;

export const createCustomerInput = z.object({
  customer: customerFields,
  sources: z.array(sourceEntry).min(1, { message: 'errors.sourceRequired' }).max(20),
  prohibitions: prohibitionsSchema.default(NO_PROHIBITIONS),
  /** The clerk has seen the possible duplicates and still wants a new customer. */
  confirmNotDuplicate: z.boolean().default(false),
  /** The person's data was erased earlier; the clerk starts a new customer relationship anyway. */
  confirmErasedReturn: z.boolean().default(false),
});

export const updateCustomerInput = z.object({
  id: f.id,
  customer: customerFields,
  /** Why: optional for everyday edits (required when a rectification applies it). */
  reason: f.optionalText(500),
});

export interface CustomerRestriction {
  reason: string;
  date: string;
  byUserId: number;
  byName: string;
}

export interface OrganizationRef {
  id: number;
  name: string;
  businessId: string | null;
}

export interface Customer extends CustomerFields {
  id: number;
  customerNumber: number;
  organization: OrganizationRef | null;
  sources: (SourceEntry & { id: number })[];
  prohibitions: Prohibitions;
  restriction: CustomerRestriction | null;
  /** Organisations this person is a contact person of, with the period. */
  contactRoles: { organizationId: number; organizationName: string; startDate: string; endDate: string | null; active: boolean }[];
  createdAt: string;
  updatedAt: string;
}

export interface HistoryEntry {
  id: number;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  at: string;
  userId: number | null;
  userName: string | null;
  reason: string;
}

export interface CustomerSummary {
  id: number;
  customerNumber: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  city: string;
  organizationName: string | null;
  restricted: boolean;
}

export interface SearchHit extends CustomerSummary {
  /** Which field matched best, for the list's hint column. */
  matchedOn: 'number' | 'lastName' | 'firstName' | 'email' | 'phone' | 'organization';
}

export interface DuplicateMatch extends CustomerSummary {
  matchedOn: ('email' | 'phone' | 'namePostalCode')[];
}

/** An earlier erasure whose fingerprints the typed identifiers match: the person was erased. */
export interface ErasedBefore {
  /** The erasure certificate's number (E-2026-0001). */
  number: string;
  at: string;
  matchedOn: string[];
}

/** What the new-customer form shows while typing: similar customers, and erased people it matches. */
export interface DuplicateCheck {
  duplicates: DuplicateMatch[];
  erasedBefore: ErasedBefore[];
}

export const searchInput = z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(200).default(50) });

export const CUSTOMER_SORTS = ['name', 'number', 'city', 'created'] as const;
export const listInput = z.object({
  sort: z.enum(CUSTOMER_SORTS).default('name'),
  descending: z.boolean().default(false),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});

export const duplicatesInput = z.object({
  email: z.string().max(320).default(''),
  phone: z.string().max(50).default(''),
  firstName: z.string().max(100).default(''),
  lastName: z.string().max(100).default(''),
  postalCode: z.string().max(12).default(''),
  excludeId: f.id.optional(),
});

export const importInput = z.object({
  /** The file's bytes, base64: UTF-8 (with or without BOM) or Windows-1252 is detected. */
  fileBase64: z.string().min(1, { message: 'errors.required' }).max(40_000_000, { message: 'errors.fileTooLarge' }),
  source: dataSource,
  sourceDate: f.isoDate,
});

export interface ImportRowPreview {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  values: { firstName: string; lastName: string; email: string; phone: string; street: string; postalCode: string; city: string; organization: string };
  errors: { field: string; message: string }[];
  duplicates: { id: number; customerNumber: number; name: string; matchedOn: string[] }[];
}

export interface ImportPreview {
  encoding: 'utf-8' | 'windows-1252';
  columns: string[];
  unknownColumns: string[];
  rows: ImportRowPreview[];
  validCount: number;
  errorCount: number;
  duplicateCount: number;
}

export const importCommitInput = importInput.extend({
  /** Rows whose data matches an existing customer are skipped unless this is set. */
  includeDuplicates: z.boolean().default(false),
  /** Rows with errors are refused (and nothing is written) unless this is set. */
  skipInvalid: z.boolean().default(false),
});

export const customersContract = {
  'customers.search': method<SearchHit[]>()(searchInput, 'user'),
  'customers.list': method<{ total: number; rows: CustomerSummary[] }>()(listInput, 'user'),
  'customers.get': method<Customer>()(z.object({ id: f.id }), 'user'),
  'customers.history': method<HistoryEntry[]>()(z.object({ id: f.id }), 'user'),
  'customers.create': method<Customer>()(createCustomerInput, 'user'),
  'customers.update': method<Customer>()(updateCustomerInput, 'user'),
  'customers.setProhibitions': method<Customer>()(z.object({ id: f.id, prohibitions: prohibitionsSchema, reason: f.optionalText(500) }), 'user'),
  'customers.addSource': method<Customer>()(z.object({ id: f.id, source: sourceEntry }), 'user'),
  'customers.setRestriction': method<Customer>()(
    // Lifting needs the notice given to the person beforehand (GDPR Art. 18(3)); the core refuses
    // a lift without it with its own message, so it is optional here.
    z.object({ id: f.id, restricted: z.boolean(), reason: f.optionalText(500), notice: liftNotice.optional() }).refine((v) => !v.restricted || v.reason.length > 0, {
      message: 'errors.required',
      path: ['reason'],
    }),
    'manager',
  ),
  'customers.findDuplicates': method<DuplicateCheck>()(duplicatesInput, 'user'),
  'customers.merge': method<Customer>()(z.object({ survivorId: f.id, mergedId: f.id }).refine((v) => v.survivorId !== v.mergedId, { message: 'errors.mergeSelf', path: ['mergedId'] }), 'manager'),
  'customers.importPreview': method<ImportPreview>()(importInput, 'user'),
  'customers.importCommit': method<{ imported: number; skipped: number }>()(importCommitInput, 'user'),
};
