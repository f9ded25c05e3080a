// The value formats of a Finvoice message and the e-invoice address rules: amounts round-trip
// exactly through the schema's decimal-comma form, percentages and quantities match the schema's
// patterns, long texts are split without losing a character, and OVT identifiers are checked by
// the Y-tunnus check digit.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amount, chunks, parseAmount, percent, quantity } from '../../electron/core/finvoice/format';
import { einvoiceAddressKind, isValidOperatorId, isValidOvt, normalizeEinvoiceId, ovtFromBusinessId } from '../../shared/finnish/einvoiceAddress';
import { businessIdCheckDigit } from '../../shared/finnish/businessId';

// The patterns of the Finvoice 3.0 XSD (monetaryAmount, epiMonetaryAmount, percentage).
const MONETARY = /^-?[0-9]{1,15}(,[0-9]{2,5})?$/;
const EPI = /^-?[0-9]{1,15},[0-9]{2}$/;
const PERCENTAGE = /^[1-9]?[0-9]{1,2}(,[0-9]{1,4})?$/;

describe('Finvoice value formats', () => {
  it('amounts: every cent value round-trips and fits both amount patterns', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }), (c) => {
        const a = amount(c);
        expect(a).toMatch(MONETARY);
        expect(a).toMatch(EPI);
        expect(parseAmount(a)).toBe(c);
      }),
    );
    expect(amount(-5)).toBe('-0,05');
    expect(amount(123456)).toBe('1234,56');
  });

  it('percentages and quantities as the schema writes them', () => {
    expect([2550, 1350, 1000, 0, 10000, 1234].map(percent)).toEqual(['25,5', '13,5', '10', '0', '100', '12,34']);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (bp) => {
        expect(percent(bp)).toMatch(PERCENTAGE);
      }),
    );
    expect([1500, 1000, -2000, 125].map(quantity)).toEqual(['1,5', '1', '-2', '0,125']);
  });

  it('long text is split at spaces into pieces that fit, and nothing is lost', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 400 }), fc.integer({ min: 2, max: 70 }), (s, max) => {
        const parts = chunks(s, max);
        for (const p of parts) expect(p.length).toBeLessThanOrEqual(max);
        expect(parts.join('').replace(/\s/g, '')).toBe(s.replace(/\s/g, ''));
      }),
    );
  });
});

describe('e-invoice address', () => {
  it('an OVT is 0037 + a Y-tunnus whose check digit holds + at most 5 characters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{7}$/), fc.stringMatching(/^[A-Z0-9]{0,5}$/), (seven, unit) => {
        const check = businessIdCheckDigit(seven);
        fc.pre(check !== null);
        expect(isValidOvt(`0037${seven}${check}${unit}`)).toBe(true);
        expect(isValidOvt(`0037${seven}${(check! + 1) % 10}${unit}`)).toBe(false);
        expect(einvoiceAddressKind(`0037 ${seven}${check}`)).toBe('ovt');
      }),
    );
    expect(isValidOvt('0038' + '10074353')).toBe(false);
    expect(ovtFromBusinessId('1007435-3')).toBe('003710074353');
    expect(ovtFromBusinessId('')).toBe('');
  });

  it('an IBAN address, an operator ID (BIC or OVT), and what is neither', () => {
    expect(einvoiceAddressKind('FI79 4405 2020 0360 82')).toBe('iban');
    expect(einvoiceAddressKind('FI79 4405 2020 0360 83')).toBeNull();
    expect(einvoiceAddressKind('maija@example.fi')).toBeNull();
    expect(normalizeEinvoiceId(' ndea fihh ')).toBe('NDEAFIHH');
    expect(['NDEAFIHH', 'OKOYFIHHXXX', '003721291126'].every(isValidOperatorId)).toBe(true);
    expect(['NDEA', 'NDEAFI', '003721291127', 'E204503!'].some(isValidOperatorId)).toBe(false);
  });
});
