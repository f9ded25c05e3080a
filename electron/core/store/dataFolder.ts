// The data folder: the encrypted database, its keyring, and a lock file that keeps a second
// process (a second app instance, a second PC on a shared folder) from opening the same register.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export interface DataPaths {
  dir: string;
  database: string;
  keyring: string;
  lock: string;
}

export function dataPaths(dir: string): DataPaths {
  return {
    dir,
    database: join(dir, 'register.db'),
    keyring: join(dir, 'keyring.json'),
    lock: join(dir, 'register.lock'),
  };
}

export class FolderInUseError extends Error {
  constructor(readonly holder: { pid: number; host: string }) {
    super(`register is open elsewhere (pid ${holder.pid} on ${holder.host})`);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock, or throws FolderInUseError. A lock left by a crashed process on this
 * machine is taken over; one held from another machine never is. */
export function lockDataFolder(paths: DataPaths): () => void {
  mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
  const me = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(paths.lock, 'wx', 0o600);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return () => {
        try {
          const holder = JSON.parse(readFileSync(paths.lock, 'utf8')) as { pid: number; host: string };
          if (holder.pid === me.pid && holder.host === me.host) unlinkSync(paths.lock);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: { pid: number; host: string } | null = null;
      try {
        holder = JSON.parse(readFileSync(paths.lock, 'utf8')) as { pid: number; host: string };
      } catch {
        holder = null; // half-written lock from a crash during its creation
      }
      if (holder && (holder.host !== me.host || processAlive(holder.pid))) throw new FolderInUseError(holder);
      unlinkSync(paths.lock);
    }
  }
  throw new FolderInUseError({ pid: -1, host: 'unknown' });
}

export function registerExists(paths: DataPaths): boolean {
  return existsSync(paths.keyring) && existsSync(paths.database);
}
