// What a person types into a date field, read the Finnish way: day first, then month, then year
// (3.12.2026, 03.12.2026, 3.12.26, 3.12. for this year). The numeric keypad of a Finnish keyboard
// types ',' for '.', so a comma separates too. A pasted ISO date (2026-12-03) is accepted as well.
// The result is the register's calendar date, 'YYYY-MM-DD'; anything else is null, never a guess
// in the month-first order an English browser would use.
import { isIsoDate } from './dates';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * 'YYYY-MM-DD' for a typed date, or null when the text is not a date. `today` ('YYYY-MM-DD', the
 * shop's day) supplies the year when it is left out, and the century of a two-digit year.
 */
export function parseDateInput(text: string, today: string): string | null {
  const s = text.trim();
  if (isIsoDate(s)) return s;
  const m = /^(\d{1,2})\s*[.,]\s*(\d{1,2})\s*(?:[.,]\s*(\d{2}|\d{4})?)?$/.exec(s);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = m[3] === undefined ? Number(today.slice(0, 4)) : m[3].length === 2 ? fullYear(Number(m[3]), Number(today.slice(0, 4))) : Number(m[3]);
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return year >= 1000 && isIsoDate(iso) ? iso : null;
}

/** A two-digit year in this century, unless that is more than 20 years ahead ('95' in 2026 is 1995). */
function fullYear(yy: number, thisYear: number): number {
  const year = Math.floor(thisYear / 100) * 100 + yy;
  return year > thisYear + 20 ? year - 100 : year;
}

/** 'YYYY-MM-DD' moved by whole days (the arrow keys of a date field). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
}
