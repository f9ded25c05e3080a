// IBAN (ISO 13616): country code, two check digits, then the national account number (BBAN).
// Every country has one fixed length, so a dropped or doubled digit is caught even before the
// mod-97 check; the check itself catches every single wrong character and most swaps.

import { lettersToDigits, mod97 } from './mod97';

/**
 * IBAN lengths of the SEPA countries, from the SWIFT IBAN registry. A Finnish shop mostly pays and
 * is paid within SEPA; an IBAN of another country is checked by the general shape and mod 97 only.
 * Åland accounts use FI IBANs.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.freeze({
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20,
  ES: 24, FI: 18, FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26,
  IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28,
  PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27, VA: 22,
});

/** Shortest and longest IBAN any country uses (Norway 15; ISO 13616 caps the length at 34). */
const IBAN_MIN_LENGTH = 15;
const IBAN_MAX_LENGTH = 34;

/** Electronic form: no spaces, upper case ('fi21 1234 5600 0007 85' -> 'FI2112345600000785'). Does not validate. */
export function normalizeIban(iban: string): string {
  return iban.replace(/\s+/g, '').toUpperCase();
}

/**
 * The IBAN as one decimal number for the mod-97 test: the first four characters moved to the end and
 * letters turned into numbers (A=10 … Z=35). Null when the IBAN has characters other than A–Z and 0–9.
 */
export function ibanToDigits(iban: string): string | null {
  const compact = normalizeIban(iban);
  return lettersToDigits(`${compact.slice(4)}${compact.slice(0, 4)}`);
}

/** True for a valid IBAN: spaces allowed, any case, the country's own length, and mod 97 = 1. */
export function isValidIban(iban: string): boolean {
  const compact = normalizeIban(iban);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  const expectedLength = IBAN_LENGTHS[compact.slice(0, 2)];
  if (expectedLength !== undefined) {
    if (compact.length !== expectedLength) return false;
  } else if (compact.length < IBAN_MIN_LENGTH || compact.length > IBAN_MAX_LENGTH) {
    return false;
  }
  const digits = ibanToDigits(compact);
  return digits !== null && mod97(digits) === 1;
}

/** Printed form: groups of four, 'FI21 1234 5600 0007 85'. Throws for an invalid IBAN so a wrong one is never printed. */
export function formatIban(iban: string): string {
  if (!isValidIban(iban)) throw new Error(`Not a valid IBAN: "${iban}"`);
  return normalizeIban(iban).replace(/(.{4})(?=.)/g, '$1 ');
}
