// Settings live in the encrypted database as key -> JSON value, with defaults for what is unset.
import { DEFAULT_IDLE_LOCK_MINUTES, DEFAULT_OMBUDSMAN, type Settings } from '../../../shared/api/settings';
import type { Db } from '../store/database';

function read<T>(db: Db, key: string): T | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}

export function loadSettings(db: Db): Settings {
  const controller = read<Settings['controller']>(db, 'controller');
  if (!controller) throw new Error('register has no controller details');
  return {
    idleLockMinutes: read<number>(db, 'idleLockMinutes') ?? DEFAULT_IDLE_LOCK_MINUTES,
    controller,
    ombudsman: read<Settings['ombudsman']>(db, 'ombudsman') ?? DEFAULT_OMBUDSMAN,
  };
}

export function loadIdleLockMinutes(db: Db): number {
  return read<number>(db, 'idleLockMinutes') ?? DEFAULT_IDLE_LOCK_MINUTES;
}
