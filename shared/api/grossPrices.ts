// Prices typed with VAT included — the shop's shelf prices — turned into what the register
// stores: a unit price WITHOUT VAT in whole cents (printed on the invoice, as the VAT Act asks) and
// the line's net (from which the VAT per rate is computed, as for any line). Shared by the core
// (which stores the result) and the line editor (which shows it live), so the screen never drifts
// from what is saved.
//
// The rounding rule, and why. The clerk's number is the line's shelf total G = quantity × shelf
// price × (1 − discount), rounded to the cent exactly as a net line is (lineNetCents). The line's
// net is chosen so that net + VAT(net) = G (VAT rounded half away from zero, vatForNet); that gross
// never decreases as the net grows, by steps of one or two cents, so a binary search finds it.
// Where a step of two cents jumps over G no net gives it exactly (10,00 € at 25,5 % is reached by
// 7,97 €, but 30,01 € and 29,99 € are the nearest to 30,00 €): then the lower of the two neighbours,
// a cent under — the customer is never charged more than the shelf for a rounding. So every line's
// gross is its shelf total or a cent under.
//
// Deriving the net from the unit price (quantity × unit net) instead could not do that: whole-cent
// unit prices step the gross of 5 items by about 6 cents, so 5 × 4,90 € would total 24,47 €. The
// price of this choice: the unit price without VAT printed beside the line (the shelf price's own
// net, by the same rule) times the quantity may differ from the line's net by a few cents, as on
// any invoice priced with VAT included; for one item without discount the two are equal.
// Lines of one rate share one VAT rounding on a document (vatBreakdown), so a document of several
// lines can still differ from the sum of their shelf totals by a cent or so.
import { vatForNet } from '../finnish/vatRates';
import { lineNetCents } from './orders';

/** What a net amount costs with its VAT. */
const withVat = (netCents: number, rateBp: number) => netCents + vatForNet(netCents, rateBp);

/** The net whose gross is `grossCents`, or, where none is, the one whose gross is a cent under. */
export function netForGross(grossCents: number, rateBp: number): number {
  // smallest net whose gross reaches the target; the net never exceeds the gross (rates ≥ 0)
  let lo = 0;
  let hi = grossCents;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (withVat(mid, rateBp) >= grossCents) hi = mid;
    else lo = mid + 1;
  }
  return withVat(lo, rateBp) === grossCents || lo === 0 ? lo : lo - 1;
}

export interface GrossPricedLine {
  /** The unit price without VAT printed for the line: the shelf price's own net (netForGross). */
  unitNetCents: number;
  netCents: number;
  /** net + VAT of this line alone: the shelf total, or a cent under it. */
  grossCents: number;
}

/** A line typed with a shelf price: its stored net unit price and net, and what it then costs. */
export function priceFromGross(grossUnitCents: number, quantityMilli: number, discountBp: number, rateBp: number): GrossPricedLine {
  const shelfTotal = lineNetCents(quantityMilli, grossUnitCents, discountBp);
  const netCents = netForGross(shelfTotal, rateBp);
  return { unitNetCents: netForGross(grossUnitCents, rateBp), netCents, grossCents: withVat(netCents, rateBp) };
}

/** A typed price as stored and shown: as it is (without VAT), or converted from a shelf price. */
export function priceTyped(typedCents: number, pricesIncludeVat: boolean, quantityMilli: number, discountBp: number, rateBp: number): GrossPricedLine {
  if (pricesIncludeVat) return priceFromGross(typedCents, quantityMilli, discountBp, rateBp);
  const netCents = lineNetCents(quantityMilli, typedCents, discountBp);
  return { unitNetCents: typedCents, netCents, grossCents: withVat(netCents, rateBp) };
}
