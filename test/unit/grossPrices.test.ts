// Shelf prices (VAT included) typed into an order become what the register stores by the rule in
// shared/api/grossPrices.ts. Properties: a line's gross is its shelf total whenever any net gives
// it, otherwise a cent under (never over); 0 % keeps the price; one item without discount prints a
// unit price without VAT equal to the line's net.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { netForGross, priceFromGross } from '../../shared/api/grossPrices';
import { lineNetCents, MAX_UNIT_PRICE_CENTS } from '../../shared/api/orders';
import { VAT_RATE_TABLE, vatForNet } from '../../shared/finnish/vatRates';

const RATES = [...new Set(VAT_RATE_TABLE.map((r) => r.basisPoints))];
const rate = fc.constantFrom(...RATES);
const price = fc.integer({ min: 0, max: MAX_UNIT_PRICE_CENTS });
const quantity = fc.integer({ min: 1, max: 100_000 }); // thousandths: 0,001 … 100
const discount = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 }));
const gross = (net: number, r: number) => net + vatForNet(net, r);

describe('prices typed with VAT', () => {
  it('the line costs its shelf total exactly when some net can, else a cent under', () => {
    fc.assert(
      fc.property(price, quantity, discount, rate, (shelf, q, d, r) => {
        const target = lineNetCents(q, shelf, d);
        const line = priceFromGross(shelf, q, d, r);
        expect(line.grossCents).toBe(gross(line.netCents, r));
        const reachable = [line.netCents - 1, line.netCents, line.netCents + 1].some((n) => n >= 0 && gross(n, r) === target);
        // gross(net) grows by one or two cents per cent of net: the neighbours decide whether any net reaches the target
        expect(line.grossCents).toBe(reachable ? target : target - 1);
        expect(line.unitNetCents).toBeGreaterThanOrEqual(0);
        expect(line.unitNetCents).toBeLessThanOrEqual(shelf);
      }),
      { numRuns: 5000 },
    );
  });

  it('netForGross: exact wherever a brute-force search finds an exact net', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), rate, (g, r) => {
        const n = netForGross(g, r);
        let exact: number | null = null;
        for (let m = Math.max(0, n - 5); m <= n + 5; m++) if (gross(m, r) === g) exact ??= m;
        if (exact !== null) expect(gross(n, r)).toBe(g);
        else expect(gross(n, r)).toBe(g - 1);
      }),
      { numRuns: 5000 },
    );
  });

  it('one item without discount: the printed unit price without VAT is the line net', () => {
    fc.assert(
      fc.property(price, rate, (shelf, r) => {
        const line = priceFromGross(shelf, 1000, 0, r);
        expect(line.unitNetCents).toBe(line.netCents);
      }),
    );
    expect(priceFromGross(1000, 1000, 0, 2550)).toEqual({ unitNetCents: 797, netCents: 797, grossCents: 1000 });
  });

  it('at 0 % the shelf price is the net price', () => {
    fc.assert(
      fc.property(price, quantity, discount, (shelf, q, d) => {
        const line = priceFromGross(shelf, q, d, 0);
        expect(line.netCents).toBe(lineNetCents(q, shelf, d));
        expect(line.unitNetCents).toBe(shelf);
      }),
    );
  });

  it('the counter examples: 5 × 4,90 € at 25,5 % costs 24,50 €; 3 × 10,00 € cannot cost 30,00 € and costs 29,99 €', () => {
    expect(priceFromGross(490, 5000, 0, 2550)).toMatchObject({ grossCents: 2450, unitNetCents: 390 });
    expect(priceFromGross(1000, 3000, 0, 2550).grossCents).toBe(2999);
  });
});
