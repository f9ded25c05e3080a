import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  VAT_CATEGORIES,
  VAT_EXEMPTION_REASONS,
  VAT_RATE_TABLE,
  vatBreakdown,
  vatForNet,
  vatRateOn,
  type VatCategoryId,
} from '../../shared/finnish';

/** Reference rounding, written independently: half away from zero on exact rationals. */
function expectedVat(netCents: number, rateBp: number): number {
  const product = BigInt(netCents) * BigInt(rateBp);
  const sign = product < 0n ? -1n : 1n;
  const abs = product * sign;
  const whole = abs / 10000n;
  const rest = abs % 10000n;
  return Number(sign * (rest >= 5000n ? whole + 1n : whole));
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe('VAT rates by delivery date', () => {
  it('general rate: 24 % until 31.8.2024, 25.5 % from 1.9.2024', () => {
    expect(vatRateOn('general', '2013-01-01')).toBe(2400);
    expect(vatRateOn('general', '2024-08-31')).toBe(2400);
    expect(vatRateOn('general', '2024-09-01')).toBe(2550);
    expect(vatRateOn('general', '2030-06-15')).toBe(2550);
  });

  it('reduced rate A (food, restaurants …): 14 % until 31.12.2025, 13.5 % from 1.1.2026', () => {
    expect(vatRateOn('reducedA', '2025-12-31')).toBe(1400);
    expect(vatRateOn('reducedA', '2026-01-01')).toBe(1350);
  });

  it('reduced rate B stays 10 %, the zero rate 0 %', () => {
    expect(vatRateOn('reducedB', '2013-01-01')).toBe(1000);
    expect(vatRateOn('reducedB', '2026-03-01')).toBe(1000);
    expect(vatRateOn('zero', '2026-03-01')).toBe(0);
  });

  it('goes by the delivery date: an invoice written in 2026 for a December 2025 delivery keeps 14 %', () => {
    const deliveredOn = '2025-12-20';
    expect(vatRateOn('reducedA', deliveredOn)).toBe(1400);
  });

  it('throws when there is no rate or no date', () => {
    expect(() => vatRateOn('general', '2012-12-31')).toThrow(/No VAT rate/);
    expect(() => vatRateOn('general', '2024-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => vatRateOn('general', '1.9.2024')).toThrow(/YYYY-MM-DD/);
    expect(() => vatRateOn('luxury' as VatCategoryId, '2025-01-01')).toThrow(/No VAT rate/);
  });

  it('the table is consistent: each category covers every day from 2013 on exactly once', () => {
    const ids = VAT_CATEGORIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      const rows = VAT_RATE_TABLE.filter((r) => r.category === id);
      expect(rows.length, id).toBeGreaterThan(0);
      expect(rows[0]!.validFrom).toBe('2013-01-01');
      expect(rows.at(-1)!.validTo, id).toBeNull();
      for (let i = 1; i < rows.length; i++) expect(rows[i]!.validFrom).toBe(nextDay(rows[i - 1]!.validTo!));
      for (const r of rows) expect(Number.isInteger(r.basisPoints) && r.basisPoints >= 0 && r.basisPoints < 10000).toBe(true);
    }
    expect(VAT_RATE_TABLE.every((r) => ids.includes(r.category))).toBe(true);
  });

  it('every category has Finnish and English names; only the zero rate asks for an exemption reason', () => {
    for (const c of VAT_CATEGORIES) {
      expect(c.fi.length).toBeGreaterThan(0);
      expect(c.en.length).toBeGreaterThan(0);
      expect(c.requiresExemptionReason).toBe(c.id === 'zero');
    }
    expect(VAT_EXEMPTION_REASONS.length).toBeGreaterThan(0);
    for (const r of VAT_EXEMPTION_REASONS) expect(r.provision).toMatch(/^AVL \d+( [a-z])? §$/);
  });
});

describe('VAT breakdown', () => {
  it('rounds once per rate row, half up', () => {
    // Three lines of 0.10 € at 25.5 %: per line 2.55 c -> 3 c each = 9 c; per row 7.65 c -> 8 c.
    const b = vatBreakdown([
      { netCents: 10, rateBp: 2550 },
      { netCents: 10, rateBp: 2550 },
      { netCents: 10, rateBp: 2550 },
    ]);
    expect(b.rows).toEqual([{ rateBp: 2550, netCents: 30, vatCents: 8, grossCents: 38 }]);
    expect(b.totals).toEqual({ netCents: 30, vatCents: 8, grossCents: 38 });
    expect(vatForNet(200, 2550)).toBe(51);
    expect(vatForNet(2, 2500)).toBe(1); // exactly half a cent rounds up
    expect(vatForNet(-2, 2500)).toBe(-1); // and a credit note mirrors it
    expect(vatForNet(1, 4999)).toBe(0);
  });

  it('groups by rate, highest rate first, and totals the rows', () => {
    const b = vatBreakdown([
      { netCents: 1000, rateBp: 1350 },
      { netCents: 12345, rateBp: 2550 },
      { netCents: 500, rateBp: 0 },
      { netCents: 999, rateBp: 1350 },
      { netCents: 100, rateBp: 1000 },
    ]);
    expect(b.rows).toEqual([
      { rateBp: 2550, netCents: 12345, vatCents: 3148, grossCents: 15493 },
      { rateBp: 1350, netCents: 1999, vatCents: 270, grossCents: 2269 },
      { rateBp: 1000, netCents: 100, vatCents: 10, grossCents: 110 },
      { rateBp: 0, netCents: 500, vatCents: 0, grossCents: 500 },
    ]);
    expect(b.totals).toEqual({ netCents: 14944, vatCents: 3428, grossCents: 18372 });
  });

  it('handles an empty invoice and refuses bad input', () => {
    expect(vatBreakdown([])).toEqual({ rows: [], totals: { netCents: 0, vatCents: 0, grossCents: 0 } });
    expect(() => vatBreakdown([{ netCents: 1.5, rateBp: 2550 }])).toThrow(/whole number of cents/);
    expect(() => vatBreakdown([{ netCents: 100, rateBp: 25.5 }])).toThrow(/basis points/);
    expect(() => vatBreakdown([{ netCents: 100, rateBp: -1 }])).toThrow(/basis points/);
    expect(() => vatBreakdown([{ netCents: 100, rateBp: 10001 }])).toThrow(/basis points/);
    expect(() => vatBreakdown([{ netCents: Number.MAX_SAFE_INTEGER, rateBp: 0 }, { netCents: 1, rateBp: 0 }])).toThrow(/too large/);
  });

  const rate = fc.constantFrom(2550, 2400, 1400, 1350, 1000, 0);
  const lines = fc.array(fc.record({ netCents: fc.integer({ min: -1e9, max: 1e9 }), rateBp: rate }), { maxLength: 40 });

  it('property: rows sum exactly to the totals, and each row’s VAT is its net × rate rounded', () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const { rows, totals } = vatBreakdown(ls);
        const sum = (k: 'netCents' | 'vatCents' | 'grossCents') => rows.reduce((s, r) => s + r[k], 0);
        expect(totals).toEqual({ netCents: sum('netCents'), vatCents: sum('vatCents'), grossCents: sum('grossCents') });
        expect(totals.netCents).toBe(ls.reduce((s, l) => s + l.netCents, 0));
        for (const r of rows) {
          expect(r.netCents).toBe(ls.filter((l) => l.rateBp === r.rateBp).reduce((s, l) => s + l.netCents, 0));
          expect(r.vatCents).toBe(expectedVat(r.netCents, r.rateBp));
          expect(r.grossCents).toBe(r.netCents + r.vatCents);
        }
        expect(rows.map((r) => r.rateBp)).toEqual([...new Set(ls.map((l) => l.rateBp))].sort((a, b) => b - a));
      }),
    );
  });

  it('property: for non-negative nets the VAT is Math.round(net × rate / 10000)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 10000 }), (net, bp) => {
        // net × bp stays below 2^53, so the float division is exact enough except at exact halves,
        // which Math.round also rounds up.
        expect(vatForNet(net, bp)).toBe(Math.round((net * bp) / 10000));
      }),
    );
  });

  it('property: line order does not matter, and a credit note is the exact negative', () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const b = vatBreakdown(ls);
        expect(vatBreakdown([...ls].reverse())).toEqual(b);
        const credit = vatBreakdown(ls.map((l) => ({ ...l, netCents: -l.netCents })));
        // Sums rather than negation, so that 0 and -0 do not count as different.
        expect(credit.totals.vatCents + b.totals.vatCents).toBe(0);
        expect(credit.totals.grossCents + b.totals.grossCents).toBe(0);
        credit.rows.forEach((r, i) => expect(r.vatCents + b.rows[i]!.vatCents).toBe(0));
      }),
    );
  });
});
