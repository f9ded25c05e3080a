import { z } from 'zod';
import { method } from './define';
import * as f from './fields';

/** Who gets a mailing label: filters chosen by the user; prohibitions are applied by the app. */
export const labelFilters = z
  .object({
    city: f.optionalText(100),
    postalFrom: z.string().trim().regex(/^(\d{5})?$/, { message: 'errors.postalCode' }).default(''),
    postalTo: z.string().trim().regex(/^(\d{5})?$/, { message: 'errors.postalCode' }).default(''),
    customerSince: z.union([z.literal(''), f.isoDate]).default(''),
    /** Has bought (an order that was not cancelled) on or after this date. */
    boughtSince: z.union([z.literal(''), f.isoDate]).default(''),
  })
  .refine((v) => !v.postalFrom || !v.postalTo || v.postalFrom <= v.postalTo, { message: 'errors.endBeforeStart', path: ['postalTo'] });
export type LabelFilters = z.output<typeof labelFilters>;

export interface LabelPreview {
  /** Customers the filters select, before the app's exclusions. */
  selected: number;
  included: number;
  /** Why the others are left out (a customer is counted under the first reason that applies). */
  excluded: { directAdvertising: number; publication: number; restricted: number; noAddress: number };
  sheets: number;
}

export const marketingContract = {
  'marketing.labels.preview': method<LabelPreview>()(labelFilters, 'user'),
  'marketing.labels.pdf': method<LabelPreview & { filename: string; base64: string }>()(labelFilters, 'user'),
};
