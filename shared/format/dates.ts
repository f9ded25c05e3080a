// Calendar dates are 'YYYY-MM-DD' in Europe/Helsinki; instants are ISO-8601 UTC strings.
export const TIME_ZONE = 'Europe/Helsinki';

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The calendar date in Helsinki at the given instant. */
export function helsinkiDate(at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  return parts; // en-CA formats as YYYY-MM-DD
}

/** '2026-11-24' -> '24.11.2026' (the Finnish format, used in both UI languages). */
export function formatDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  return `${Number(m[3])}.${Number(m[2])}.${m[1]}`;
}

/** An instant shown in Helsinki time: '24.11.2026 klo 20.15' (fi) or '24.11.2026 20:15' (en). */
export function formatInstant(iso: string, lang: 'fi' | 'en'): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const time = new Intl.DateTimeFormat('fi-FI', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(at)
    .replace(':', '.');
  const date = formatDate(helsinkiDate(at));
  return lang === 'fi' ? `${date} klo ${time}` : `${date} ${time.replace('.', ':')}`;
}
