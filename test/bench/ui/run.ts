// npm run bench:ui [-- --size small|ten-years] [--keep] [--reuse <kept folder>] [--ui-only]: the UI in
// Chromium through the harness, side by side with Dexie/IndexedDB in the same Chromium, and what
// IndexedDB leaves readable on disk. Prints one JSON object and a readable table (also what was
// measured before a failure); asserts nothing (issue #8, items 3–4).
// --keep leaves the work folder (seeded register, exported rows, Chromium profile); --reuse runs
// the measurements again on such a folder without seeding (5 minutes at ten years). IndexedDB is
// loaded again all the same: the Dexie page's origin has a new port each run. --ui-only measures
// our UI alone (no IndexedDB load, no side-by-side, no scan of the profile): a quick re-check.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { MANAGER, tempDir } from '../../support/register';
import { loginThroughUi } from '../../e2e/support/harness';
import { sizeOf } from '../sizes';
import { seedRegister } from './seed';
import { startHarnessOn } from './harness';
import { exportForDexie } from './dexieData';
import { bundle, serveDexiePage } from './dexieServer';
import { measureUi } from './measureUi';
import { loadDexie, sideBySide } from './sideBySide';
import { scanFolder } from './plaintext';
import { printTable } from '../table';
import type { DexieCustomer } from './page/dexieSchema';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const { values } = parseArgs({ options: { size: { type: 'string', default: 'ten-years' }, keep: { type: 'boolean', default: false }, reuse: { type: 'string' }, 'ui-only': { type: 'boolean', default: false } } });
const { name, size } = sizeOf(values.size);
const results: Record<string, unknown> = { size: name, ...size };
const work = values.reuse ? { dir: values.reuse, remove: () => undefined } : tempDir('asiakasrekisteri-bench-ui-');
const dataDir = join(work.dir, 'data');
const exportDir = join(work.dir, 'dexie-data');
const rendererDir = join(work.dir, 'renderer');
const profile = join(work.dir, 'chromium-profile');
const step = (what: string) => console.error(`[bench:ui ${new Date().toISOString().slice(11, 19)}] ${what}`);

try {
  // The renderer as it is now, built into the bench's own folder (see harness.ts).
  step('building the renderer');
  const built = spawnSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--outDir', rendererDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('renderer build failed');

  if (!existsSync(join(exportDir, 'manifest.json'))) {
    step(`seeding ${name}`);
    mkdirSync(dataDir, { recursive: true });
    const { key, seconds } = await seedRegister(dataDir, size);
    results.seedSeconds = seconds;
    exportForDexie(dataDir, key, exportDir);
    key.fill(0);
  } else results.seedSeconds = `reused ${work.dir}`;
  const manifest = JSON.parse(readFileSync(join(exportDir, 'manifest.json'), 'utf8')) as Record<string, number>;

  const harness = await startHarnessOn(dataDir, rendererDir);
  // The page is driven by script for minutes without a key or a mouse move (scrolling the whole
  // list); the idle lock, rightly, would lock it. The longest the manager may set: 120 minutes.
  await harness.api('session.login', { username: MANAGER.username, password: MANAGER.password });
  await harness.api('settings.update', { idleLockMinutes: 120 });
  await harness.api('session.logout');
  const dexieSite = await serveDexiePage(exportDir);
  // One persistent profile for both pages: IndexedDB then lives on disk as in an installed app
  // (an incognito context would keep it in memory), and the profile can be inspected afterwards.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 800 },
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
  });
  try {
    const dexie = await context.newPage();
    if (!values['ui-only']) {
      step('loading the same rows into IndexedDB through Dexie');
      await dexie.goto(dexieSite.url);
      const expected = { customers: size.customers, orders: size.orders, invoices: size.invoices + 1 }; // + the template invoice
      results['dexie load seconds (bulkAdd per table)'] = await loadDexie(dexie, manifest, expected);
    }

    const page = await context.newPage();
    await page.addInitScript({ content: await bundle('./page/probe.ts') });
    await page.goto(harness.url);
    await loginThroughUi(page, MANAGER.username, MANAGER.password);
    step('UI latency');
    await measureUi(page, size.customers, (results.ui = {}));
    if (!values['ui-only']) {
      step('side by side with Dexie');
      await sideBySide(page, dexie, size.customers, (results.sideBySide = {}));
    }
    results['harness (core) peak RSS MiB'] = harness.peakRssMiB();
  } finally {
    await context.close();
    await harness.stop();
    dexieSite.close();
  }

  // One known customer, looked for in the closed profile and in our data folder
  // (one with an email, a phone and a non-ASCII surname, which V8 may store as Latin-1 or UTF-16).
  if (!values['ui-only']) {
    step('looking for plain text on disk');
    const chunk = JSON.parse(readFileSync(join(exportDir, 'customers', '0.json'), 'utf8')) as DexieCustomer[];
    const first = chunk.find((c) => c.email && c.phone && /[^\x00-\x7f]/.test(c.lastName))!;
    const needles = { email: first.email, phone: first.phone, 'last name': first.lastName, street: first.street, 'a two-byte surname': 'Łukasiewicz-Äijälä' };
    results.plaintext = {
      customer: `${first.firstName} ${first.lastName} (customer ${first.customerNumber})`,
      'Chromium profile after IndexedDB (Dexie)': scanFolder(profile, needles),
      'our data folder (encrypted SQLite)': scanFolder(dataDir, needles),
    };
  }
} catch (err) {
  results.error = String(err);
  process.exitCode = 1;
} finally {
  if (values.keep || values.reuse) console.error(`kept ${work.dir}`);
  else work.remove();
  console.log(JSON.stringify(results, null, 2));
  printTable(results);
}
