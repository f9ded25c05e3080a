import type { Db } from '../store/database';

/** Backup settings, stored with the other settings; defaults: warn after 1 working day, keep all. */
export function backupSettings(db: Db): { warnAfterWorkingDays: number; keepNewest: number; lastFolder: string | null } {
  const get = (key: string) => (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  const parse = <T>(v: string | undefined, d: T) => (v === undefined ? d : (JSON.parse(v) as T));
  return {
    warnAfterWorkingDays: parse(get('backup.warnAfterWorkingDays'), 1),
    keepNewest: parse(get('backup.keepNewest'), 0),
    lastFolder: parse<string | null>(get('backup.lastFolder'), null),
  };
}
