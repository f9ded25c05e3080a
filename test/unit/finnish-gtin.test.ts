import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gtinCheckDigit, isValidGtin } from '../../shared/finnish/gtin';

describe('GTIN check digit', () => {
  it('accepts real codes of every length', () => {
    // EAN-13 of a Finnish product (prefix 64), an EAN-8, a UPC-A and a GTIN-14
    for (const code of ['6415712503017', '96385074', '036000291452', '10614141000415', '4006381333931']) expect(isValidGtin(code)).toBe(true);
  });

  it('refuses a wrong check digit, other lengths and non-digits', () => {
    for (const code of ['6415712503018', '9638507', '123456789', '64157125030a7', '', ' 6415712503017', '641571250301']) expect(isValidGtin(code)).toBe(false);
  });

  it('catches every single-digit error and every swap of neighbouring unequal digits', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }), fc.nat(12), fc.integer({ min: 1, max: 9 }), (digits, pos, delta) => {
        const body = digits.join('');
        const code = body + gtinCheckDigit(body);
        expect(isValidGtin(code)).toBe(true);
        const changed = code.slice(0, pos) + ((Number(code[pos]) + delta) % 10) + code.slice(pos + 1);
        expect(isValidGtin(changed)).toBe(false);
        if (pos < 12 && code[pos] !== code[pos + 1] && Math.abs(Number(code[pos]) - Number(code[pos + 1])) !== 5) {
          const swapped = code.slice(0, pos) + code[pos + 1] + code[pos] + code.slice(pos + 2);
          expect(isValidGtin(swapped)).toBe(false);
        }
      }),
    );
  });
});
