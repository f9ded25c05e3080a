// Finnish national reference number (viitenumero), as in Finanssiala's guide to the domestic reference:
// a base of 3–19 digits followed by one check digit, 4–20 digits in all. The bank matches an incoming
// payment to an invoice by this number, so a typo must be caught before the invoice is printed.
//
// Check digit: multiply the base digits by 7, 3, 1, 7, 3, 1 … counting from the RIGHT, add the products
// up, and take the distance to the next multiple of ten (0 when the sum already is one).

const WEIGHTS_FROM_RIGHT = [7, 3, 1] as const;
export const REFERENCE_BASE_MIN_DIGITS = 3;
export const REFERENCE_BASE_MAX_DIGITS = 19;
export const REFERENCE_MIN_DIGITS = REFERENCE_BASE_MIN_DIGITS + 1;
export const REFERENCE_MAX_DIGITS = REFERENCE_BASE_MAX_DIGITS + 1;

/** People copy references with the grouping spaces (and sometimes a no-break space) still in them. */
function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Leading zeros do not change the check digit (0 × weight = 0) and are never printed. */
function withoutLeadingZeros(digits: string): string {
  return digits.replace(/^0+/, '');
}

/** Check digit (0–9) for a base of digits. The caller has checked that `base` holds only digits. */
export function referenceCheckDigit(base: string): number {
  let sum = 0;
  for (let fromRight = 0; fromRight < base.length; fromRight++) {
    const digit = Number(base[base.length - 1 - fromRight]);
    sum += digit * WEIGHTS_FROM_RIGHT[fromRight % 3]!;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The reference for a base such as an invoice number: '1234561' -> '12345612'.
 * Spaces are ignored and leading zeros dropped; what remains must be 3–19 digits.
 * Throws an Error that says what is wrong otherwise.
 */
export function referenceNumber(base: string): string {
  const compact = withoutSpaces(base);
  if (!/^\d+$/.test(compact)) {
    throw new Error(`Reference number base must contain only digits (and spaces), got "${base}"`);
  }
  const significant = withoutLeadingZeros(compact);
  if (significant.length < REFERENCE_BASE_MIN_DIGITS || significant.length > REFERENCE_BASE_MAX_DIGITS) {
    throw new Error(
      `Reference number base must have ${REFERENCE_BASE_MIN_DIGITS}–${REFERENCE_BASE_MAX_DIGITS} digits ` +
        `without leading zeros, got ${significant.length} ("${base}")`,
    );
  }
  return `${significant}${referenceCheckDigit(significant)}`;
}

/** The reference without spaces or leading zeros, or null when it is not a valid reference. */
export function normalizeReferenceNumber(ref: string): string | null {
  const compact = withoutSpaces(ref);
  if (!/^\d+$/.test(compact)) return null;
  const significant = withoutLeadingZeros(compact);
  if (significant.length < REFERENCE_MIN_DIGITS || significant.length > REFERENCE_MAX_DIGITS) return null;
  const base = significant.slice(0, -1);
  return referenceCheckDigit(base) === Number(significant.slice(-1)) ? significant : null;
}

/** True for a valid reference; spaces and leading zeros are allowed ('0000 12345 6' style input). */
export function isValidReferenceNumber(ref: string): boolean {
  return normalizeReferenceNumber(ref) !== null;
}

/**
 * Printed form: groups of five digits without leading zeros, counted from the left, as in the
 * example '12345 67890 12'. (The banks' guide allows grouping from either end; this register
 * uses one convention everywhere.) Throws for an invalid reference so a wrong one is never printed.
 */
export function formatReferenceNumber(ref: string): string {
  const normalized = normalizeReferenceNumber(ref);
  if (normalized === null) throw new Error(`Not a valid Finnish reference number: "${ref}"`);
  return normalized.replace(/(\d{5})(?=\d)/g, '$1 ');
}
