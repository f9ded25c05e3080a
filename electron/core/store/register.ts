// The register as the core sees it: the data folder (locked for this process), its keyring and,
// while someone is logged in, the open database and the data key. Logging the last user out
// closes the database and wipes the key from memory.
import { existsSync, renameSync } from 'node:fs';
import { timingSafeEqual } from 'node:crypto';
import { fail } from '../errors';
import { openDatabase, type Db } from './database';
import { dataPaths, lockDataFolder, FolderInUseError, type DataPaths } from './dataFolder';
import { Keyring, KeyringError } from './keyring';
import { NewerRegisterError } from './migrations';

export class Register {
  readonly paths: DataPaths;
  private releaseLock: () => void;
  private keyringCache: Keyring | null = null;
  private openDb: Db | null = null;
  private key: Buffer | null = null;

  /** Takes the data folder's lock; throws CONFLICT "register is open elsewhere" if another process holds it. */
  constructor(dir: string) {
    this.paths = dataPaths(dir);
    try {
      this.releaseLock = lockDataFolder(this.paths);
    } catch (err) {
      if (err instanceof FolderInUseError) throw fail('CONFLICT', 'registerInUse', { holder: `pid ${err.holder.pid}, ${err.holder.host}` });
      throw err;
    }
  }

  /** The keyring file is written last during setup, so its presence means the register is complete. */
  exists(): boolean {
    return existsSync(this.paths.keyring);
  }

  keyring(): Keyring {
    if (!this.exists()) throw fail('CONFLICT', 'noRegister');
    if (!this.keyringCache) {
      try {
        this.keyringCache = Keyring.load(this.paths.keyring);
      } catch (err) {
        if (err instanceof KeyringError) throw fail('INTERNAL', 'registerDamaged');
        throw err;
      }
    }
    return this.keyringCache;
  }

  /** Forget the cached keyring (after a restore replaced the file). */
  reloadKeyring(): void {
    this.keyringCache = null;
  }

  get isOpen(): boolean {
    return this.openDb !== null;
  }

  db(): Db {
    if (!this.openDb) throw fail('AUTH_REQUIRED', 'authRequired');
    return this.openDb;
  }

  dataKey(): Buffer {
    if (!this.key) throw fail('AUTH_REQUIRED', 'authRequired');
    return this.key;
  }

  /** Opens the database with a key that a slot gave, or checks it matches the one already open. */
  open(key: Buffer): Db {
    if (this.openDb && this.key) {
      if (key.length !== this.key.length || !timingSafeEqual(key, this.key)) throw fail('INTERNAL', 'registerDamaged');
      return this.openDb;
    }
    try {
      this.openDb = openDatabase(this.paths.database, key, { create: false });
    } catch (err) {
      if (err instanceof NewerRegisterError) throw fail('CONFLICT', 'registerNewer');
      throw err;
    }
    this.key = Buffer.from(key);
    return this.openDb;
  }

  /** Used by setup: the freshly created database and keyring become this register. */
  adopt(db: Db, key: Buffer, keyring: Keyring): void {
    this.openDb = db;
    this.key = Buffer.from(key);
    this.keyringCache = keyring;
  }

  closeDb(): void {
    if (this.openDb) {
      try {
        this.openDb.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        this.openDb.close();
        this.openDb = null;
      }
    }
    this.key?.fill(0);
    this.key = null;
  }

  /** A database left by an interrupted setup (no keyring) is moved aside, never deleted. */
  moveAsideOrphanDatabase(): void {
    for (const suffix of ['', '-wal', '-shm']) {
      const p = this.paths.database + suffix;
      if (existsSync(p)) renameSync(p, `${p}.orphan-${Date.now()}`);
    }
  }

  close(): void {
    this.closeDb();
    this.releaseLock();
  }
}
