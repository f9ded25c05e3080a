// Opening a register's database directly with the manager's key, as the owner could with a
// SQLCipher tool — for checks the API does not offer (integrity_check after a crash).
import { openDatabase } from '../../../electron/core/store/database';
import { dataPaths } from '../../../electron/core/store/dataFolder';
import { Keyring, usernameLookup } from '../../../electron/core/store/keyring';
import { MANAGER } from '../../support/register';

export async function withDatabase<T>(dir: string, fn: (db: ReturnType<typeof openDatabase>) => T): Promise<T> {
  const paths = dataPaths(dir);
  const unlocked = await Keyring.load(paths.keyring).unlockUser(usernameLookup(MANAGER.username), MANAGER.password);
  const db = openDatabase(paths.database, unlocked!.key, { create: false });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
