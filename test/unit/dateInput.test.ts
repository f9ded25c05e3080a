import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, parseDateInput } from '../../shared/format/dateInput';
import { formatDate, isIsoDate } from '../../shared/format/dates';

const TODAY = '2026-12-03';

describe('parseDateInput', () => {
  it('reads day first, the Finnish way', () => {
    for (const text of ['3.12.2026', '03.12.2026', ' 3.12.2026 ', '3.12.', '3.12', '3.12.26', '3,12,2026', '3. 12. 2026', '2026-12-03']) {
      expect(parseDateInput(text, TODAY), text).toBe('2026-12-03');
    }
    expect(parseDateInput('12.3.2026', TODAY)).toBe('2026-03-12');
    expect(parseDateInput('1.1.95', TODAY)).toBe('1995-01-01');
    expect(parseDateInput('1.1.46', TODAY)).toBe('2046-01-01');
  });
  it('refuses what is not a date, never guessing month first', () => {
    for (const text of ['', '12/03/2026', '3.13.2026', '31.11.2026', '29.2.2026', '0.1.2026', '3.12.202', '3.12.20266', 'huomenna', '2026-02-30', '3..12.2026', '3.12.0026']) {
      expect(parseDateInput(text, TODAY), text).toBeNull();
    }
    expect(parseDateInput('29.2.2028', TODAY)).toBe('2028-02-29');
  });
  it('reads back every date it prints', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseDateInput(formatDate(iso), TODAY)).toBe(iso);
        const [y, m, day] = iso.split('-');
        expect(parseDateInput(`${day}.${m}.${y}`, TODAY)).toBe(iso);
      }),
    );
  });
  it('gives only real calendar dates or null', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 3000 }), (d, m, y) => {
        const r = parseDateInput(`${d}.${m}.${y}`, TODAY);
        if (r !== null) expect(isIsoDate(r)).toBe(true);
      }),
    );
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-03', 0)).toBe('2026-12-03');
  });
});
