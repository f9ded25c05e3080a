// Search folding: case- and accent-insensitive, so "maki" finds "Mäki-Petäjä" and "aijala" finds
// "Äijälä". NFKD strips combining marks; letters that are not composed with a mark (ł, ŋ, ø, æ…)
// are mapped by hand.
const SPECIAL: Record<string, string> = {
  ł: 'l', Ł: 'l', ŋ: 'n', Ŋ: 'n', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', ß: 'ss',
  đ: 'd', Đ: 'd', þ: 'th', Þ: 'th', ı: 'i', œ: 'oe', Œ: 'oe', ð: 'd', Ð: 'd',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'g');

export function fold(text: string): string {
  return text
    .replace(SPECIAL_RE, (c) => SPECIAL[c]!)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** Folded words: "Łukasiewicz-Äijälä" -> ["lukasiewicz", "aijala"]. */
export function foldedWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}@._+]+/u)
    .flatMap((w) => w.split(/[-]/))
    .filter((w) => w.length > 0);
}

/** Name words only (no email punctuation): splits on anything that is not a letter or digit. */
export function foldedNameWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}
