// A data folder holding a seeded register, for the UI benchmark: created through the API (so the
// keyring and settings are genuine), then filled with the fixed-seed dataset directly on the
// encrypted database with the data key, exactly as ../run.ts does. Returns the key so the
// side-by-side can read the very same rows back for IndexedDB.
import { createCore } from '../../../electron/core';
import { openDatabase } from '../../../electron/core/store/database';
import { dataPaths } from '../../../electron/core/store/dataFolder';
import { Keyring, usernameLookup } from '../../../electron/core/store/keyring';
import { MANAGER, client, setUpRegister, value } from '../../support/register';
import { seedCustomers, seedSales } from '../dataset';
import type { Counts } from '../sizes';

export async function seedRegister(dir: string, size: Counts): Promise<{ key: Buffer; seconds: number }> {
  const start = performance.now();
  let core = createCore({ dataDir: dir });
  await setUpRegister(core);
  core.close();

  const paths = dataPaths(dir);
  const key = (await Keyring.load(paths.keyring).unlockUser(usernameLookup(MANAGER.username), MANAGER.password))!.key;
  const db = openDatabase(paths.database, key, { create: false });
  seedCustomers(db, size);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();

  // Sales need one real issued invoice as the template the generator clones (as in run.ts), so
  // the busy customer's card (customer 1, 200 orders) looks like ten years of trade.
  core = createCore({ dataDir: dir });
  const c = client(core, 'seeder');
  value(await c('session.login', { username: MANAGER.username, password: MANAGER.password }));
  value(await c('invoicing.settings.update', { iban: 'FI7944052020036082', bic: 'HELSFIHH' }));
  const draft = value(await c<{ id: number }>('invoices.createDraft', { customerId: 1, lines: [{ description: 'Kopiopaperi A4', quantity: 5, unitPriceCents: 595, vatCategory: 'general' }] }));
  const template = value(await c<{ id: number }>('invoices.issue', { id: draft.id }));
  value(await c('session.logout'));
  core.close();
  const salesDb = openDatabase(paths.database, key, { create: false });
  seedSales(salesDb, size, template.id);
  salesDb.pragma('wal_checkpoint(TRUNCATE)');
  salesDb.close();
  return { key, seconds: +((performance.now() - start) / 1000).toFixed(1) };
}
