// Prices typed with VAT included — the shop's shelf prices — turned into what the register
// stores: the unit price WITHOUT VAT in whole cents. Stored that way, an invoice printed from a
// shelf price carries the same arithmetic as any other (unit price without VAT × quantity −
// discount = the line's net; VAT per rate from the nets) and the Accounting and VAT Acts' "unit
// price without tax" is a real, printed number. Shared by the core (which stores the result) and
// the line editor (which shows it live), so the screen never drifts from what is saved.
import { vatForNet } from '../finnish/vatRates';
import { lineNetCents } from './orders';

/** A line's gross in cents when its unit price without VAT is `unitNetCents`: its net plus the VAT of that net. */
export function lineGrossCents(quantityMilli: number, unitNetCents: number, discountBp: number, rateBp: number): number {
  const net = lineNetCents(quantityMilli, unitNetCents, discountBp);
  return net + vatForNet(net, rateBp);
}

/**
 * The unit price without VAT (whole cents) to store for a shelf price `grossUnitCents`.
 *
 * The rounding rule. The target is the line's gross as the clerk means it: quantity × shelf price
 * × (1 − discount), rounded to the cent exactly as a net line is (lineNetCents). For a candidate
 * net unit price u the line's gross is lineGrossCents(u) — what an invoice of that one line would
 * total. The plain conversion, shelf price ÷ (1 + rate) rounded to the cent, is kept when its gross
 * is the target (nearly always for whole quantities). Otherwise: the gross never decreases as u
 * grows, so a binary search over 0…shelf price finds the smallest u whose gross reaches the
 * target; the answer is that u or the one below it:
 * - the one whose gross IS the target, when either is (so 1 × 10,00 € at 25,5 % stores 7,97 € and
 *   prints 7,97 + 2,03 = 10,00 €);
 * - when neither is — no whole-cent net price gives that gross (3 × 10,00 € at 25,5 %: 3 × 7,97 €
 *   makes 30,01 €, 3 × 7,96 € makes 29,97 €) — the one whose gross is closer, and of two equally
 *   close the lower gross, so a rounding never charges the customer more than the shelf.
 * At 0 % the shelf price is the net price. Lines of one rate share one VAT rounding on an invoice
 * (vatBreakdown), so a document of several lines can still differ from the sum of the shelf totals
 * by a cent per line at most.
 */
export function netUnitForGross(grossUnitCents: number, quantityMilli: number, discountBp: number, rateBp: number): number {
  const target = lineNetCents(quantityMilli, grossUnitCents, discountBp);
  const gross = (u: number) => lineGrossCents(quantityMilli, u, discountBp, rateBp);
  // BigInt: shelf price × 10 000 stays exact; rounded half up (prices are never negative).
  const plain = Number((BigInt(grossUnitCents) * 20_000n + BigInt(10_000 + rateBp)) / BigInt(2 * (10_000 + rateBp)));
  if (gross(plain) === target) return plain;
  // The net is never above the gross (rates are ≥ 0): gross(shelf price) ≥ target.
  let lo = 0;
  let hi = grossUnitCents;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (gross(mid) >= target) hi = mid;
    else lo = mid + 1;
  }
  const above = lo;
  if (gross(above) === target || above === 0) return above;
  const below = above - 1;
  return target - gross(below) <= gross(above) - target ? below : above;
}

/** The unit price without VAT a typed price stands for: itself, or converted from a shelf price. */
export function unitNetCents(typedCents: number, pricesIncludeVat: boolean, quantityMilli: number, discountBp: number, rateBp: number): number {
  return pricesIncludeVat ? netUnitForGross(typedCents, quantityMilli, discountBp, rateBp) : typedCents;
}
