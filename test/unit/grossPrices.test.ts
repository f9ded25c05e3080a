// Shelf prices (VAT included) typed into an order become the stored unit price without VAT by the
// rule in shared/api/grossPrices.ts. Properties: the line's gross equals the shelf total whenever
// any whole-cent net price can give it; otherwise it is the closest (the lower of two equally
// close); a single item at a Finnish rate is never more than a cent off; 0 % is the price itself.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineGrossCents, netUnitForGross } from '../../shared/api/grossPrices';
import { lineNetCents, MAX_UNIT_PRICE_CENTS } from '../../shared/api/orders';
import { VAT_RATE_TABLE } from '../../shared/finnish/vatRates';

const RATES = [...new Set(VAT_RATE_TABLE.map((r) => r.basisPoints))];
const rate = fc.constantFrom(...RATES);
const price = fc.integer({ min: 0, max: MAX_UNIT_PRICE_CENTS });
const quantity = fc.integer({ min: 1, max: 50_000 }); // thousandths: 0,001 … 50
const discount = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 }));

describe('netUnitForGross', () => {
  it('gives the shelf total exactly when some net unit price can, else the closest (lower on a tie)', () => {
    fc.assert(
      fc.property(price, quantity, discount, rate, (gross, q, d, r) => {
        const target = lineNetCents(q, gross, d);
        const u = netUnitForGross(gross, q, d, r);
        expect(Number.isSafeInteger(u) && u >= 0 && u <= gross).toBe(true);
        const off = (x: number) => Math.abs(lineGrossCents(q, x, d, r) - target);
        // lineGrossCents never decreases in u, so the neighbours decide: nothing nearer exists.
        for (const other of [u - 2, u - 1, u + 1, u + 2].filter((x) => x >= 0)) {
          expect(off(u)).toBeLessThanOrEqual(off(other));
          // of two equally close grosses, the lower one (a unit price between with the same gross is as good)
          if (off(other) === off(u)) expect(lineGrossCents(q, u, d, r)).toBeLessThanOrEqual(lineGrossCents(q, other, d, r));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('one item without discount: at most a cent off, and exact for the usual shelf prices', () => {
    fc.assert(
      fc.property(price, rate, (gross, r) => {
        expect(Math.abs(lineGrossCents(1000, netUnitForGross(gross, 1000, 0, r), 0, r) - gross)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 3000 },
    );
    // 9,90 €, 10,00 €, 24,90 € at 25,5 %; 4,95 € at 13,5 %
    expect(netUnitForGross(1000, 1000, 0, 2550)).toBe(797);
    expect(lineGrossCents(1000, 797, 0, 2550)).toBe(1000);
    for (const [g, r] of [[990, 2550], [2490, 2550], [495, 1350], [1290, 1000]] as const) expect(lineGrossCents(1000, netUnitForGross(g, 1000, 0, r), 0, r)).toBe(g);
  });

  it('at 0 % the shelf price is the net price', () => {
    fc.assert(
      fc.property(price, quantity, discount, (gross, q, d) => {
        expect(netUnitForGross(gross, q, d, 0)).toBe(gross);
      }),
    );
  });

  it('three items at 10,00 € (25,5 %): no whole-cent net price gives 30,00 €; the nearer, 30,01 €, is chosen', () => {
    const u = netUnitForGross(1000, 3000, 0, 2550);
    expect(u).toBe(797);
    expect(lineGrossCents(3000, u, 0, 2550)).toBe(3001);
    expect(lineGrossCents(3000, u - 1, 0, 2550)).toBe(2997);
  });
});
