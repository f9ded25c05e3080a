import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatReferenceNumber,
  formatRfReference,
  isValidReferenceNumber,
  isValidRfReference,
  normalizeReferenceNumber,
  referenceNumber,
  rfReference,
} from '../../shared/finnish';
import { referenceCheckDigit } from '../../shared/finnish/referenceNumber';
import { mod97, mod97CheckDigits, lettersToDigits } from '../../shared/finnish/mod97';

/** Bases of 3–19 digits that do not start with 0 (a leading zero would be dropped). */
const base = fc.stringMatching(/^[1-9]\d{2,18}$/);
/** Written independently of the module: weights 7,3,1 from the right. */
function expectedCheckDigit(digits: string): number {
  const sum = [...digits].reverse().reduce((s, d, i) => s + Number(d) * [7, 3, 1][i % 3]!, 0);
  return (10 - (sum % 10)) % 10;
}

describe('national reference number (viitenumero)', () => {
  it('computes the check digit of known references', () => {
    // The textbook example: 1×1 + 2×3 + 3×7 = 28 -> 2.
    expect(referenceNumber('123')).toBe('1232');
    expect(referenceNumber('4090')).toBe('40905');
    expect(referenceNumber('1111')).toBe('11112');
    // References of the Bank Bar Code Guide's test invoices (check digit removed, then recomputed).
    expect(referenceNumber('86851 62596 1989')).toBe('868516259619897');
    expect(referenceNumber('55958 22432 9467')).toBe('559582243294671');
    expect(referenceNumber('69 87567 20834 3536')).toBe('69875672083435364');
    expect(referenceNumber('9212537425253989773')).toBe('92125374252539897737');
    expect(referenceNumber('86862')).toBe('868624');
  });

  it('strips spaces and leading zeros from the base', () => {
    expect(referenceNumber(' 12 3 ')).toBe('1232');
    expect(referenceNumber('000123')).toBe('1232');
  });

  it('throws a clear error for a base it cannot use', () => {
    expect(() => referenceNumber('12')).toThrow(/3–19 digits/);
    expect(() => referenceNumber('0012')).toThrow(/3–19 digits/);
    expect(() => referenceNumber('12345678901234567890')).toThrow(/3–19 digits/);
    expect(() => referenceNumber('12a4')).toThrow(/only digits/);
    expect(() => referenceNumber('12-34')).toThrow(/only digits/);
    expect(() => referenceNumber('')).toThrow(/only digits/);
    expect(() => referenceNumber('   ')).toThrow(/only digits/);
  });

  it('validates references with spaces and leading zeros', () => {
    expect(isValidReferenceNumber('1232')).toBe(true);
    expect(isValidReferenceNumber('86851 62596 19897')).toBe(true);
    expect(isValidReferenceNumber('0000 0086 8516 2596 19897')).toBe(true);
    expect(isValidReferenceNumber('00000000000000000000000000001232')).toBe(true);
    expect(isValidReferenceNumber('1233')).toBe(false);
    expect(isValidReferenceNumber('232')).toBe(false); // three digits is below the minimum of four
    expect(isValidReferenceNumber('123456789012345678901')).toBe(false); // 21 digits
    expect(isValidReferenceNumber('')).toBe(false);
    expect(isValidReferenceNumber('12a2')).toBe(false);
    expect(isValidReferenceNumber('RF09868516259619897')).toBe(false);
    expect(normalizeReferenceNumber(' 0 86851 62596 19897 ')).toBe('868516259619897');
  });

  it('prints groups of five from the left without leading zeros', () => {
    // The shape of the spec's example '12345 67890 12' (with this base the check digit is 4).
    expect(referenceNumber('12345678901')).toBe('123456789014');
    expect(formatReferenceNumber('123456789014')).toBe('12345 67890 14');
    expect(formatReferenceNumber('0001232')).toBe('1232');
    expect(formatReferenceNumber('868516259619897')).toBe('86851 62596 19897');
    expect(formatReferenceNumber('92125374252539897737')).toBe('92125 37425 25398 97737');
    expect(() => formatReferenceNumber('1233')).toThrow(/Not a valid/);
  });

  it('every base gets exactly one valid check digit', () => {
    fc.assert(
      fc.property(base, (b) => {
        const ref = referenceNumber(b);
        expect(ref).toBe(`${b}${expectedCheckDigit(b)}`);
        expect(referenceCheckDigit(b)).toBe(expectedCheckDigit(b));
        const valid = Array.from({ length: 10 }, (_, d) => `${b}${d}`).filter(isValidReferenceNumber);
        expect(valid).toEqual([ref]);
      }),
    );
  });

  it('catches every single-digit typo', () => {
    fc.assert(
      fc.property(base, fc.nat(), fc.integer({ min: 1, max: 9 }), (b, at, delta) => {
        const ref = referenceNumber(b);
        const i = at % ref.length;
        const typo = `${ref.slice(0, i)}${(Number(ref[i]) + delta) % 10}${ref.slice(i + 1)}`;
        // A typo turning the first digit into 0 shortens the number; it must still not validate as the same one.
        if (normalizeReferenceNumber(typo) !== null) expect(normalizeReferenceNumber(typo)).not.toBe(ref);
        if (!typo.startsWith('0')) expect(isValidReferenceNumber(typo)).toBe(false);
      }),
    );
  });

  it('formatting and spacing never change the number', () => {
    fc.assert(
      fc.property(base, fc.nat({ max: 5 }), (b, zeros) => {
        const ref = referenceNumber(b);
        const printed = formatReferenceNumber(`${'0'.repeat(zeros)}${ref}`);
        expect(printed.replace(/ /g, '')).toBe(ref);
        expect(printed).toMatch(/^\d{1,5}( \d{5})*( \d{1,5})?$/);
        expect(printed.split(' ').slice(0, -1).every((g) => g.length === 5)).toBe(true);
        expect(isValidReferenceNumber(printed)).toBe(true);
      }),
    );
  });
});

describe('mod 97 helper', () => {
  it('matches BigInt arithmetic for long numbers', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,80}$/), (digits) => {
        expect(mod97(digits)).toBe(Number(BigInt(digits) % 97n));
      }),
    );
  });
  it('turns letters into two digits and rejects anything else', () => {
    expect(lettersToDigits('RF00')).toBe('271500');
    expect(lettersToDigits('AZ9')).toBe('10359');
    expect(lettersToDigits('rf')).toBeNull();
    expect(lettersToDigits('Ä')).toBeNull();
    expect(() => mod97('')).toThrow();
    expect(() => mod97CheckDigits('ä', 'RF')).toThrow();
  });
});

describe('RF creditor reference (ISO 11649)', () => {
  it('builds the RF references of the Bank Bar Code Guide test invoices', () => {
    expect(rfReference('86851 62596 19897')).toBe('RF09868516259619897');
    expect(formatRfReference(rfReference('86851 62596 19897'))).toBe('RF09 8685 1625 9619 897');
    expect(rfReference('559582243294671')).toBe('RF06559582243294671');
    expect(rfReference('7758474790647489')).toBe('RF847758474790647489');
    expect(rfReference('78777679656628687')).toBe('RF6078777679656628687');
    expect(rfReference('868624')).toBe('RF10868624');
    expect(rfReference('92125374252539897737')).toBe('RF7192125374252539897737');
    expect(rfReference('590738390')).toBe('RF66590738390');
    expect(rfReference('1357914')).toBe('RF951357914');
    expect(rfReference('698756720839')).toBe('RF61698756720839');
    // Third-party examples: virtuaaliviivakoodi (npm) README and vcode2bar README.
    expect(rfReference('11112')).toBe('RF9811112');
    expect(rfReference('40905')).toBe('RF1140905');
  });

  it('drops leading zeros of the national reference and refuses invalid ones', () => {
    expect(rfReference('0000 1232')).toBe(rfReference('1232'));
    expect(() => rfReference('1233')).toThrow(/valid Finnish reference/);
    expect(() => rfReference('RF09868516259619897')).toThrow(/valid Finnish reference/);
    expect(() => rfReference('')).toThrow();
  });

  it('validates with spaces, in any case, up to 25 characters', () => {
    expect(isValidRfReference('RF09 8685 1625 9619 897')).toBe(true);
    expect(isValidRfReference('rf09 8685 1625 9619 897')).toBe(true);
    expect(isValidRfReference('RF18539007547034')).toBe(true); // ISO 11649 example
    expect(isValidRfReference('RF18 5390 0754 7034')).toBe(true);
    expect(isValidRfReference('RF10 8686 25')).toBe(false);
    expect(isValidRfReference('RF19 8685 1625 9619 897')).toBe(false);
    expect(isValidRfReference('RF09')).toBe(false);
    expect(isValidRfReference('XX09868516259619897')).toBe(false);
    expect(isValidRfReference('RF0986851625961989ä')).toBe(false);
    expect(isValidRfReference('868516259619897')).toBe(false);
    // 26 characters: too long even though the check could be made to work.
    expect(isValidRfReference(`RF00${'1'.repeat(22)}`)).toBe(false);
  });

  it('accepts letters in the reference part, as ISO 11649 allows', () => {
    const body = 'INVOICE2026A';
    const ref = `RF${mod97CheckDigits(body, 'RF')}${body}`;
    expect(isValidRfReference(ref)).toBe(true);
    expect(isValidRfReference(ref.toLowerCase())).toBe(true);
  });

  it('prints groups of four and refuses to print an invalid reference', () => {
    expect(formatRfReference('RF7192125374252539897737')).toBe('RF71 9212 5374 2525 3989 7737');
    expect(formatRfReference('rf10868624')).toBe('RF10 8686 24');
    expect(() => formatRfReference('RF11868624')).toThrow(/Not a valid RF/);
  });

  it('every valid national reference gives a valid RF reference that carries it unchanged', () => {
    fc.assert(
      fc.property(base, (b) => {
        const national = referenceNumber(b);
        const rf = rfReference(national);
        expect(rf).toMatch(/^RF\d{2}\d+$/);
        expect(rf.slice(4)).toBe(national);
        expect(rf.length).toBeLessThanOrEqual(25);
        expect(isValidRfReference(rf)).toBe(true);
        expect(isValidRfReference(formatRfReference(rf))).toBe(true);
        // Independent check with BigInt: body + 'RF' (2715) + check digits leaves remainder 1.
        expect(BigInt(`${national}2715${rf.slice(2, 4)}`) % 97n).toBe(1n);
      }),
    );
  });

  it('catches any single changed check digit', () => {
    fc.assert(
      fc.property(base, fc.integer({ min: 1, max: 99 }), (b, delta) => {
        const rf = rfReference(referenceNumber(b));
        const wrong = String((Number(rf.slice(2, 4)) + delta) % 100).padStart(2, '0');
        expect(isValidRfReference(`RF${wrong}${rf.slice(4)}`)).toBe(false);
      }),
    );
  });
});
