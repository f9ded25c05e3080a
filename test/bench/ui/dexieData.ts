// The same generated rows, read back from the encrypted register with the data key and written
// as JSON chunks for the IndexedDB page. Customers carry the core's own search terms
// (customer_terms, grouped by kind) so Dexie's multiEntry indexes hold exactly what ours index.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../electron/core/store/database';
import { dataPaths } from '../../../electron/core/store/dataFolder';
import { TERM_KIND } from '../../../electron/core/customers/searchTerms';
import type { DexieCustomer } from './page/dexieSchema';

export const CHUNK = 5000;
const KIND_FIELD: Record<number, keyof DexieCustomer> = {
  [TERM_KIND.lastName]: 'lastWords',
  [TERM_KIND.firstName]: 'firstWords',
  [TERM_KIND.email]: 'emailTerms',
  [TERM_KIND.phone]: 'phoneSuffixes',
  [TERM_KIND.organization]: 'orgWords',
  [TERM_KIND.emailDomain]: 'emailDomains',
};

/** Writes <out>/<table>/<n>.json and <out>/manifest.json; returns the manifest. */
export function exportForDexie(dataDir: string, key: Buffer, out: string): Record<string, number> {
  const db = openDatabase(dataPaths(dataDir).database, key, { create: false });
  const manifest: Record<string, number> = {};
  try {
    const write = (table: string, rows: unknown[], n: number) => {
      mkdirSync(join(out, table), { recursive: true });
      writeFileSync(join(out, table, `${n}.json`), JSON.stringify(rows));
    };
    const customers = db.prepare(
      `SELECT c.id, c.customer_number AS customerNumber, c.first_name AS firstName, c.last_name AS lastName, c.email, c.phone, c.street,
              c.postal_code AS postalCode, c.city, o.name AS organizationName, c.restriction_date IS NOT NULL AS restricted
       FROM customers c LEFT JOIN organizations o ON o.id = c.organization_id WHERE c.id > ? ORDER BY c.id LIMIT ?`,
    );
    const terms = db.prepare('SELECT customer_id AS id, kind, term FROM customer_terms WHERE customer_id BETWEEN ? AND ?');
    let n = 0;
    for (let after = 0; ; n++) {
      const rows = customers.all(after, CHUNK) as DexieCustomer[];
      if (rows.length === 0) break;
      const byId = new Map(rows.map((r) => [r.id, Object.assign(r, { restricted: Boolean(r.restricted), lastWords: [], firstWords: [], emailTerms: [], phoneSuffixes: [], orgWords: [], emailDomains: [] })]));
      for (const t of terms.iterate(rows[0]!.id, rows.at(-1)!.id) as Iterable<{ id: number; kind: number; term: string }>) {
        (byId.get(t.id)?.[KIND_FIELD[t.kind]!] as string[] | undefined)?.push(t.term);
      }
      write('customers', rows, n);
      after = rows.at(-1)!.id;
    }
    manifest.customers = n;
    const tables = {
      orders: `SELECT id, customer_id AS customerId, date, status, channel, net_cents AS netCents, vat_cents AS vatCents, gross_cents AS grossCents, line_count AS lineCount FROM orders WHERE id > ? ORDER BY id LIMIT ?`,
      invoices: `SELECT id, customer_id AS customerId, number, kind, state, invoice_date AS invoiceDate, due_date AS dueDate, reference, buyer_name AS buyerName, gross_cents AS grossCents, open_cents AS openCents FROM invoices WHERE id > ? ORDER BY id LIMIT ?`,
    };
    for (const [table, sql] of Object.entries(tables)) {
      const page = db.prepare(sql);
      let m = 0;
      for (let after = 0; ; m++) {
        const rows = page.all(after, CHUNK * 4) as { id: number }[];
        if (rows.length === 0) break;
        write(table, rows, m);
        after = rows.at(-1)!.id;
      }
      manifest[table] = m;
    }
  } finally {
    db.close();
  }
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest));
  return manifest;
}
