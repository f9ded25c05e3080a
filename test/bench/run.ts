// npm run bench [-- --size small|ten-years] — prints figures as JSON, asserts nothing.
// Seeds a fresh encrypted register straight through the repositories, then measures the real API
// path (dispatcher, validation, handler) for the operations a counter clerk waits on.
import { parseArgs } from 'node:util';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core';
import { openDatabase } from '../../electron/core/store/database';
import { dataPaths } from '../../electron/core/store/dataFolder';
import { Keyring, usernameLookup } from '../../electron/core/store/keyring';
import { MANAGER, client, setUpRegister, tempDir, value } from '../support/register';
import { seedCustomers, seedSales } from './dataset';
import { helsinkiDate } from '../../shared/format/dates';
import { sizeOf } from './sizes';
import { printTable } from './table';
import { stats, time } from './timing';
import { measureProducts } from './products';
import { measureReports, seedReportRows } from './reports';

const { values } = parseArgs({ options: { size: { type: 'string', default: 'ten-years' } } });
const { size } = sizeOf(values.size);


let peakRss = process.memoryUsage().rss;
// The seeding runs in this process too: the core's own peak is the one sampled after it.
let rssAfterSeeding = false;
let peakRssMeasuring = 0;
const sampler = setInterval(() => {
  const rss = process.memoryUsage().rss;
  peakRss = Math.max(peakRss, rss);
  if (rssAfterSeeding) peakRssMeasuring = Math.max(peakRssMeasuring, rss);
}, 20);

/** Backup to a "stick" (a folder), verified; then verify on demand; then restore it. */
async function measureBackup(c: ReturnType<typeof client>, label: string): Promise<Record<string, unknown>> {
  const stick = join(tmp.dir, `usb-${label.replace(/\W+/g, '-')}`);
  mkdirSync(stick);
  let backupFile = '';
  const out: Record<string, unknown> = {};
  out[`backup.create, ${label} (snapshot + write + read back + verify)`] = await time(1, async () => {
    backupFile = value(await c<{ file: string }>('backup.create', { folder: stick })).file;
  });
  out[`backupFileMiB, ${label}`] = +(statSync(join(stick, backupFile)).size / 1024 / 1024).toFixed(1);
  out[`backup.verify, ${label} (full integrity_check)`] = await time(1, () => c('backup.verify', { file: join(stick, backupFile) }));
  out[`backup.restore, ${label}`] = await time(1, async () => {
    value(await c('backup.restore', { file: join(stick, backupFile), username: MANAGER.username, password: MANAGER.password }));
  });
  return out;
}
/** Issue 14 §6: a failed login must take as long for an unknown username as for a known one
 * (else usernames can be found by timing). Each known-user sample is followed by an untimed
 * right login, so no back-off builds up; each unknown sample uses a new name. */
async function measureLoginTiming(core: Core): Promise<Record<string, unknown>> {
  const c = client(core, 'login-timing');
  const n = 7;
  const knownSamples: number[] = [];
  const unknownSamples: number[] = [];
  for (let i = 0; i < n; i++) {
    let t = performance.now();
    await c('session.login', { username: MANAGER.username, password: `väärä-salasana-${i}` });
    knownSamples.push(performance.now() - t);
    value(await c('session.login', { username: MANAGER.username, password: MANAGER.password }));
    value(await c('session.logout'));
    t = performance.now();
    await c('session.login', { username: `tuntematon-${i}`, password: `väärä-salasana-${i}` });
    unknownSamples.push(performance.now() - t);
  }
  const k = stats(knownSamples);
  const u = stats(unknownSamples);
  return {
    'session.login failed, known username (wrong password)': k,
    'session.login failed, unknown username': u,
    'login timing difference unknown vs known, % of known (median)': +((Math.abs(u.median - k.median) / k.median) * 100).toFixed(1),
  };
}

const tmp = tempDir('asiakasrekisteri-bench-');
const results: Record<string, unknown> = { size: values.size, ...size };
let core: Core = createCore({ dataDir: tmp.dir });
try {
  results['setup.createRegister'] = await time(1, () => setUpRegister(core));
  Object.assign(results, await measureLoginTiming(core));
  core.close();

  // Seed with the data key, as a key holder would; then measure through a fresh core.
  const paths = dataPaths(tmp.dir);
  const key = (await Keyring.load(paths.keyring).unlockUser(usernameLookup(MANAGER.username), MANAGER.password))!.key;
  const db = openDatabase(paths.database, key, { create: false });
  const seedStart = performance.now();
  seedCustomers(db, size);
  results.seedSeconds = +((performance.now() - seedStart) / 1000).toFixed(1);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  results.databaseMiB = +(statSync(paths.database).size / 1024 / 1024).toFixed(1);

  // Issue 5's figure: the customer register alone (before ten years of sales are added).
  core = createCore({ dataDir: tmp.dir });
  const customersOnly = client(core, 'backup-customers-only');
  value(await customersOnly('session.login', { username: MANAGER.username, password: MANAGER.password }));
  Object.assign(results, await measureBackup(customersOnly, 'customers only'));
  core.close();

  // One real invoice through the API: the template the sales seeding clones.
  core = createCore({ dataDir: tmp.dir });
  const setupClient = client(core, 'seeder');
  value(await setupClient('session.login', { username: MANAGER.username, password: MANAGER.password }));
  value(await setupClient('invoicing.settings.update', { iban: 'FI7944052020036082', bic: 'HELSFIHH' }));
  const draft = value(await setupClient<{ id: number }>('invoices.createDraft', { customerId: 1, lines: [{ description: 'Kopiopaperi A4', quantity: 5, unitPriceCents: 595, vatCategory: 'general' }, { description: 'Kahvi', quantity: 2, unitPriceCents: 612, vatCategory: 'reducedA' }] }));
  const template = value(await setupClient<{ id: number }>('invoices.issue', { id: draft.id }));
  core.close();
  const salesDb = openDatabase(paths.database, key, { create: false });
  const salesStart = performance.now();
  seedSales(salesDb, size, template.id);
  Object.assign(results, { reportRowsSeeded: seedReportRows(salesDb) });
  results.salesSeedSeconds = +((performance.now() - salesStart) / 1000).toFixed(1);
  salesDb.pragma('wal_checkpoint(TRUNCATE)');
  salesDb.close();
  results.databaseMiBWithSales = +(statSync(paths.database).size / 1024 / 1024).toFixed(1);
  rssAfterSeeding = true;

  core = createCore({ dataDir: tmp.dir });
  const c = client(core);
  results['session.login (scrypt N=2^17)'] = await time(3, async () => {
    value(await c('session.login', { username: MANAGER.username, password: MANAGER.password }));
    value(await c('session.logout'));
  });
  value(await c('session.login', { username: MANAGER.username, password: MANAGER.password }));

  const prefixes = ['m', 'v', 'k', 'a', 'ma', 'vi', 'ko', 'ai', 'mak', 'vir', 'kor', 'aij', 'maki', 'virt', 'kosk', 'ohma'];
  for (const len of [1, 2, 3, 4]) {
    const qs = prefixes.filter((p) => p.length === len);
    results[`customers.search prefix ${len} letter${len > 1 ? 's' : ''}`] = await time(200, (i) => c('customers.search', { query: qs[i % qs.length]! }));
  }
  const phones = ['040 1', '0401', '123 45', '4567', '+358 40', '050-12'];
  results['customers.search phone fragment'] = await time(200, (i) => c('customers.search', { query: phones[i % phones.length]! }));
  results['customers.search two words'] = await time(100, (i) => c('customers.search', { query: ['maija mäki', 'matti virt', 'aino ko'][i % 3]! }));
  results['customers.get (card, audited)'] = await time(200, (i) => c('customers.get', { id: 1 + ((i * 7919) % size.customers) }));
  results['customers.list page of 200 by name'] = await time(50, (i) => c('customers.list', { sort: 'name', offset: (i * 997) % size.customers, limit: 200 }));
  results['audit.verify'] = await time(3, async () => value(await c('audit.verify')));

  // The invoicing side at ten years: the busy customer's card, the overdue list, one invoice PDF.
  results['customer card with 200 orders (get + orders + invoices)'] = await time(50, async () => {
    value(await c('customers.get', { id: 1 }));
    value(await c('orders.list', { customerId: 1, limit: 200 }));
    value(await c('invoices.list', { customerId: 1, limit: 200 }));
  });
  results['invoices.listOverdue (first 100)'] = await time(20, () => c('invoices.listOverdue', { limit: 100 }));
  results['invoices.pdf'] = await time(20, () => c('invoices.pdf', { id: template.id }));
  // Issuing: the draft is made beforehand (not timed); the issue numbers it, computes the
  // reference, the due date and the totals and freezes seller and buyer — with 300 000 invoices
  // already in the register.
  const drafts: number[] = [];
  for (let i = 0; i < 20; i++) {
    const d = value(await c<{ id: number }>('invoices.createDraft', { customerId: 2 + ((i * 4999) % (size.customers - 1)), lines: [{ description: 'Mustekasetti', quantity: 1 + (i % 3), unitPriceCents: 2490, vatCategory: 'general' }] }));
    drafts.push(d.id);
  }
  results['invoices.issue'] = await time(20, async (i) => value(await c('invoices.issue', { id: drafts[i]! })));

  // The register extract of the busy customer (200 orders, their invoices): one access request
  // per sample, as issuing an extract answers (completes) its request.
  const requests: number[] = [];
  for (let i = 0; i < 10; i++) {
    const r = value(
      await c<{ id: number }>('privacy.requests.create', { types: ['access'], customerId: 1, requesterName: 'Bench Requester', receivedDate: helsinkiDate(), channel: 'letter', language: 'fi', signed: true, identityMethod: 'signature_compared' }),
    );
    requests.push(r.id);
  }
  results['privacy.extract (customer with 200 orders)'] = await time(10, async (i) => value(await c('privacy.extract', { requestId: requests[i]! })));

  Object.assign(results, await measureReports(c, time));
  Object.assign(results, await measureProducts(c, time));

  Object.assign(results, await measureBackup(c, 'with sales'));
} finally {
  clearInterval(sampler);
  core.close();
  tmp.remove();
}
results.peakRssMiB = +(peakRss / 1024 / 1024).toFixed(1);
results['peakRssMiB after seeding (the core at work)'] = +(peakRssMeasuring / 1024 / 1024).toFixed(1);
console.log(JSON.stringify(results, null, 2));
printTable(results);
// The renderer's side (keystroke to paint, card, heap) and the Dexie side-by-side are a separate
// run, since they need Chromium and a build: say so where the figures are read.
console.error(`UI latency in Chromium and the Dexie/IndexedDB side-by-side: npm run bench:ui -- --size ${values.size}`);
