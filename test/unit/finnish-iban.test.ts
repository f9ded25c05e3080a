import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IBAN_LENGTHS, formatIban, ibanToDigits, isValidIban, normalizeIban } from '../../shared/finnish';

// Example IBANs of the SWIFT IBAN registry / ECBS (one per country in IBAN_LENGTHS).
const REGISTRY_EXAMPLES = [
  'AD1200012030200359100100', 'AT611904300234573201', 'BE68539007547034', 'BG80BNBG96611020345678',
  'CH9300762011623852957', 'CY17002001280000001200527600', 'CZ6508000000192000145399',
  'DE89370400440532013000', 'DK5000400440116243', 'EE382200221020145685', 'ES9121000418450200051332',
  'FI2112345600000785', 'FR1420041010050500013M02606', 'GB29NWBK60161331926819', 'GI75NWBK000000007099453',
  'GR1601101250000000012300695', 'HR1210010051863000160', 'HU42117730161111101800000000',
  'IE29AIBK93115212345678', 'IS140159260076545510730339', 'IT60X0542811101000000123456',
  'LI21088100002324013AA', 'LT121000011101001000', 'LU280019400644750000', 'LV80BANK0000435195001',
  'MC5811222000010123456789030', 'MT84MALT011000012345MTLCAST001S', 'NL91ABNA0417164300',
  'NO9386011117947', 'PL61109010140000071219812874', 'PT50000201231234567890154',
  'RO49AAAA1B31007593840000', 'SE4550000000058398257466', 'SI56263300012039086',
  'SK3112000000198742637541', 'SM86U0322509800000000270100', 'VA59001123000012345678',
];

/** A Finnish IBAN for 14 account digits, check digits computed independently with BigInt. */
function finnishIban(bban: string): string {
  const check = 98n - (BigInt(`${bban}151800`) % 97n);
  return `FI${String(check).padStart(2, '0')}${bban}`;
}

describe('IBAN', () => {
  it('accepts the registry example of every listed country, at that country’s length', () => {
    expect(REGISTRY_EXAMPLES.map((i) => i.slice(0, 2)).sort()).toEqual(Object.keys(IBAN_LENGTHS).sort());
    for (const iban of REGISTRY_EXAMPLES) {
      expect(isValidIban(iban), iban).toBe(true);
      expect(iban.length, iban).toBe(IBAN_LENGTHS[iban.slice(0, 2)]);
    }
  });

  it('accepts Finnish IBANs as people type them', () => {
    expect(isValidIban('FI21 1234 5600 0007 85')).toBe(true);
    expect(isValidIban('fi21 1234 5600 0007 85')).toBe(true);
    expect(isValidIban(' FI2112345600000785 ')).toBe(true);
    expect(isValidIban('FI79 4405 2020 0360 82')).toBe(true); // Bank Bar Code Guide test account
    expect(isValidIban('FI49 5000 9420 0287 30')).toBe(true); // OP's example
    expect(isValidIban('FI55 4234 5670 0000 81')).toBe(true); // ECBS print-format example
  });

  it('rejects wrong checks, wrong lengths and junk', () => {
    expect(isValidIban('FI21 1234 5600 0007 86')).toBe(false);
    expect(isValidIban('FI22 1234 5600 0007 85')).toBe(false);
    expect(isValidIban('FI21 1234 5600 0007 8')).toBe(false);
    expect(isValidIban('FI21 1234 5600 0007 850')).toBe(false);
    // Valid mod 97 is not enough: a German IBAN has 22 characters, not 18.
    const shortDe = `DE${String(98n - (BigInt('123456789012341314' + '00') % 97n)).padStart(2, '0')}12345678901234`;
    expect(BigInt(`${ibanToDigits(shortDe)}`) % 97n).toBe(1n);
    expect(isValidIban(shortDe)).toBe(false);
    expect(isValidIban('')).toBe(false);
    expect(isValidIban('FI')).toBe(false);
    expect(isValidIban('1121 1234 5600 0007 85')).toBe(false);
    expect(isValidIban('FI21-1234-5600-0007-85')).toBe(false);
    expect(isValidIban('FIXX12345600000785')).toBe(false);
    expect(isValidIban('FI2112345600000785ä')).toBe(false);
  });

  it('checks countries outside the table by shape and mod 97 only', () => {
    // Türkiye (TR, 26 characters) is not in the SEPA table.
    expect(isValidIban('TR330006100519786457841326')).toBe(true);
    expect(isValidIban('TR330006100519786457841327')).toBe(false);
    expect(isValidIban('XX00123')).toBe(false);
  });

  it('normalizes and prints in groups of four', () => {
    expect(normalizeIban(' fi21 1234\u00a05600 0007 85')).toBe('FI2112345600000785');
    expect(formatIban('FI2112345600000785')).toBe('FI21 1234 5600 0007 85');
    expect(formatIban('no9386011117947')).toBe('NO93 8601 1117 947');
    expect(formatIban('MT84MALT011000012345MTLCAST001S')).toBe('MT84 MALT 0110 0001 2345 MTLC AST0 01S');
    expect(() => formatIban('FI2112345600000786')).toThrow(/Not a valid IBAN/);
  });

  it('ibanToDigits moves the first four characters to the end and spells letters as numbers', () => {
    expect(ibanToDigits('FI21 1234 5600 0007 85')).toBe('12345600000785151821');
    expect(ibanToDigits('FI21-1234')).toBeNull();
  });

  it('every 14-digit Finnish account has one IBAN, and any single changed digit is caught', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{14}$/), fc.nat(), fc.integer({ min: 1, max: 9 }), (bban, at, delta) => {
        const iban = finnishIban(bban);
        expect(isValidIban(iban)).toBe(true);
        expect(isValidIban(formatIban(iban).toLowerCase())).toBe(true);
        expect(normalizeIban(formatIban(iban))).toBe(iban);
        const i = 2 + (at % 16);
        const typo = `${iban.slice(0, i)}${(Number(iban[i]) + delta) % 10}${iban.slice(i + 1)}`;
        expect(isValidIban(typo)).toBe(false);
      }),
    );
  });

  it('catches swapped neighbouring digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{14}$/), fc.nat(), (bban, at) => {
        const iban = finnishIban(bban);
        const i = 2 + (at % 15);
        if (iban[i] === iban[i + 1]) return;
        const swapped = `${iban.slice(0, i)}${iban[i + 1]}${iban[i]}${iban.slice(i + 2)}`;
        expect(isValidIban(swapped)).toBe(false);
      }),
    );
  });
});
