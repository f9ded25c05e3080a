// Issue #8 item 4: the same customer search and customer-card queries, over the same rows, from
// the same Chromium — ours through window.register (the renderer's only way to the encrypted
// core; over HTTP in the harness, over IPC in Electron), theirs through Dexie in IndexedDB.
// Timed inside each page; printed with the ratio Dexie / ours (above 1: Dexie is slower).
import type { Page } from '@playwright/test';
import { stats, type Stats } from './stats';

// The queries of ../run.ts: 1–4 letter prefixes, phone fragments, two words.
const GROUPS: Record<string, string[]> = {
  'search prefix 1 letter': ['m', 'v', 'k', 'a'],
  'search prefix 2 letters': ['ma', 'vi', 'ko', 'ai'],
  'search prefix 3 letters': ['mak', 'vir', 'kor', 'aij'],
  'search prefix 4 letters': ['maki', 'virt', 'kosk', 'ohma'],
  'search phone fragment': ['040 1', '0401', '123 45', '4567', '+358 40', '050-12'],
  'search two words': ['maija mäki', 'matti virt', 'aino ko'],
};
const REPEAT = 100;
const LIMIT = 200; // what the customer list asks for

const OURS_SEARCH = `q => window.register.call('customers.search', { query: q, limit: ${LIMIT} }).then((e) => { if (!e.ok) throw new Error(e.error.code); return e.value; })`;
const OURS_CARD = `async (id) => {
  for (const [m, p] of [['customers.get', { id }], ['orders.list', { customerId: id, offset: 0, limit: 50 }], ['invoices.list', { customerId: id, filter: 'all', query: '', offset: 0, limit: 50 }]]) {
    const e = await window.register.call(m, p);
    if (!e.ok) throw new Error(m + ': ' + e.error.code);
  }
}`;

async function timeIn(page: Page, probe: string, args: unknown[], fn: string): Promise<Stats> {
  return stats((await page.evaluate(`${probe}.time(${JSON.stringify(args)}, ${fn})`)) as number[]);
}

const ratio = (theirs: Stats, ours: Stats) => ({ median: +(theirs.median / ours.median).toFixed(2), p95: +(theirs.p95 / ours.p95).toFixed(2) });

/** Fills IndexedDB (minutes at ten years) unless this origin already holds the rows. Returns
 * seconds per table. */
export async function loadDexie(dexie: Page, manifest: Record<string, number>, expected: Record<string, number>): Promise<unknown> {
  const have = (await dexie.evaluate('dexieBench.counts()')) as Record<string, number>;
  if (Object.entries(expected).every(([table, n]) => have[table] === n)) return 'already loaded in the reused profile';
  return dexie.evaluate(`dexieBench.load(${JSON.stringify(manifest)})`);
}

/** Writes into `out` as it goes, so a failure later still leaves the earlier figures. */
export async function sideBySide(ours: Page, dexie: Page, customers: number, out: Record<string, unknown>): Promise<void> {

  // The two sides must find the same people, or the race means nothing.
  let same = 0;
  const all = Object.values(GROUPS).flat();
  for (const q of all) {
    const a = (await ours.evaluate(`(${OURS_SEARCH})(${JSON.stringify(q)})`)) as { id: number }[];
    const b = (await dexie.evaluate(`dexieBench.search(${JSON.stringify(q)}, ${LIMIT})`)) as { id: number }[];
    if (a.map((r) => r.id).join() === b.map((r) => r.id).join()) same++;
    else console.error(`side-by-side: "${q}" differs: ours ${a.length} hits, Dexie ${b.length}`);
  }
  out['queries with identical results (ours vs Dexie)'] = `${same}/${all.length}`;

  // What the transport alone costs ours (HTTP here, IPC in Electron): a call that reads nothing.
  out['ours: session.current, the transport alone'] = await timeIn(ours, '__uiProbe', Array.from({ length: REPEAT }, () => 0), `() => window.register.call('session.current', {})`);
  for (const [name, qs] of Object.entries(GROUPS)) {
    const args = Array.from({ length: REPEAT }, (_, i) => qs[i % qs.length]!);
    const o = await timeIn(ours, '__uiProbe', args, OURS_SEARCH);
    const d = await timeIn(dexie, 'dexieBench', args, `q => dexieBench.search(q, ${LIMIT})`);
    out[name] = { ours: o, dexie: d, 'dexie / ours': ratio(d, o) };
  }
  const cards: Record<string, number[]> = {
    'card, busy customer (200 orders): customer + newest 50 orders + 50 invoices': Array.from({ length: 50 }, () => 1),
    'card, other customers': Array.from({ length: 100 }, (_, i) => 2 + ((i * 7919) % (customers - 1))),
  };
  for (const [name, ids] of Object.entries(cards)) {
    const o = await timeIn(ours, '__uiProbe', ids, OURS_CARD);
    const d = await timeIn(dexie, 'dexieBench', ids, 'id => dexieBench.card(id)');
    out[name] = { ours: o, dexie: d, 'dexie / ours': ratio(d, o) };
  }
}
