// Issue #17 §4: the catalogue's figures — a 10 000-row price list imported through the API (one
// transaction, every row checked) and the line editor's product search (p95) at 10 000 products.
import { gtinCheckDigit } from '../../shared/finnish/gtin';
import type { client } from '../support/register';

const WORDS = ['kahvi', 'tee', 'paperi', 'kynä', 'vihko', 'kansio', 'muste', 'lehti', 'suklaa', 'mehu', 'kirja', 'teippi', 'nitoja', 'kuori', 'tarra'];
const MODS = ['punainen', 'sininen', 'vihreä', 'iso', 'pieni', 'luomu', 'ääni', 'ämpäri', 'A4', 'A5'];
const CLASSES = ['yleinen', 'alennettu', '10', 'yleinen'];

/** A price list of `n` products: codes P00001…, valid EAN-13s, names of two words, all classes. */
export function productCsv(n: number): string {
  const rows = ['Koodi;Viivakoodi;Nimi;Nimi englanniksi;Yksikkö;Hinta;Hinta sis. ALV;ALV-luokka'];
  for (let i = 1; i <= n; i++) {
    const body = `6420${String(i).padStart(8, '0')}`;
    const name = `${WORDS[i % WORDS.length]} ${MODS[(i * 7) % MODS.length]} ${i}`;
    rows.push(`P${String(i).padStart(5, '0')};${body}${gtinCheckDigit(body)};${name};Product ${i};kpl;${Math.floor((100 + (i % 5000)) / 100)},${String((100 + i) % 100).padStart(2, '0')};kyllä;${CLASSES[i % CLASSES.length]}`);
  }
  return rows.join('\r\n');
}

export async function measureProducts(c: ReturnType<typeof client>, time: (n: number, fn: (i: number) => Promise<unknown>) => Promise<unknown>, n = 10_000): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const fileBase64 = Buffer.from(productCsv(n), 'utf8').toString('base64');
  out[`products.importCommit ${n} rows`] = await time(1, async () => {
    const r = await c<{ imported: number }>('products.importCommit', { fileBase64 });
    if (!r.ok || r.value.imported !== n) throw new Error(`import failed: ${JSON.stringify(r).slice(0, 300)}`);
  });
  // what a clerk types: code prefixes, name words with and without accents, a scanned EAN
  const queries = ['P0', 'P12', 'P00042', 'kahvi', 'kyna', 'kynä sin', 'vihrea', 'suklaa luomu', 'ampari', 'te', 'kansio iso 7'];
  for (let i = 1; i <= 9; i++) {
    const body = `6420${String(i * 1111).padStart(8, '0')}`;
    queries.push(body + gtinCheckDigit(body));
  }
  out[`products.search at ${n} products`] = await time(400, (i) => c('products.search', { query: queries[i % queries.length]!, limit: 10 }));
  return out;
}
