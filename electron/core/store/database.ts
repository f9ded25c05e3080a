// Opens the encrypted register: SQLite3 Multiple Ciphers with the SQLCipher v4 scheme and a raw
// 256-bit key, so the owner can open their own data with any SQLCipher tool and the recovery key.
import Database from 'better-sqlite3-multiple-ciphers';
import { migrate } from './migrations';
import { finnishSortKey } from '../../../shared/text/finnishSort';

export type Db = Database.Database;

export class WrongKeyError extends Error {}

export function openDatabase(path: string, key: Buffer, options: { create: boolean }): Db {
  if (key.length !== 32) throw new Error('data key must be 32 bytes');
  const db = new Database(path, { fileMustExist: !options.create });
  try {
    applyKey(db, key);
    db.pragma('journal_mode=WAL');
    db.pragma('synchronous=FULL');
    db.pragma('foreign_keys=ON');
    // Temp files are not encrypted in this SQLite3MC version: keep them in memory.
    db.pragma('temp_store=MEMORY');
    // Deleted rows are zeroed on their pages (on in this build; stated so it stays on).
    db.pragma('secure_delete=ON');
    db.pragma('mmap_size=0');
    // Every page read from disk is decrypted; a 64 MiB cache keeps a busy register's indexes warm.
    db.pragma('cache_size=-65536');
    // Migrations (0010) and queries may compute list sort keys in SQL, the same way the code does.
    db.function('fi_sort_key', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? finnishSortKey(text) : ''));
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Opens an encrypted file only to read it (a backup snapshot being checked): nothing is written to it. */
export function openReadOnly(path: string, key: Buffer): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    applyKey(db, key);
    db.pragma('cache_size=-65536');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function applyKey(db: Db, key: Buffer): void {
  if (key.length !== 32) throw new Error('data key must be 32 bytes');
  // Order matters: cipher before key, never inside a transaction.
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${key.toString('hex')}'"`);
  // PRAGMA key answers "ok" even for a wrong key: prove it by reading the schema.
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') throw new WrongKeyError('wrong data key');
    throw err;
  }
}
