// products.*: the shop's catalogue, so the clerk never types a price or a VAT class by hand.
// A product holds a VAT CLASS, never a rate: the rate is looked up from the VAT table by each
// order line's delivery date (a reducedA product sold on 31.12.2025 is 14 %, on 1.1.2026 13,5 %).
// Its price is stated either without VAT or with VAT (a shelf price), as the shop prices it. An
// order line copies what it sells (text, unit, price, class), so changing a product never alters
// an order, invoice or credit note already made.
import { z } from 'zod';
import { isValidGtin } from '../finnish/gtin';
import { method } from './define';
import * as f from './fields';
import { EXEMPTION_REASON_IDS, MAX_UNIT_PRICE_CENTS, VAT_CATEGORY_IDS } from './orders';
import { VAT_RATE_TABLE, vatForNet, vatRateOn, type VatCategoryId, type VatRateRow } from '../finnish/vatRates';
import { netForGross } from './grossPrices';

export const MAX_PRODUCT_CODE = 40;

export const productFields = z
  .object({
    /** The shop's own code; unique whatever its letter case ("ab-1" and "AB-1" are one product). */
    code: z
      .string()
      .trim()
      .min(1, { message: 'errors.required' })
      .max(MAX_PRODUCT_CODE, { message: 'errors.tooLong' })
      .refine((c) => !/\s/.test(c), { message: 'errors.productCodeSpaces' }),
    /** EAN/GTIN (8, 12, 13 or 14 digits, check digit validated); '' for none. */
    barcode: z
      .string()
      .trim()
      .default('')
      .refine((b) => b === '' || isValidGtin(b), { message: 'errors.gtin' }),
    nameFi: f.requiredText(200),
    nameEn: f.optionalText(200),
    unit: z.string().trim().max(12, { message: 'errors.tooLong' }).default('kpl'),
    priceCents: z
      .number({ message: 'errors.money' })
      .int({ message: 'errors.money' })
      .min(0, { message: 'errors.priceNegative' })
      .max(MAX_UNIT_PRICE_CENTS, { message: 'errors.range' }),
    /** The price includes VAT (a shelf price) — else it is without VAT. */
    priceIncludesVat: z.boolean().default(true),
    vatCategory: z.enum(VAT_CATEGORY_IDS, { message: 'errors.vatClassUnknown' }),
    /** Required for the zero class: why no VAT is charged. */
    exemptionReason: z.enum(EXEMPTION_REASON_IDS).nullable().default(null),
    active: z.boolean().default(true),
  })
  .superRefine((p, ctx) => {
    if (p.vatCategory === 'zero' && !p.exemptionReason) ctx.addIssue({ code: 'custom', path: ['exemptionReason'], message: 'errors.exemptionReasonRequired' });
    if (p.vatCategory !== 'zero' && p.exemptionReason) ctx.addIssue({ code: 'custom', path: ['exemptionReason'], message: 'errors.exemptionReasonOnlyZero' });
  });
export type ProductFields = z.output<typeof productFields>;

export interface Product extends Omit<ProductFields, 'vatCategory'> {
  id: number;
  vatCategory: VatCategoryId;
  createdAt: string;
  updatedAt: string;
}

export interface ProductImportRow {
  line: number;
  values: Record<string, string>;
  errors: { field: string; message: string }[];
}

export interface ProductImportPreview {
  encoding: 'utf-8' | 'windows-1252';
  columns: string[];
  unknownColumns: string[];
  rows: ProductImportRow[];
  validCount: number;
  errorCount: number;
}

const fileInput = z.object({ fileBase64: z.string().min(1, { message: 'errors.required' }).max(40_000_000, { message: 'errors.tooLong' }) });

export const listProductsInput = z.object({
  query: z.string().trim().max(100).default(''),
  includeInactive: z.boolean().default(false),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});

export const productsContract = {
  'products.list': method<{ total: number; rows: Product[] }>()(listProductsInput, 'user'),
  /** The line editor's search: an exact barcode or code first, then codes and names starting so. */
  'products.search': method<Product[]>()(z.object({ query: z.string().trim().max(100), limit: z.number().int().min(1).max(50).default(10) }), 'user'),
  'products.get': method<Product>()(z.object({ id: f.id }), 'user'),
  'products.create': method<Product>()(productFields, 'manager'),
  'products.update': method<Product>()(z.intersection(z.object({ id: f.id }), productFields), 'manager'),
  'products.importPreview': method<ProductImportPreview>()(fileInput, 'manager'),
  'products.importCommit': method<{ imported: number; added: number; updated: number }>()(fileInput, 'manager'),
  'products.exportCsv': method<{ filename: string; base64: string; count: number }>()(z.object({ includeInactive: z.boolean().default(true) }), 'user'),
};

/** What an order line copies from a product: its own text, unit, price and class (never a link). */
export interface LineFromProduct {
  description: string;
  unit: string;
  /** In the order's own mode: with VAT when the order's prices include VAT, else without. */
  unitPriceCents: number;
  vatCategory: VatCategoryId;
  exemptionReason?: string;
}

/**
 * A product as an order line, for an order whose prices are typed with or without VAT and whose
 * goods are delivered on `deliveryDate`. A product priced the other way is converted at the rate of
 * that day (grossPrices.ts' rule), so the line costs what the shelf says. `rates` is the register's
 * VAT table (legal.vatRates; the screen's useVatTable) — the release's by default.
 */
export function lineFromProduct(p: Pick<Product, 'nameFi' | 'nameEn' | 'unit' | 'priceCents' | 'priceIncludesVat' | 'vatCategory' | 'exemptionReason'>, orderPricesIncludeVat: boolean, deliveryDate: string, lang: 'fi' | 'en' = 'fi', rates: readonly VatRateRow[] = VAT_RATE_TABLE): LineFromProduct {
  let price = p.priceCents;
  if (p.priceIncludesVat !== orderPricesIncludeVat) {
    const rate = vatRateOn(p.vatCategory, deliveryDate, rates);
    price = p.priceIncludesVat ? netForGross(p.priceCents, rate) : p.priceCents + vatForNet(p.priceCents, rate);
  }
  return {
    description: lang === 'en' && p.nameEn ? p.nameEn : p.nameFi,
    unit: p.unit,
    unitPriceCents: price,
    vatCategory: p.vatCategory,
    ...(p.vatCategory === 'zero' && p.exemptionReason ? { exemptionReason: p.exemptionReason } : {}),
  };
}
