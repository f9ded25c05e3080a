// RF creditor reference (ISO 11649): 'RF' + two check digits + the reference itself (1–21 letters or
// digits, 25 characters at most in all). Finnish banks accept it on SEPA transfers everywhere in the
// euro area; this register builds it from the national reference so both forms carry the same number.
//
// Check digits: move 'RF00' to the end of the reference, turn letters into numbers (R=27, F=15),
// and take 98 minus the remainder by 97. A valid reference, with 'RF' and its check digits moved to
// the end the same way, leaves a remainder of exactly 1.

import { lettersToDigits, mod97, mod97CheckDigits } from './mod97';
import { normalizeReferenceNumber } from './referenceNumber';

export const RF_MAX_LENGTH = 25;
/** 'RF', two check digits, then 1–21 characters. */
const RF_SHAPE = /^RF\d{2}[0-9A-Z]{1,21}$/;

/** Upper case without spaces ('rf09 8685 …' -> 'RF098685…'). Does not validate. */
export function normalizeRfReference(ref: string): string {
  return ref.replace(/\s+/g, '').toUpperCase();
}

/**
 * The RF reference for a valid national reference: '86851 62596 19897' -> 'RF09868516259619897'.
 * Leading zeros of the national reference are dropped first, as banks print it without them.
 * Throws when `reference` is not a valid Finnish reference number.
 */
export function rfReference(reference: string): string {
  const national = normalizeReferenceNumber(reference);
  if (national === null) {
    throw new Error(`An RF reference is built from a valid Finnish reference number, got "${reference}"`);
  }
  return `RF${mod97CheckDigits(national, 'RF')}${national}`;
}

/** True for a valid RF reference; spaces are allowed and letters may be in either case. */
export function isValidRfReference(ref: string): boolean {
  const compact = normalizeRfReference(ref);
  if (compact.length > RF_MAX_LENGTH || !RF_SHAPE.test(compact)) return false;
  // ISO 11649 check digits run 02–98: 99, 00 and 01 are the same remainders mod 97 as 02, 97 and
  // 98, so without this range a mistyped check digit could still pass.
  const check = Number(compact.slice(2, 4));
  if (check < 2 || check > 98) return false;
  const digits = lettersToDigits(`${compact.slice(4)}${compact.slice(0, 4)}`);
  return digits !== null && mod97(digits) === 1;
}

/** Printed form: groups of four characters, 'RF09 8685 1625 9619 897'. Throws for an invalid reference. */
export function formatRfReference(ref: string): string {
  if (!isValidRfReference(ref)) throw new Error(`Not a valid RF creditor reference: "${ref}"`);
  return normalizeRfReference(ref).replace(/(.{4})(?=.)/g, '$1 ');
}
