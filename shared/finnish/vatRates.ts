// Finnish VAT (arvonlisävero) rates as data with effective dates. Rates are basis points (2550 = 25,5 %)
// so that every calculation stays in integers.
//
// The rate that applies is the one in force on the DELIVERY date (when the goods were handed over or
// the service was done), not the invoice date: Verohallinto's rule for the 2024 and 2026 changes.
// An invoice written in January 2026 for goods delivered in December 2025 still carries 14 %.
//
// What changed when (the table below):
//   1.1.2013  24 % / 14 % / 10 % (table starts here; older deliveries are not invoiced by this register)
//   1.9.2024  general rate 24 % -> 25,5 %
//   1.1.2025  most goods of the 10 % rate (books, medicines, passenger transport, accommodation, culture,
//             sports) moved to the 14 % rate (HE 141/2024); only newspapers and periodicals (and public
//             broadcasting) kept 10 %. The 10 % RATE did not change, the goods under it did, so the
//             category names below describe what belongs to each category from 2025 on.
//   1.1.2026  the 14 % rate fell to 13,5 % for everything under it: food, restaurants and, since 2025,
//             books, medicines, transport … (HE 93/2025).

import { isIsoCalendarDate } from './isoDate';

export type VatCategoryId = 'general' | 'reducedA' | 'reducedB' | 'zero';

export interface VatCategory {
  id: VatCategoryId;
  fi: string;
  en: string;
  /** A 0 % line must say on the invoice why no VAT is charged (AVL 209 e §). */
  requiresExemptionReason: boolean;
}

export interface VatRateRow {
  category: VatCategoryId;
  basisPoints: number;
  /** First delivery date the rate applies to, 'YYYY-MM-DD'. */
  validFrom: string;
  /** Last delivery date the rate applies to, or null while it is in force. */
  validTo: string | null;
}

export const VAT_CATEGORIES: readonly VatCategory[] = Object.freeze([
  { id: 'general', fi: 'Yleinen verokanta', en: 'General rate', requiresExemptionReason: false },
  {
    id: 'reducedA',
    fi: 'Alennettu verokanta: elintarvikkeet, ravintolat; vuodesta 2025 myös kirjat, lääkkeet, henkilökuljetus, majoitus, kulttuuri ja liikunta',
    en: 'Reduced rate: food, restaurants; from 2025 also books, medicines, passenger transport, accommodation, culture and sports',
    requiresExemptionReason: false,
  },
  {
    id: 'reducedB',
    fi: 'Alennettu 10 %: sanoma- ja aikakauslehdet (ennen vuotta 2025 myös kirjat, lääkkeet, kulttuuri ym.)',
    en: 'Reduced 10 %: newspapers and periodicals (before 2025 also books, medicines, culture etc.)',
    requiresExemptionReason: false,
  },
  { id: 'zero', fi: 'Veroton myynti (0 %)', en: 'VAT-exempt or zero-rated sale (0 %)', requiresExemptionReason: true },
]);

/** The rates known at release. The register keeps its own copy as data the manager adds to when the
 * law changes (migration 0017, legal.vatRates.*); pricing uses that copy, this one is the default
 * and what the tests compare against. */
export const VAT_RATE_TABLE: readonly VatRateRow[] = Object.freeze([
  { category: 'general', basisPoints: 2400, validFrom: '2013-01-01', validTo: '2024-08-31' },
  { category: 'general', basisPoints: 2550, validFrom: '2024-09-01', validTo: null },
  { category: 'reducedA', basisPoints: 1400, validFrom: '2013-01-01', validTo: '2025-12-31' },
  { category: 'reducedA', basisPoints: 1350, validFrom: '2026-01-01', validTo: null },
  { category: 'reducedB', basisPoints: 1000, validFrom: '2013-01-01', validTo: null },
  { category: 'zero', basisPoints: 0, validFrom: '2013-01-01', validTo: null },
]);

/**
 * Why a 0 % line carries no VAT, with the provision the invoice must cite. Data for the invoice form's
 * pick list; the shop's accountant should confirm which of these the shop actually needs.
 */
export const VAT_EXEMPTION_REASONS: readonly { id: string; fi: string; en: string; provision: string }[] = Object.freeze([
  { id: 'intraEuGoods', fi: 'Yhteisömyynti', en: 'Intra-Community supply of goods', provision: 'AVL 72 a §' },
  { id: 'export', fi: 'Vienti EU:n ulkopuolelle', en: 'Export outside the EU', provision: 'AVL 70 §' },
  { id: 'reverseChargeConstruction', fi: 'Käännetty verovelvollisuus (rakentamispalvelu)', en: 'Reverse charge (construction services)', provision: 'AVL 8 c §' },
  { id: 'reverseChargeEuService', fi: 'Käännetty verovelvollisuus (palvelu EU-yritykselle)', en: 'Reverse charge (service to an EU business)', provision: 'AVL 65 §' },
]);

/** A table from rows that each name only their first day: a row applies until the next row of the
 * same category begins (so a change in the law is one added row). */
export function vatTableFrom(rows: readonly { category: VatCategoryId; validFrom: string; basisPoints: number }[]): VatRateRow[] {
  const sorted = [...rows].sort((a, b) => a.category.localeCompare(b.category) || a.validFrom.localeCompare(b.validFrom));
  return sorted.map((r, i) => {
    const next = sorted[i + 1];
    return { category: r.category, basisPoints: r.basisPoints, validFrom: r.validFrom, validTo: next && next.category === r.category ? dayBefore(next.validFrom) : null };
  });
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Rate in basis points for `category` on the delivery date 'YYYY-MM-DD' in `table` (the register's
 * own, from legal.vatRates; the release's by default). Throws when no rate is known for that day. */
export function vatRateOn(category: VatCategoryId, deliveryDate: string, table: readonly VatRateRow[] = VAT_RATE_TABLE): number {
  if (!isIsoCalendarDate(deliveryDate)) {
    throw new Error(`Delivery date must be a date 'YYYY-MM-DD', got "${deliveryDate}"`);
  }
  // ISO dates compare correctly as strings.
  const row = table.find(
    (r) => r.category === category && r.validFrom <= deliveryDate && (r.validTo === null || deliveryDate <= r.validTo),
  );
  if (!row) throw new Error(`No VAT rate for category "${category}" on delivery date ${deliveryDate}`);
  return row.basisPoints;
}

export interface VatLine {
  netCents: number;
  rateBp: number;
}

export interface VatRow {
  rateBp: number;
  netCents: number;
  vatCents: number;
  grossCents: number;
}

export interface VatBreakdown {
  /** One row per rate, highest rate first. */
  rows: VatRow[];
  totals: { netCents: number; vatCents: number; grossCents: number };
}

/**
 * VAT of a net amount at a rate, rounded to the cent, half away from zero (0,5 → 1, -0,5 → -1) so a
 * credit note is the exact mirror of its invoice. BigInt keeps net × rate exact for any safe net.
 */
export function vatForNet(netCents: number, rateBp: number): number {
  const net = BigInt(netCents);
  const magnitude = (net < 0n ? -net : net) * BigInt(rateBp);
  const rounded = (magnitude + 5000n) / 10000n;
  const vat = Number(net < 0n ? -rounded : rounded);
  if (!Number.isSafeInteger(vat)) throw new Error(`VAT of ${netCents} cents is too large to handle exactly`);
  return vat;
}

/**
 * Per-rate VAT summary for an invoice. Lines are summed per rate first and VAT is rounded once per rate
 * row, not per line: per-line rounding lets the rounding errors of many lines add up to cents that the
 * row total then disagrees with. The totals are the exact sums of the rows.
 */
export function vatBreakdown(lines: readonly VatLine[]): VatBreakdown {
  const netByRate = new Map<number, number>();
  for (const line of lines) {
    if (!Number.isSafeInteger(line.netCents)) throw new Error(`netCents must be a whole number of cents, got ${line.netCents}`);
    if (!Number.isInteger(line.rateBp) || line.rateBp < 0 || line.rateBp > 10000) {
      throw new Error(`rateBp must be whole basis points 0–10000, got ${line.rateBp}`);
    }
    const sum = (netByRate.get(line.rateBp) ?? 0) + line.netCents;
    if (!Number.isSafeInteger(sum)) throw new Error('Invoice net total is too large to handle exactly');
    netByRate.set(line.rateBp, sum);
  }

  const rows = [...netByRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rateBp, netCents]): VatRow => {
      const vatCents = vatForNet(netCents, rateBp);
      return { rateBp, netCents, vatCents, grossCents: netCents + vatCents };
    });

  const totals = rows.reduce(
    (t, r) => ({ netCents: t.netCents + r.netCents, vatCents: t.vatCents + r.vatCents, grossCents: t.grossCents + r.grossCents }),
    { netCents: 0, vatCents: 0, grossCents: 0 },
  );
  for (const value of Object.values(totals)) {
    if (!Number.isSafeInteger(value)) throw new Error('Invoice total is too large to handle exactly');
  }
  return { rows, totals };
}
