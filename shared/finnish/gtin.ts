// EAN/GTIN barcodes (GTIN-8, -12 (UPC-A), -13 (EAN-13) and -14): the last digit is a mod-10 check
// digit over the others, weighted 3,1,3,… from the right (GS1 General Specifications 7.9.1). A
// scanner that misreads one digit, or a clerk who swaps two neighbours, gives a code that fails here.

export const GTIN_LENGTHS = [8, 12, 13, 14] as const;

/** The check digit for the digits before it (any length). */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether `code` is a whole GTIN-8/12/13/14: digits only, a known length and the right check digit. */
export function isValidGtin(code: string): boolean {
  if (!/^\d+$/.test(code) || !(GTIN_LENGTHS as readonly number[]).includes(code.length)) return false;
  return gtinCheckDigit(code.slice(0, -1)) === Number(code[code.length - 1]);
}
