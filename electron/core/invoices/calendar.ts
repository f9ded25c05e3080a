// Calendar arithmetic on 'YYYY-MM-DD' dates (Helsinki calendar days; no time zone enters).
import { helsinkiDate } from '../../../shared/format/dates';
import type { CoreState } from '../context';

const DAY_MS = 86_400_000;
const toUtc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * DAY_MS);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** Today in Helsinki by the core's clock (tests move it). */
export function today(state: CoreState): string {
  return helsinkiDate(state.now());
}

/** The first day of the half-year `iso` falls in: 1.1. or 1.7. */
export function halfYearStart(iso: string): string {
  return `${iso.slice(0, 4)}-${Number(iso.slice(5, 7)) <= 6 ? '01' : '07'}-01`;
}

/** The last day of the half-year `iso` falls in. */
export function halfYearEnd(iso: string): string {
  return `${iso.slice(0, 4)}-${Number(iso.slice(5, 7)) <= 6 ? '06-30' : '12-31'}`;
}
