import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { businessIdCheckDigit, isValidBusinessId, normalizeBusinessId, normalizePhone } from '../../shared/finnish';

describe('business ID (Y-tunnus)', () => {
  it('accepts known valid IDs and rejects a changed check digit', () => {
    for (const id of ['0112038-9', '1572860-0', '2617416-4', '1007435-3']) expect(isValidBusinessId(id), id).toBe(true);
    expect(isValidBusinessId('1007435-4')).toBe(false);
    expect(isValidBusinessId('1007435')).toBe(false);
    expect(isValidBusinessId('abcdefg-1')).toBe(false);
    expect(normalizeBusinessId('112038-9')).toBe('0112038-9');
  });

  it('every seven digits have exactly one valid check digit, or none (remainder 1)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{7}$/), (digits) => {
        const valid = Array.from({ length: 10 }, (_, c) => `${digits}-${c}`).filter(isValidBusinessId);
        const check = businessIdCheckDigit(digits);
        expect(valid).toEqual(check === null ? [] : [`${digits}-${check}`]);
      }),
    );
  });
});

describe('phone numbers', () => {
  it('normalises Finnish and international forms to E.164', () => {
    expect(normalizePhone('050 366 1543')).toBe('+358503661543');
    expect(normalizePhone('050-3661543')).toBe('+358503661543');
    expect(normalizePhone('+358 50 366 1543')).toBe('+358503661543');
    expect(normalizePhone('00358 (50) 366 1543')).toBe('+358503661543');
    expect(normalizePhone('02 822 1234')).toBe('+35828221234');
    expect(normalizePhone('366 1543')).toBeNull();
    expect(normalizePhone('puhelin')).toBeNull();
    expect(normalizePhone('+0')).toBeNull();
  });

  it('formatting never changes the number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{7,8}$/), fc.constantFrom(' ', '-', ''), (rest, sep) => {
        const typed = `0${rest.slice(0, 2)}${sep}${rest.slice(2)}`;
        expect(normalizePhone(typed)).toBe(`+358${rest}`);
      }),
    );
  });
});
