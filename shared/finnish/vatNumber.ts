// EU VAT identification numbers (ALV-tunniste) — format check by country prefix.
// Source: the European Commission's VIES FAQ, "VAT identification number structure" table
// (ec.europa.eu/taxation_customs/vies, format excludes the two-letter prefix; Greece uses EL,
// Northern Ireland XI for goods after Brexit under the Windsor Framework). A format check only
// catches typing mistakes; whether the number is registered is for VIES to answer.
// A Finnish VAT number is 'FI' + the Y-tunnus digits without the hyphen (vero.fi, "ALV-tunniste").
import { businessIdCheckDigit } from './businessId';

const FORMATS: Record<string, RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^\d{2,10}$/,
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
  XI: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
};

/** The VAT prefix of each EU member state (ISO code -> prefix; Greece is GR in ISO, EL in VAT). */
export const EU_MEMBER_STATES = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'GR', 'ES', 'FI', 'FR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'] as const;

export function isEuMemberState(iso: string): boolean {
  return (EU_MEMBER_STATES as readonly string[]).includes(iso.toUpperCase());
}

/** Upper case, spaces, dots and hyphens removed: "de 123.456.789" -> "DE123456789". */
export function normalizeVatNumber(v: string): string {
  return v.toUpperCase().replace(/[\s.\-]/g, '');
}

/** The prefix of a VAT number ('EL', 'XI', ...), or null when it names no EU VAT area. */
export function vatPrefix(v: string): string | null {
  const p = normalizeVatNumber(v).slice(0, 2);
  return p in FORMATS ? p : null;
}

export function isValidVatNumber(v: string): boolean {
  const n = normalizeVatNumber(v);
  const prefix = n.slice(0, 2);
  const body = n.slice(2);
  const re = FORMATS[prefix];
  if (!re || !re.test(body)) return false;
  // FI: the Y-tunnus digits, so its check digit must hold.
  if (prefix === 'FI') return businessIdCheckDigit(body.slice(0, 7)) === Number(body[7]);
  return true;
}

/** The Finnish VAT number of a Y-tunnus "1234567-8" -> "FI12345678" (empty when there is none). */
export function vatNumberFromBusinessId(businessId: string): string {
  const m = /^(\d{7})-(\d)$/.exec(businessId.trim());
  return m ? `FI${m[1]}${m[2]}` : '';
}

/** The VAT prefix of a country (GR -> EL), for comparing the number with the address. */
export function vatPrefixOfCountry(iso: string): string {
  const c = iso.toUpperCase();
  return c === 'GR' ? 'EL' : c;
}
