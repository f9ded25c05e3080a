// What a key holder could recover: a decrypted copy of the register's database, as raw bytes.
// (journal_mode=DELETE, then PRAGMA rekey='' turns a copy into a plain SQLite file.)
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/store/database';
import { dataPaths } from '../../electron/core/store/dataFolder';
import { Keyring, usernameLookup } from '../../electron/core/store/keyring';
import { MANAGER, tempDir } from './register';
import { journalFile } from '../../electron/core/journal/keepJournal';
import { readJournal } from '../../electron/core/journal/journalFile';

export async function decryptedBytes(dataDir: string): Promise<Buffer> {
  const paths = dataPaths(dataDir);
  const key = (await Keyring.load(paths.keyring).unlockUser(usernameLookup(MANAGER.username), MANAGER.password))!.key;
  const t = tempDir('asiakasrekisteri-plain-');
  try {
    const copy = join(t.dir, 'copy.db');
    copyFileSync(paths.database, copy);
    const db = openDatabase(copy, key, { create: false });
    db.pragma('journal_mode=DELETE');
    db.pragma(`rekey=''`);
    db.close();
    const bytes = readFileSync(copy);
    if (bytes.subarray(0, 15).toString('latin1') !== 'SQLite format 3') throw new Error('copy did not decrypt');
    return bytes;
  } finally {
    t.remove();
  }
}

/** What a key holder could read from the request journal beside the register: its records as JSON text. */
export async function journalText(dataDir: string): Promise<string> {
  const paths = dataPaths(dataDir);
  const keyring = Keyring.load(paths.keyring);
  const key = (await keyring.unlockUser(usernameLookup(MANAGER.username), MANAGER.password))!.key;
  const records = readJournal(journalFile(dataDir, key, keyring.registerId));
  if (records === null) throw new Error('journal did not open');
  return JSON.stringify(records);
}
