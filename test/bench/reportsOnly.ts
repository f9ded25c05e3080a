// npm run bench:reports [-- --size small|ten-years]: only the reports' figures (issue #17 §4) on
// the seeded register — the customers, ten years of sales, two years of lines and payments —
// without the rest of npm run bench (backups, login timing …), for a quicker look.
import { parseArgs } from 'node:util';
import { createCore } from '../../electron/core';
import { openDatabase } from '../../electron/core/store/database';
import { dataPaths } from '../../electron/core/store/dataFolder';
import { Keyring, usernameLookup } from '../../electron/core/store/keyring';
import { MANAGER, client, setUpRegister, tempDir, value } from '../support/register';
import { seedCustomers, seedSales } from './dataset';
import { measureReports, seedReportRows } from './reports';
import { sizeOf } from './sizes';
import { printTable } from './table';
import { time } from './timing';

const { values } = parseArgs({ options: { size: { type: 'string', default: 'ten-years' } } });
const { size } = sizeOf(values.size);


const tmp = tempDir('asiakasrekisteri-bench-reports-');
const results: Record<string, unknown> = { size: values.size, ...size };
try {
  let core = createCore({ dataDir: tmp.dir });
  await setUpRegister(core);
  core.close();
  const paths = dataPaths(tmp.dir);
  const key = (await Keyring.load(paths.keyring).unlockUser(usernameLookup(MANAGER.username), MANAGER.password))!.key;
  let db = openDatabase(paths.database, key, { create: false });
  seedCustomers(db, size);
  db.close();
  core = createCore({ dataDir: tmp.dir });
  const seeder = client(core, 'seeder');
  value(await seeder('session.login', { username: MANAGER.username, password: MANAGER.password }));
  value(await seeder('invoicing.settings.update', { iban: 'FI7944052020036082', bic: 'HELSFIHH' }));
  const draft = value(await seeder<{ id: number }>('invoices.createDraft', { customerId: 1, lines: [{ description: 'Kopiopaperi A4', quantity: 5, unitPriceCents: 595, vatCategory: 'general' }] }));
  const template = value(await seeder<{ id: number }>('invoices.issue', { id: draft.id }));
  core.close();
  db = openDatabase(paths.database, key, { create: false });
  seedSales(db, size, template.id);
  results.reportRowsSeeded = seedReportRows(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  core = createCore({ dataDir: tmp.dir });
  const c = client(core);
  value(await c('session.login', { username: MANAGER.username, password: MANAGER.password }));
  Object.assign(results, await measureReports(c, time));
  core.close();
} finally {
  tmp.remove();
}
console.log(JSON.stringify(results, null, 2));
printTable(results);
