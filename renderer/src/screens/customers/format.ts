// Display helpers for customer data: phone numbers for reading, names in list order.
import type { CustomerSummary } from '../../../../shared/api/customers';

/** Three-digit Finnish prefixes (mobile networks, nationwide service numbers, two-digit areas). */
const THREE_DIGIT_PREFIX = /^0(4\d|50|20|29|30|10|60|70|71|73|75|1[3-9])/;

function groupRest(rest: string): string {
  if (rest.length <= 4) return rest;
  if (rest.length === 5) return `${rest.slice(0, 2)} ${rest.slice(2)}`;
  if (rest.length === 6) return `${rest.slice(0, 3)} ${rest.slice(3)}`;
  if (rest.length === 7) return `${rest.slice(0, 3)} ${rest.slice(3)}`;
  if (rest.length === 8) return `${rest.slice(0, 4)} ${rest.slice(4)}`;
  return `${rest.slice(0, 3)} ${groupRest(rest.slice(3))}`;
}

/** '+358501234567' -> '050 123 4567'; '+35821234567' -> '02 123 4567'. Numbers of other countries
 * keep their international form with a space after a recognisable country code. */
export function formatPhone(e164: string | null | undefined): string {
  if (!e164) return '';
  if (e164.startsWith('+358') && /^\+358\d{5,12}$/.test(e164)) {
    const national = `0${e164.slice(4)}`;
    const prefixLength = THREE_DIGIT_PREFIX.test(national) ? 3 : 2;
    return `${national.slice(0, prefixLength)} ${groupRest(national.slice(prefixLength))}`;
  }
  return e164;
}

/** Names as the list sorts them: "Mäkinen, Maija". */
export function listName(c: Pick<CustomerSummary, 'firstName' | 'lastName'>): string {
  return c.firstName ? `${c.lastName}, ${c.firstName}` : c.lastName;
}

/** Names as they are read: "Maija Mäkinen". */
export function fullName(c: Pick<CustomerSummary, 'firstName' | 'lastName'>): string {
  return [c.firstName, c.lastName].filter(Boolean).join(' ');
}

const collator = new Intl.Collator('fi', { sensitivity: 'base', numeric: true });
export const compareText = (a: string, b: string) => collator.compare(a, b);
