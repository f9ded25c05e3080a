// Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit.
// Check digit: weights 7,9,10,5,8,4,2; remainder 0 -> 0, remainder 1 -> never issued, else 11 - r.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** Accepts the canonical "1234567-8" form and the old six-digit form "123456-7" (zero-padded). */
export function normalizeBusinessId(id: string): string | null {
  const m = /^\s*(\d{6,7})-(\d)\s*$/.exec(id);
  if (!m) return null;
  return `${m[1]!.padStart(7, '0')}-${m[2]}`;
}

export function businessIdCheckDigit(sevenDigits: string): number | null {
  if (!/^\d{7}$/.test(sevenDigits)) return null;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(sevenDigits[i]) * WEIGHTS[i]!;
  const r = sum % 11;
  if (r === 1) return null;
  return r === 0 ? 0 : 11 - r;
}

export function isValidBusinessId(id: string): boolean {
  const n = normalizeBusinessId(id);
  if (!n) return false;
  const check = businessIdCheckDigit(n.slice(0, 7));
  return check !== null && check === Number(n[8]);
}
