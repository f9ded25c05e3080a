// orders.*: what a customer bought — at the counter, in the web shop or through a reseller — with
// lines, VAT per rate and a status. Shared by the core and the order screens; the pure price
// helpers below are the same arithmetic the core stores, so a screen's live totals never drift
// from what is saved.
//
// Units, everywhere: money in integer cents (unit prices WITHOUT VAT as stored; a form may type
// them with VAT — pricesIncludeVat — and the core converts, shared/api/grossPrices.ts), VAT rates in basis points
// (2550 = 25,5 %), discounts in percent on input and basis points in storage (12,5 % = 1250),
// quantities as decimal numbers with at most three decimals on input (1.5) and integer
// thousandths in storage and in `quantityMilli` (1500).
import { z } from 'zod';
import { VAT_EXEMPTION_REASONS, vatBreakdown, type VatCategoryId, type VatRow } from '../finnish/vatRates';
import { method } from './define';
import * as f from './fields';

export const ORDER_CHANNELS = ['shop', 'web_shop', 'reseller'] as const;
export const orderChannel = z.enum(ORDER_CHANNELS);
export type OrderChannel = z.infer<typeof orderChannel>;

export const ORDER_STATUSES = ['open', 'paid', 'invoiced', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const PAYMENT_METHODS = ['bank_transfer', 'cash', 'card', 'mobile', 'other'] as const;
export const paymentMethod = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof paymentMethod>;

export const VAT_CATEGORY_IDS = ['general', 'reducedA', 'reducedB', 'zero'] as const satisfies readonly VatCategoryId[];
export const EXEMPTION_REASON_IDS = VAT_EXEMPTION_REASONS.map((r) => r.id) as [string, ...string[]];

/** A counter receipt may be a simplified invoice (AVL 209 h §) up to this total, VAT included. */
export const SIMPLIFIED_RECEIPT_MAX_CENTS = 40_000;
export const MAX_QUANTITY = 1_000_000;
/** 999 999,99 €: what a bank barcode can carry; no single price needs more. */
export const MAX_UNIT_PRICE_CENTS = 99_999_999;
export const MAX_LINES = 500;
/** No order or invoice is larger than this (10 000 000 000,00 €): keeps every sum an exact integer. */
export const MAX_TOTAL_CENTS = 1_000_000_000_000;

/** Whether `n` has at most `decimals` decimals (tolerating binary floating point: 1.1 × 1000). */
const hasDecimals = (n: number, decimals: number) => {
  const scaled = n * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
};

export const quantityMilli = (q: number) => Math.round(q * 1000);
export const percentToBp = (p: number) => Math.round(p * 100);

/** One line as a form sends it. Give either `vatCategory` (the rate then follows the delivery date) or `vatRateBp`. */
export const lineInput = z
  .object({
    description: f.requiredText(300),
    quantity: z
      .number({ message: 'errors.quantity' })
      .gt(0, { message: 'errors.quantity' })
      .max(MAX_QUANTITY, { message: 'errors.range' })
      .refine((q) => hasDecimals(q, 3), { message: 'errors.quantityDecimals' }),
    unit: f.optionalText(12),
    unitPriceCents: z.number({ message: 'errors.money' }).int({ message: 'errors.money' }).min(0, { message: 'errors.range' }).max(MAX_UNIT_PRICE_CENTS, { message: 'errors.range' }),
    discountPercent: z
      .number()
      .min(0, { message: 'errors.range' })
      .max(100, { message: 'errors.range' })
      .refine((p) => hasDecimals(p, 2), { message: 'errors.discountDecimals' })
      .default(0),
    vatCategory: z.enum(VAT_CATEGORY_IDS).optional(),
    // Whether the law has had the rate is checked by the core against the register's VAT table.
    vatRateBp: z.number().int({ message: 'errors.vatRateUnknown' }).min(0, { message: 'errors.vatRateUnknown' }).max(10000, { message: 'errors.vatRateUnknown' }).optional(),
    /** Required for a 0 % line: why no VAT is charged (one of VAT_EXEMPTION_REASONS). */
    exemptionReason: z.enum(EXEMPTION_REASON_IDS).optional(),
    /** The catalogue product the line was added from (reports group sales by it); absent for free text. */
    productId: f.id.optional(),
  })
  .superRefine((l, ctx) => {
    if ((l.vatCategory === undefined) === (l.vatRateBp === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['vatCategory'], message: 'errors.vatChoice' });
    }
    const zero = l.vatCategory === 'zero' || l.vatRateBp === 0;
    if (zero && !l.exemptionReason) ctx.addIssue({ code: 'custom', path: ['exemptionReason'], message: 'errors.exemptionReasonRequired' });
    if (!zero && l.exemptionReason) ctx.addIssue({ code: 'custom', path: ['exemptionReason'], message: 'errors.exemptionReasonOnlyZero' });
  });
export type LineInput = z.output<typeof lineInput>;

export const linesInput = z.array(lineInput).min(1, { message: 'errors.linesRequired' }).max(MAX_LINES, { message: 'errors.tooMany' });

/** A priced line as stored and shown. */
export interface PricedLine {
  position: number;
  description: string;
  /** 1.5 */
  quantity: number;
  /** 1500: the stored integer (thousandths). */
  quantityMilli: number;
  unit: string;
  /** Without VAT. */
  unitPriceCents: number;
  /** The shelf price (VAT included) the clerk typed, from which unitPriceCents was derived; null when typed without VAT. */
  unitGrossCents: number | null;
  discountPercent: number;
  discountBp: number;
  /** null when the rate was given explicitly. */
  vatCategory: VatCategoryId | null;
  vatRateBp: number;
  exemptionReason: string | null;
  /** quantity × unit price × (1 − discount), rounded to the cent; without VAT. */
  netCents: number;
  /** The delivery date the rate was chosen by. */
  deliveryDate: string;
  /** The catalogue product the line was added from; null for a free-text line. */
  productId?: number | null;
}

export interface Totals {
  /** One row per VAT rate, highest first; VAT is rounded once per row (vatBreakdown). */
  vatRows: VatRow[];
  netCents: number;
  vatCents: number;
  grossCents: number;
}

/**
 * Net of a line in cents: quantity (thousandths) × unit price × (10000 − discount bp) / 10⁷,
 * rounded half away from zero. BigInt keeps the product exact.
 */
export function lineNetCents(quantityMilliValue: number, unitPriceCents: number, discountBp: number): number {
  const num = BigInt(quantityMilliValue) * BigInt(unitPriceCents) * BigInt(10_000 - discountBp);
  const den = 10_000_000n;
  const neg = num < 0n;
  const abs = neg ? -num : num;
  const rounded = (abs * 2n + den) / (2n * den);
  return Number(neg ? -rounded : rounded);
}

/** Totals of priced lines: the per-rate rows and their exact sums. */
export function totalsOf(lines: readonly { netCents: number; vatRateBp: number }[]): Totals {
  const b = vatBreakdown(lines.map((l) => ({ netCents: l.netCents, rateBp: l.vatRateBp })));
  return { vatRows: b.rows, ...b.totals };
}

export interface OrderActions {
  canEdit: boolean;
  canCancel: boolean;
  canMarkPaid: boolean;
  canInvoice: boolean;
  hasReceipt: boolean;
}

export interface Order extends Totals {
  id: number;
  customerId: number;
  customerNumber: number;
  customerName: string;
  organizationName: string | null;
  date: string;
  deliveryDate: string;
  channel: OrderChannel;
  status: OrderStatus;
  note: string;
  /** The lines' prices were typed with VAT included (shelf prices) and converted. */
  pricesIncludeVat: boolean;
  lines: PricedLine[];
  invoiceId: number | null;
  /** null while the invoice is a draft. */
  invoiceNumber: number | null;
  paidDate: string | null;
  paymentMethod: PaymentMethod | null;
  receiptNumber: number | null;
  /** The receipt is a simplified invoice (total ≤ 400 €); above that it names the buyer too. */
  simplifiedReceipt: boolean;
  cancelReason: string | null;
  createdAt: string;
  createdByName: string | null;
  updatedAt: string;
  actions: OrderActions;
}

export interface OrderSummary {
  id: number;
  customerId: number;
  customerNumber: number;
  customerName: string;
  date: string;
  channel: OrderChannel;
  status: OrderStatus;
  lineCount: number;
  netCents: number;
  vatCents: number;
  grossCents: number;
  invoiceId: number | null;
  invoiceNumber: number | null;
  receiptNumber: number | null;
}

const orderFields = {
  /** Order date; defaults to today (Helsinki). */
  date: f.isoDate.optional(),
  /** When the goods were handed over; decides the VAT rate. Defaults to the order date. */
  deliveryDate: f.isoDate.optional(),
  channel: orderChannel.default('shop'),
  note: f.optionalText(1000),
  /** The lines' unitPriceCents include VAT (shelf prices); the core stores them converted to net. */
  pricesIncludeVat: z.boolean().default(false),
  lines: linesInput,
};

export const createOrderInput = z.object({ customerId: f.id, ...orderFields });
export const updateOrderInput = z.object({ id: f.id, ...orderFields });

export const listOrdersInput = z.object({
  customerId: f.id.optional(),
  status: z.enum(ORDER_STATUSES).optional(),
  from: f.isoDate.optional(),
  to: f.isoDate.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});

export const markPaidInput = z.object({
  id: f.id,
  /** Defaults to today; never in the future. */
  date: f.isoDate.optional(),
  method: paymentMethod.default('card'),
});

export interface PdfFile {
  filename: string;
  base64: string;
}

export const ordersContract = {
  'orders.create': method<Order>()(createOrderInput, 'user'),
  'orders.get': method<Order>()(z.object({ id: f.id }), 'user'),
  'orders.list': method<{ total: number; rows: OrderSummary[] }>()(listOrdersInput, 'user'),
  'orders.update': method<Order>()(updateOrderInput, 'user'),
  'orders.cancel': method<Order>()(z.object({ id: f.id, reason: f.optionalText(500) }), 'user'),
  'orders.markPaidAtCounter': method<Order>()(markPaidInput, 'user'),
  'orders.receiptPdf': method<PdfFile>()(z.object({ id: f.id }), 'user'),
};
