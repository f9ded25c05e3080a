import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { finnishSortKey } from '../../shared/text/finnishSort';

const sorted = (names: string[]) => [...names].sort((a, b) => (finnishSortKey(a) < finnishSortKey(b) ? -1 : finnishSortKey(a) > finnishSortKey(b) ? 1 : 0));

describe('Finnish alphabetical order', () => {
  it('puts Å, Ä and Ö after Z, in that order', () => {
    expect(sorted(['Öhman', 'Zetterberg', 'Äijälä', 'Aalto', 'Åberg', 'Virtanen'])).toEqual(['Aalto', 'Virtanen', 'Zetterberg', 'Åberg', 'Äijälä', 'Öhman']);
  });

  it('sorts other accented letters with their base letter, ü as y, æ as ä and ø as ö', () => {
    expect(sorted(['Šárka', 'Sandberg', 'Szabó'])).toEqual(['Sandberg', 'Šárka', 'Szabó']);
    expect(sorted(['Müller', 'Myllymäki', 'Mustonen'])).toEqual(['Mustonen', 'Müller', 'Myllymäki']);
    expect(finnishSortKey('Æsir')).toBe(finnishSortKey('Äsir'));
    expect(finnishSortKey('Østergaard')).toBe(finnishSortKey('Östergaard'));
  });

  it('ignores case and decomposed input (a + combining diaeresis = ä)', () => {
    expect(finnishSortKey('ÄIJÄLÄ')).toBe(finnishSortKey('äijälä'));
    expect(finnishSortKey('A\u0308ijA\u0308lA\u0308')).toBe(finnishSortKey('Äijälä'));
  });

  it('keeps a name made only of a–z letters as it is (lower-cased), so plain names sort as before', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z]{0,12}$/), (name) => finnishSortKey(name) === name.toLowerCase()));
  });

  it('never puts a name that starts with Å, Ä or Ö before one that starts with A–Z', () => {
    fc.assert(
      fc.property(fc.constantFrom('Å', 'Ä', 'Ö', 'å', 'ä', 'ö'), fc.stringMatching(/^[A-Za-z]{1,8}$/), fc.stringMatching(/^[a-z]{0,8}$/), (first, other, rest) =>
        finnishSortKey(other) < finnishSortKey(first + rest),
      ),
    );
  });
});
