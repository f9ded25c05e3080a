// A postal address as the lines of an envelope window or a mailing label.
// Rules (sources): Kielitoimiston ohjepankki, "Osoitetiedot" — in Finland the post town follows the
// postal code and is written in capitals on Posti's recommendation; on mail abroad the country's
// name has a line of its own, in capitals, and the foreign address follows the destination's own
// practice. EU Interinstitutional Style Guide 9.1 (publications.europa.eu/code/fi/fi-390100.htm):
// the destination country is named in the sender's language (or an internationally known one),
// in capitals, on the last line, and only the country name is capitalised on foreign addresses.
// So a letter names the country in the letter's own language: a Finnish letter to Britain ends
// "YHDISTYNYT KUNINGASKUNTA", an English one "UNITED KINGDOM".
import type { Language } from '../api/fields';

export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2, as the register keeps it ('FI' for Finland). */
  country: string;
}

export const HOME_COUNTRY = 'FI';

/** The country's name in `lang` ('GB' → 'Yhdistynyt kuningaskunta' / 'United Kingdom'); the code itself if unknown. */
export function countryName(code: string, lang: Language): string {
  const c = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(c)) return code.trim();
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(c) ?? c;
  } catch {
    return c;
  }
}

function isAbroad(a: PostalAddress): boolean {
  return a.country.trim() !== '' && a.country.trim().toUpperCase() !== HOME_COUNTRY;
}

/** Street, postal code + town, and for mail abroad the country in capitals; empty parts left out. */
export function postalLines(a: PostalAddress, lang: Language): string[] {
  const abroad = isAbroad(a);
  const town = abroad ? a.city.trim() : a.city.trim().toLocaleUpperCase('fi');
  return [a.street.trim(), `${a.postalCode.trim()} ${town}`.trim(), abroad ? countryName(a.country, lang).toLocaleUpperCase(lang) : ''].filter((l) => l !== '');
}

/** The same address on one line of running text (an extract, a list): "Katu 1, 26100 Rauma, Ruotsi". */
export function postalInline(a: PostalAddress, lang: Language): string {
  return [a.street.trim(), `${a.postalCode.trim()} ${a.city.trim()}`.trim(), isAbroad(a) ? countryName(a.country, lang) : ''].filter((l) => l !== '').join(', ');
}

/** A language's name in `lang`, as running text writes it ('en' → 'englanti' / 'English'). */
export function languageName(code: string, lang: Language): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
