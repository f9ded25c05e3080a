// The Unicode ranges our PDF fonts carry (build/subset-fonts.ts cuts DejaVu Sans down to them).
// A name outside them would print as empty boxes, so widen a range here, regenerate, and the
// coverage test follows.
export const PDF_FONT_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B (ä ö å š ž ł ŋ ő ș …)
  [0x0250, 0x036f], // IPA, spacing modifiers, combining diacritics (decomposed input)
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x052f], // Cyrillic and its supplement
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese, Welsh …)
  [0x2000, 0x206f], // General punctuation (– — ‘ ’ “ ” • …)
  [0x20a0, 0x20cf], // Currency symbols (€)
  [0x2100, 0x214f], // Letterlike symbols (№ ™ ℮)
  [0x2190, 0x21ff], // Arrows
  [0x2200, 0x22ff], // Mathematical operators (− ×)
  [0x25a0, 0x25ff], // Geometric shapes (□ ■ for tick boxes)
  [0x2610, 0x2612], // Ballot boxes ☐ ☑ ☒
  [0xfb00, 0xfb06], // Latin ligatures
];
