import { describe, expect, it } from 'vitest';
import { countryName, languageName, postalInline, postalLines } from '../../shared/format/postalAddress';

describe('postal address lines', () => {
  const home = { street: 'Kauppakatu 1', postalCode: '26100', city: 'Rauma', country: 'FI' };
  const london = { street: '10 Downing Street', postalCode: 'SW1A 2AA', city: 'London', country: 'GB' };

  it('a Finnish address: the post town in capitals, no country line', () => {
    expect(postalLines(home, 'fi')).toEqual(['Kauppakatu 1', '26100 RAUMA']);
    expect(postalLines({ ...home, city: 'Äänekoski' }, 'en')).toEqual(['Kauppakatu 1', '26100 ÄÄNEKOSKI']);
  });

  it('abroad: the country in capitals on the last line, named in the letter’s language; the town as the destination writes it', () => {
    expect(postalLines(london, 'en')).toEqual(['10 Downing Street', 'SW1A 2AA London', 'UNITED KINGDOM']);
    expect(postalLines(london, 'fi')).toEqual(['10 Downing Street', 'SW1A 2AA London', 'ISO-BRITANNIA']);
    expect(postalLines({ ...london, country: 'se' }, 'fi').at(-1)).toBe('RUOTSI');
  });

  it('in running text, and names of countries and languages', () => {
    expect(postalInline(london, 'en')).toBe('10 Downing Street, SW1A 2AA London, United Kingdom');
    expect(postalInline(home, 'fi')).toBe('Kauppakatu 1, 26100 Rauma');
    expect(countryName('DE', 'fi')).toBe('Saksa');
    expect(countryName('not a code', 'en')).toBe('not a code');
    expect(languageName('en', 'fi')).toBe('englanti');
    expect(languageName('fi', 'en')).toBe('Finnish');
  });
});
