import { describe, expect, it } from 'vitest';
import { formatPhone } from '../../shared/format/phone';
import fc from 'fast-check';
import { formatMoney } from '../../shared/format/money';
import { formatDate, formatInstant, helsinkiDate, isIsoDate } from '../../shared/format/dates';

describe('money', () => {
  it('prints Finnish format with non-breaking spaces', () => {
    expect(formatMoney(123450)).toBe('1\u00a0234,50\u00a0€');
    expect(formatMoney(5)).toBe('0,05\u00a0€');
    expect(formatMoney(-100000000)).toBe('-1\u00a0000\u00a0000,00\u00a0€');
    expect(() => formatMoney(1.5)).toThrow();
  });
  it('round-trips any amount of cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const text = formatMoney(cents).replace(/\u00a0/g, '').replace('€', '').replace(',', '.');
        expect(Math.round(Number(text) * 100)).toBe(cents);
      }),
    );
  });
});

describe('dates', () => {
  it('validates calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('24.11.2026')).toBe(false);
  });
  it('formats the Finnish way in Helsinki time', () => {
    expect(formatDate('2026-11-24')).toBe('24.11.2026');
    expect(formatDate('2026-01-05')).toBe('5.1.2026');
    expect(formatInstant('2026-11-24T22:30:00Z', 'fi')).toBe('25.11.2026 klo 00.30');
    expect(formatInstant('2026-07-01T09:05:00Z', 'en')).toBe('1.7.2026 12:05');
    expect(helsinkiDate(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
  });
});

describe('formatPhone: one way to show a phone number, on screens and on paper', () => {
  it('reads the stored E.164 form and a number kept as typed alike', () => {
    for (const stored of ['+358503661543', '+358 50 366 1543', '050-3661543', '050 366 1543']) {
      expect(formatPhone(stored)).toBe('050 366 1543');
      expect(formatPhone(stored, 'international')).toBe('+358 50 366 1543');
    }
    expect(formatPhone('+35821234567')).toBe('02 123 4567');
    expect(formatPhone('+420601123456')).toBe('+420601123456');
    expect(formatPhone('ks. verkkosivu')).toBe('ks. verkkosivu');
    expect(formatPhone('')).toBe('');
  });
});
