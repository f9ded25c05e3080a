// Issue #8 item 3: what the clerk feels, in Chromium through the harness — keystroke in the
// search box to result rows painted, double click on a row to the customer card painted, and the
// renderer's JS heap after the whole customer list has been scrolled. The probe (page/probe.ts)
// takes the times inside the page; Playwright only presses keys and waits.
import type { CDPSession, Page } from '@playwright/test';
import { stats } from './stats';
import type { CardSample, SearchSample } from './page/probe';

// Each group starts from an empty box; every key after the first changes the best-ranked term
// (ko: Korhonen, kos: Koskinen…), so the visible rows change on nearly every keystroke. Two
// phone numbers typed digit by digit give the phone-fragment path.
const WORDS = ['ko', 'le', 'mu', 'ni', 'os', 'vi', 'he', 'ain', 'jo', 'po', 'ti', 'el'];
const PHONES = ['0401234', '0456789'];
const ROW_HEIGHT = 40; // CustomerList's ROW_HEIGHT
const PAGE_ROWS = 100; // CustomerList's PAGE: one customers.list call per step

/** A probe promise that never settles would hang the run; fail it instead (the finally blocks
 * in run.ts then close Chromium and the harness). */
async function probed<T>(page: Page, expression: string, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`bench:ui: no answer for ${what}`)), 30_000)));
  try {
    return (await Promise.race([page.evaluate(expression), timeout])) as T;
  } finally {
    clearTimeout(timer);
  }
}

const box = (page: Page) => page.getByTestId('customer-search');

async function emptyBox(page: Page): Promise<void> {
  await box(page).fill('');
  await page.getByTestId('customer-list-status').filter({ hasText: /Rekisterissä on/ }).waitFor();
  await page.locator('.vtable__row--pending').first().waitFor({ state: 'detached' });
}

async function keystrokes(page: Page): Promise<SearchSample[]> {
  const samples: SearchSample[] = [];
  for (const word of [...WORDS, ...PHONES, ...WORDS]) {
    await emptyBox(page);
    for (let i = 0; i < word.length; i++) {
      await page.evaluate(`__uiProbe.armSearch(${JSON.stringify(word.slice(0, i + 1))})`);
      await page.keyboard.press(word[i]!);
      samples.push(await probed<SearchSample>(page, '__uiProbe.searchDone()', `the search "${word.slice(0, i + 1)}"`));
    }
  }
  return samples;
}

/** Finds the customer by number (as a clerk would), then times the double click that opens it. */
async function openCards(page: Page, customerIds: number[]): Promise<CardSample[]> {
  const samples: CardSample[] = [];
  for (const id of customerIds) {
    const number = 1000 + id; // the generator numbers customer i as 1000 + i
    await box(page).fill(String(number));
    const row = page.getByTestId(`customer-row-${number}`);
    await row.waitFor();
    await page.evaluate('__uiProbe.armCard()');
    await row.dblclick();
    samples.push(await probed<CardSample>(page, 'window.__cardDone', `the card of customer ${id}`));
    await page.keyboard.press('Escape');
    await box(page).waitFor();
  }
  return samples;
}

async function heapMiB(cdp: CDPSession): Promise<{ usedMiB: number; totalMiB: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const h = await cdp.send('Runtime.getHeapUsage');
  return { usedMiB: +(h.usedSize / 2 ** 20).toFixed(1), totalMiB: +(h.totalSize / 2 ** 20).toFixed(1) };
}

/** Writes into `out` as it goes, so a failure later still leaves the earlier figures. */
export async function measureUi(page: Page, customers: number, out: Record<string, unknown>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await emptyBox(page);
  out['renderer heap after login (MiB, after GC)'] = await heapMiB(cdp);

  const keys = await keystrokes(page);
  out['keystroke -> rows painted'] = stats(keys.map((s) => s.total));
  out['  of which debounce + request sent'] = stats(keys.map((s) => s.debounce));
  out['  of which API round trip (HTTP + core)'] = stats(keys.map((s) => s.api));
  out['  of which answer -> painted (React + layout + paint)'] = stats(keys.map((s) => s.render));
  out['keystrokes whose visible rows did not change'] = keys.filter((s) => !s.changed).length;

  const spread = Array.from({ length: 25 }, (_, i) => 2 + ((i * 7919) % (customers - 1)));
  const busy = await openCards(page, Array.from({ length: 25 }, () => 1));
  const others = await openCards(page, spread);
  out['open card, busy customer (200 orders): dblclick -> header painted'] = stats(busy.map((s) => s.header));
  out['open card, busy customer (200 orders): dblclick -> complete (history, orders, invoices)'] = stats(busy.map((s) => s.complete));
  out['open card, other customers: dblclick -> header painted'] = stats(others.map((s) => s.header));
  out['open card, other customers: dblclick -> complete'] = stats(others.map((s) => s.complete));

  await emptyBox(page);
  out['scroll the whole list'] = await page.evaluate(`__uiProbe.scrollAll(${PAGE_ROWS}, ${ROW_HEIGHT})`);
  out['renderer heap after scrolling the whole list (MiB, after GC)'] = await heapMiB(cdp);
  await cdp.send('Performance.enable');
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  out['renderer JSHeapUsedSize (MiB, Performance.getMetrics)'] = +((metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20).toFixed(1);
  await cdp.detach();
}
