// Phone numbers for reading: stored E.164, shown the Finnish way. The one formatter of every
// screen and every printed document (invoices, reminders, letters, the privacy notice).
import { normalizePhone } from '../finnish/phone';

/** Three-digit Finnish prefixes (mobile networks, nationwide service numbers, two-digit areas). */
const THREE_DIGIT_PREFIX = /^0(4\d|50|20|29|30|10|60|70|71|73|75|1[3-9])/;

function groupRest(rest: string): string {
  if (rest.length <= 4) return rest;
  if (rest.length === 5) return `${rest.slice(0, 2)} ${rest.slice(2)}`;
  if (rest.length === 6 || rest.length === 7) return `${rest.slice(0, 3)} ${rest.slice(3)}`;
  if (rest.length === 8) return `${rest.slice(0, 4)} ${rest.slice(4)}`;
  return `${rest.slice(0, 3)} ${groupRest(rest.slice(3))}`;
}

/**
 * '+358501234567' -> '050 123 4567'; '+35821234567' -> '02 123 4567'; other countries as stored.
 * `international` (an English letter, read abroad too) gives '+358 50 123 4567', the same groups.
 * A number kept as typed (the invoicing settings' free-text phone: '+358 50 366 1543',
 * '050-3661543') is read the same way; text that is no phone number is shown as it is.
 */
export function formatPhone(stored: string | null | undefined, form: 'national' | 'international' = 'national'): string {
  if (!stored) return '';
  const e164 = normalizePhone(stored);
  if (e164 === null) return stored.trim();
  if (e164.startsWith('+358') && /^\+358\d{5,12}$/.test(e164)) {
    const national = `0${e164.slice(4)}`;
    const prefixLength = THREE_DIGIT_PREFIX.test(national) ? 3 : 2;
    const grouped = `${national.slice(0, prefixLength)} ${groupRest(national.slice(prefixLength))}`;
    return form === 'international' ? `+358 ${grouped.slice(1)}` : grouped;
  }
  return e164;
}

/** The form a letter in `lang` prints: Finnish letters the national one, English ones the international one. */
export const phoneFormFor = (lang: 'fi' | 'en'): 'national' | 'international' => (lang === 'en' ? 'international' : 'national');
