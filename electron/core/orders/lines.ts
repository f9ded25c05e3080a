// Priced lines, shared by orders and invoices: the VAT rate is resolved from the category by the
// delivery date (vatRateOn) or taken as given, the net is computed once and stored. Quantities are
// kept as integer thousandths (1,5 kpl = 1500), discounts as basis points (12,5 % = 1250).
// A line typed with VAT included (a shelf price) is stored the same way — its unit price converted
// to net by the rule in shared/api/grossPrices.ts — with the typed shelf price kept beside it.
import type { LineInput, PricedLine } from '../../../shared/api/orders';
import { lineNetCents, MAX_TOTAL_CENTS, percentToBp, quantityMilli } from '../../../shared/api/orders';
import { priceTyped } from '../../../shared/api/grossPrices';
import { vatRateOn, type VatCategoryId, type VatRateRow } from '../../../shared/finnish/vatRates';
import { fail } from '../errors';
import type { Db } from '../store/database';

/** Prices the line; with `pricesIncludeVat` its unitPriceCents is a shelf price (VAT included). */
/** `rates` is the register's VAT table (legal/legalParameters.ts vatRateTable): data, not code. */
export function priceLine(input: LineInput, position: number, deliveryDate: string, pricesIncludeVat: boolean, rates: readonly VatRateRow[]): PricedLine {
  let rate: number;
  if (input.vatCategory !== undefined) {
    try {
      rate = vatRateOn(input.vatCategory, deliveryDate, rates);
    } catch {
      throw fail('VALIDATION', 'noVatRate', { date: deliveryDate }, { fields: { [`lines.${position - 1}.vatCategory`]: 'vatRateUnknown' } });
    }
  } else {
    // An explicit rate must be one the law has had (a line copied from an older invoice keeps its 14 %).
    rate = input.vatRateBp!;
    if (!rates.some((r) => r.basisPoints === rate)) throw fail('VALIDATION', 'vatRateUnknown', {}, { fields: { [`lines.${position - 1}.vatRateBp`]: 'vatRateUnknown' } });
  }
  const qm = quantityMilli(input.quantity);
  const discountBp = percentToBp(input.discountPercent);
  const unitGrossCents = pricesIncludeVat ? input.unitPriceCents : null;
  const priced = priceTyped(input.unitPriceCents, pricesIncludeVat, qm, discountBp, rate);
  return {
    position,
    description: input.description,
    quantity: qm / 1000,
    quantityMilli: qm,
    unit: input.unit,
    unitPriceCents: priced.unitNetCents,
    unitGrossCents,
    discountPercent: discountBp / 100,
    discountBp,
    vatCategory: input.vatCategory ?? null,
    vatRateBp: rate,
    exemptionReason: rate === 0 ? (input.exemptionReason ?? null) : null,
    netCents: priced.netCents,
    deliveryDate,
    productId: input.productId ?? null,
  };
}

export function priceLines(inputs: readonly LineInput[], deliveryDate: string, pricesIncludeVat: boolean, rates: readonly VatRateRow[]): PricedLine[] {
  const lines = inputs.map((l, i) => priceLine(l, i + 1, deliveryDate, pricesIncludeVat, rates));
  if (lines.reduce((sum, l) => sum + Math.abs(l.netCents), 0) > MAX_TOTAL_CENTS) {
    throw fail('VALIDATION', 'range', {}, { fields: { lines: 'range' } });
  }
  const zeroWithoutReason = lines.findIndex((l) => l.vatRateBp === 0 && !l.exemptionReason);
  if (zeroWithoutReason >= 0) {
    throw fail('VALIDATION', 'exemptionReasonRequired', {}, { fields: { [`lines.${zeroWithoutReason}.exemptionReason`]: 'exemptionReasonRequired' } });
  }
  return lines;
}

/**
 * A category line follows a new delivery date; an explicit rate stays. A line typed with VAT keeps
 * its shelf price: its net unit price is converted again at the new rate.
 */
export function repriceForDelivery(line: PricedLine, deliveryDate: string, rates: readonly VatRateRow[]): PricedLine {
  if (line.vatCategory === null) return { ...line, deliveryDate };
  let rate: number;
  try {
    rate = vatRateOn(line.vatCategory, deliveryDate, rates);
  } catch {
    throw fail('VALIDATION', 'noVatRate', { date: deliveryDate });
  }
  if (line.unitGrossCents === null) return { ...line, vatRateBp: rate, deliveryDate };
  const priced = priceTyped(line.unitGrossCents, true, line.quantityMilli, line.discountBp, rate);
  return { ...line, unitPriceCents: priced.unitNetCents, netCents: priced.netCents, vatRateBp: rate, deliveryDate };
}

export interface LineRow {
  position: number;
  description: string;
  quantity_milli: number;
  unit: string;
  unit_price_cents: number;
  unit_gross_cents: number | null;
  discount_bp: number;
  vat_category: VatCategoryId | null;
  vat_rate_bp: number;
  exemption_reason: string | null;
  net_cents: number;
  delivery_date: string;
  order_id?: number | null;
  product_id?: number | null;
}

export function lineFromRow(r: LineRow): PricedLine {
  return {
    position: r.position,
    description: r.description,
    quantity: r.quantity_milli / 1000,
    quantityMilli: r.quantity_milli,
    unit: r.unit,
    unitPriceCents: r.unit_price_cents,
    unitGrossCents: r.unit_gross_cents,
    discountPercent: r.discount_bp / 100,
    discountBp: r.discount_bp,
    vatCategory: r.vat_category,
    vatRateBp: r.vat_rate_bp,
    exemptionReason: r.exemption_reason,
    netCents: r.net_cents,
    deliveryDate: r.delivery_date,
    productId: r.product_id ?? null,
  };
}

type LineTable = 'order_lines' | 'invoice_lines';
const OWNER: Record<LineTable, string> = { order_lines: 'order_id', invoice_lines: 'invoice_id' };

export function readLineRows(db: Db, table: LineTable, ownerId: number): LineRow[] {
  return db.prepare(`SELECT * FROM ${table} WHERE ${OWNER[table]} = ? ORDER BY position, id`).all(ownerId) as LineRow[];
}

/** Replaces the lines of an order or (draft) invoice. */
export function writeLines(db: Db, table: LineTable, ownerId: number, lines: readonly (PricedLine & { orderId?: number | null })[]): void {
  db.prepare(`DELETE FROM ${table} WHERE ${OWNER[table]} = ?`).run(ownerId);
  const extraCol = table === 'invoice_lines' ? ', order_id' : '';
  const extraVal = table === 'invoice_lines' ? ', ?' : '';
  const insert = db.prepare(
    `INSERT INTO ${table} (${OWNER[table]}, position, description, quantity_milli, unit, unit_price_cents, unit_gross_cents, discount_bp, vat_category, vat_rate_bp, exemption_reason, net_cents, delivery_date, product_id${extraCol})
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?${extraVal})`,
  );
  lines.forEach((l, i) => {
    const values: unknown[] = [ownerId, i + 1, l.description, l.quantityMilli, l.unit, l.unitPriceCents, l.unitGrossCents ?? null, l.discountBp, l.vatCategory, l.vatRateBp, l.exemptionReason, l.netCents, l.deliveryDate, l.productId ?? null];
    if (table === 'invoice_lines') values.push(l.orderId ?? null);
    insert.run(...values);
  });
}
