// ISO 7064 MOD 97-10, the check shared by IBANs (ISO 13616) and RF creditor references (ISO 11649).
// Both standards turn letters into two-digit numbers (A=10 … Z=35) and then test the remainder of one
// long decimal number by 97. The number has up to ~70 digits, far beyond Number precision, so the
// remainder is folded in chunks instead of building a BigInt for every keystroke of a form field.

/** 'RF' -> '2715'. Digits stay as they are; letters A–Z become 10–35. Returns null for any other character. */
export function lettersToDigits(alphanumeric: string): string | null {
  let digits = '';
  for (const ch of alphanumeric) {
    if (ch >= '0' && ch <= '9') digits += ch;
    else if (ch >= 'A' && ch <= 'Z') digits += String(ch.charCodeAt(0) - 55);
    else return null;
  }
  return digits;
}

/** Remainder of a (long) decimal number string divided by 97. */
export function mod97(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new Error(`mod97 needs decimal digits, got "${digits}"`);
  let remainder = 0;
  // Seven digits at a time: remainder (< 97, two digits) followed by 7 digits stays below 2^53.
  for (let i = 0; i < digits.length; i += 7) {
    remainder = Number(`${remainder}${digits.slice(i, i + 7)}`) % 97;
  }
  return remainder;
}

/** Two check digits for `body` + `prefix` + '00', as both IBAN and RF compute them: 98 - (n mod 97). */
export function mod97CheckDigits(body: string, prefix: string): string {
  const digits = lettersToDigits(`${body}${prefix}00`);
  if (digits === null) throw new Error(`Only A–Z and 0–9 can carry a mod-97 check, got "${body}"`);
  return String(98 - mod97(digits)).padStart(2, '0');
}
