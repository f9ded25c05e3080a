// Legal parameters that change by law (VAT rates, the maximum consumer reminder fee) as data the
// manager updates from the settings, each with its source and the day it takes effect (issue #16
// §2). The rates known at release ship in migration 0017; the reference rate, which the Bank of
// Finland sets each half-year, is kept beside them (invoicing.referenceRates.*).
import { z } from 'zod';
import { method } from './define';
import * as f from './fields';
import { VAT_CATEGORIES, type VatCategoryId } from '../finnish/vatRates';

const VAT_CATEGORY_IDS = VAT_CATEGORIES.map((c) => c.id) as [VatCategoryId, ...VatCategoryId[]];

/** Who added a value and when: null for the values shipped with the program. */
interface Added {
  validFrom: string;
  source: string;
  addedAt: string;
  addedByName: string | null;
}

export interface VatRateEntry extends Added {
  category: VatCategoryId;
  rateBp: number;
}

export interface ReminderFeeLimit extends Added {
  maxCents: number;
}

/** Where a value comes from: the act or the decision, as the manager can show it to an auditor. */
const source = f.requiredText(300);

export const legalContract = {
  'legal.vatRates.list': method<VatRateEntry[]>()(z.object({}), 'user'),
  'legal.vatRates.add': method<VatRateEntry[]>()(
    z.object({ category: z.enum(VAT_CATEGORY_IDS), validFrom: f.isoDate, rateBp: z.number().int().min(0, { message: 'errors.range' }).max(10000, { message: 'errors.range' }), source }),
    'manager',
  ),
  'legal.reminderFeeLimits.list': method<ReminderFeeLimit[]>()(z.object({}), 'user'),
  'legal.reminderFeeLimits.add': method<ReminderFeeLimit[]>()(
    z.object({ validFrom: f.isoDate, maxCents: z.number().int().min(0, { message: 'errors.range' }).max(100_00, { message: 'errors.range' }), source }),
    'manager',
  ),
};
