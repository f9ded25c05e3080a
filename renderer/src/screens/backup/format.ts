// Small formatting helpers for the backup screens: file sizes, counts, paths, "how long ago".
import type { TFunction } from 'i18next';
import type { BackupCounts } from '../../../../shared/api/backup';
import { formatInstant, helsinkiDate } from '../../../../shared/format/dates';
import type { Language } from '../../../../shared/api/fields';

const UNITS: Record<Language, string[]> = {
  fi: ['t', 'kt', 'Mt', 'Gt', 'Tt'],
  en: ['B', 'KB', 'MB', 'GB', 'TB'],
};

/** 1 234 567 bytes -> "1,2 Mt" (fi) / "1.2 MB" (en); binary units, as Windows Explorer shows them. */
export function formatBytes(bytes: number, lang: Language): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS[lang].length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(lang === 'fi' ? 'fi-FI' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
  return `${number}\u00a0${UNITS[lang][unit]}`;
}

export function formatCount(n: number, lang: Language): string {
  return new Intl.NumberFormat(lang === 'fi' ? 'fi-FI' : 'en-GB').format(n);
}

/** "2 asiakasta" / "2 customers" — one of the counts of a backup, with the plural right. */
export function countText(t: TFunction, what: keyof BackupCounts, count: number, lang: Language): string {
  return t(`backup.counts.${what}`, { count, formatted: formatCount(count, lang) });
}

/** The folder and the file name as one path, with the folder's own separator. */
export function joinPath(folder: string, file: string): string {
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(sep) ? `${folder}${file}` : `${folder}${sep}${file}`;
}

/** "tänään klo 17.05", "eilen klo 9.30", "2 työpäivää sitten (12.11.2026)", or the date and time. */
export function backupAgeText(t: TFunction, lastAt: string, workingDaysSince: number | null, lang: Language, now: Date = new Date()): string {
  const at = new Date(lastAt);
  const full = formatInstant(lastAt, lang);
  const time = full.replace(/^.* (klo )?/, '');
  const day = helsinkiDate(at);
  if (day === helsinkiDate(now)) return t('backup.status.today', { time });
  const yesterday = new Date(now.getTime() - 24 * 3600_000);
  if (day === helsinkiDate(yesterday)) return t('backup.status.yesterday', { time });
  if (workingDaysSince && workingDaysSince > 0) return t('backup.status.workingDays', { count: workingDaysSince, date: full });
  return full;
}
