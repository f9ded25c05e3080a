// Bundled by esbuild and run in the Dexie page (served by ../dexieServer.ts, not the harness):
// loads the generated rows into IndexedDB, then answers customers.search and the customer card
// the way the core does (same ranking: number, last name, first name, email, organisation,
// email domain; same phone folding), so the two sides do the same work.
import { Dexie } from 'dexie';
import { fold, foldedNameWords } from '../../../../shared/text/fold';
import { phoneSearchDigits } from '../../../../electron/core/customers/searchTerms';
import { openRegisterDexie, type DexieCustomer } from './dexieSchema';
import { time } from './timing';

const db = openRegisterDexie();
type Index = 'lastWords' | 'firstWords' | 'emailTerms' | 'phoneSuffixes' | 'orgWords' | 'emailDomains';
const TEXT_INDEXES: Index[] = ['lastWords', 'firstWords', 'emailTerms', 'orgWords', 'emailDomains'];

async function load(manifest: Record<string, number>): Promise<Record<string, number>> {
  await db.delete();
  await db.open();
  const seconds: Record<string, number> = {};
  for (const table of ['customers', 'orders', 'invoices'] as const) {
    const start = performance.now();
    for (let n = 0; n < (manifest[table] ?? 0); n++) {
      const rows = (await (await fetch(`/data/${table}/${n}.json`)).json()) as never[];
      await db.table(table).bulkAdd(rows);
    }
    seconds[table] = +((performance.now() - start) / 1000).toFixed(1);
  }
  return seconds;
}

/** Rows per table, to tell whether a kept profile (--reuse) already holds the data. */
async function counts(): Promise<Record<string, number>> {
  await db.open();
  return { customers: await db.customers.count(), orders: await db.orders.count(), invoices: await db.invoices.count() };
}

async function search(query: string, limit: number): Promise<DexieCustomer[]> {
  const q = query.trim();
  if (!q) return [];
  const ranked = new Map<number, DexieCustomer>();
  const take = async (index: Index, prefix: string) => {
    if (ranked.size >= limit) return;
    // distinct(): a customer with two matching terms (maki, makipetaja) comes once, as in the core.
    const rows = await db.customers.where(index).startsWith(prefix).distinct().limit(limit).toArray();
    for (const r of rows) {
      if (ranked.size >= limit) return;
      if (!ranked.has(r.id)) ranked.set(r.id, r);
    }
  };
  if (/^[+(\d][\d\s\-()./]*$/.test(q) && /\d/.test(q)) {
    const digits = q.replace(/\D/g, '');
    const byNumber = digits.length <= 15 ? await db.customers.where('customerNumber').equals(Number(digits)).first() : undefined;
    if (byNumber) ranked.set(byNumber.id, byNumber);
    const phone = phoneSearchDigits(q);
    if (phone.length >= 3) await take('phoneSuffixes', phone);
    return [...ranked.values()];
  }
  if (!/\s/.test(q) && /[@.]/.test(q)) {
    await take('emailTerms', fold(q));
    await take('emailDomains', fold(q));
    if (ranked.size > 0) return [...ranked.values()];
  }
  const words = foldedNameWords(q);
  if (words.length === 1) {
    for (const index of TEXT_INDEXES) await take(index, words[0]!);
  } else if (words.length > 1) {
    // As the core: candidates for the longest word (up to 5000 per kind), kept if every other
    // word prefixes one of the candidate's terms.
    const [first, ...rest] = [...words].sort((a, b) => b.length - a.length) as [string, ...string[]];
    for (const index of TEXT_INDEXES) {
      if (ranked.size >= limit) break;
      for (const r of await db.customers.where(index).startsWith(first).distinct().limit(5000).toArray()) {
        if (ranked.size >= limit) break;
        const terms = [...r.lastWords, ...r.firstWords, ...r.emailTerms, ...r.phoneSuffixes, ...r.orgWords, ...r.emailDomains];
        if (!ranked.has(r.id) && rest.every((w) => terms.some((t) => t.startsWith(w)))) ranked.set(r.id, r);
      }
    }
  }
  return [...ranked.values()];
}

/** The card's data: the customer, the newest 50 orders and invoices, with their totals. */
async function card(id: number, limit = 50) {
  const customer = await db.customers.get(id);
  const orders = db.orders.where('[customerId+date]').between([id, Dexie.minKey], [id, Dexie.maxKey]);
  const invoices = db.invoices.where('[customerId+number]').between([id, Dexie.minKey], [id, Dexie.maxKey]);
  return {
    customer,
    orders: { total: await orders.count(), rows: await orders.clone().reverse().limit(limit).toArray() },
    invoices: { total: await invoices.count(), rows: await invoices.clone().reverse().limit(limit).toArray() },
  };
}


Object.assign(window, { dexieBench: { load, counts, search, card, time, fold: (s: string) => fold(s) } });
