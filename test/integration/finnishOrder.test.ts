// The customer list in Finnish alphabetical order (… Z Å Ä Ö), also for a register whose sort keys
// were made before the order was Finnish (migration 0010 rewrites them).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { CustomerSummary } from '../../shared/api/customers';
import { fold } from '../../shared/text/fold';
import { openDatabase } from '../../electron/core/store/database';
import { Keyring, usernameLookup } from '../../electron/core/store/keyring';
import { MANAGER, createCore, loggedIn, setUpRegister, tempDir, value } from '../support/register';
import { person } from '../support/customers';

const NAMES = [['Öhman', 'Olli'], ['Aalto', 'Aino'], ['Äijälä', 'Äke'], ['Åberg', 'Åsa'], ['Zetterberg', 'Zoe'], ['Šimek', 'Petr'], ['Saari', 'Sami']] as const;
const FINNISH_ORDER = ['Aalto', 'Saari', 'Šimek', 'Zetterberg', 'Åberg', 'Äijälä', 'Öhman'];

describe('customer list order', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.remove());

  async function listedNames(dataDir: string): Promise<string[]> {
    const core = createCore({ dataDir });
    try {
      const m = await loggedIn(core, MANAGER);
      return value(await m<{ rows: CustomerSummary[] }>('customers.list', { sort: 'name', limit: 50 })).rows.map((r) => r.lastName);
    } finally {
      core.close();
    }
  }

  it('is Finnish alphabetical, also after an upgrade from the folded keys of earlier versions', async () => {
    const dataDir = join(tmp.dir, 'data');
    const core = createCore({ dataDir });
    await setUpRegister(core);
    const m = await loggedIn(core, MANAGER);
    for (const [i, [lastName, firstName]] of NAMES.entries()) {
      value(await m('customers.create', person({ lastName, firstName, email: `c${i}@example.fi`, phone: `040 100 20${i}0` })));
    }
    core.close();
    expect(await listedNames(dataDir)).toEqual(FINNISH_ORDER);

    // As an earlier version left it: ä folded to a, so Äijälä sorted among the A's.
    const key = (await Keyring.load(join(dataDir, 'keyring.json')).unlockUser(usernameLookup(MANAGER.username), MANAGER.password))!.key;
    const db = openDatabase(join(dataDir, 'register.db'), key, { create: false });
    for (const c of db.prepare('SELECT id, last_name, first_name FROM customers').all() as { id: number; last_name: string; first_name: string }[]) {
      db.prepare('UPDATE customers SET name_key = ? WHERE id = ?').run(`${fold(c.last_name)} ${fold(c.first_name)}`, c.id);
    }
    // Back to just before migration 0010: it and the later ones are applied again on opening.
    db.prepare(`DELETE FROM schema_migrations WHERE id >= '0010'`).run();
    for (const index of ['customers_live_name', 'customers_live_number', 'customers_live_city', 'customers_live_created']) db.exec(`DROP INDEX ${index}`);
    // …and what 0012, 0013, 0015, 0017 and 0019 added (prices typed with VAT; the kind of identity document; the VAT number; a rate's source; the e-invoice address).
    for (const [table, column] of [
      ['orders', 'prices_include_vat'],
      ['invoices', 'prices_include_vat'],
      ['order_lines', 'unit_gross_cents'],
      ['invoice_lines', 'unit_gross_cents'],
      ['privacy_requests', 'identity_document'],
      ['organizations', 'vat_number'],
      ['reference_rates', 'source'],
      ['organizations', 'einvoice_address'],
      ['organizations', 'einvoice_operator'],
      // 0021: the catalogue product a line sold (dropped before 0020's products table it points to).
      ['order_lines', 'product_id'],
      ['invoice_lines', 'product_id'],
    ])
      db.exec(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    // …and the tables of 0016 and 0017 (recipients' addresses; VAT rates and reminder fee limits as data).
    for (const table of ['recipient_addresses', 'vat_rates', 'reminder_fee_limits']) db.exec(`DROP TABLE ${table}`);
    // …and what 0018 added (the applied bank entries, and the invoice lookups they use).
    for (const sql of ['DROP TABLE bank_payment_entries', 'DROP INDEX invoices_reference', 'DROP INDEX invoices_open_amount']) db.exec(sql);
    // …and the product register of 0020.
    for (const table of ['product_terms', 'products']) db.exec(`DROP TABLE ${table}`);
    db.close();

    expect(await listedNames(dataDir)).toEqual(FINNISH_ORDER);
  });
  it('pages through the list without gaps or repeats, in both directions and every order', async () => {
    const core = createCore({ dataDir: join(tmp.dir, 'data') });
    try {
      await setUpRegister(core);
      const m = await loggedIn(core, MANAGER);
      for (const [i, [lastName, firstName]] of [...NAMES, ...NAMES].entries()) {
        value(await m('customers.create', { ...person({ lastName, firstName, city: i % 2 ? 'Åbo' : 'Rauma', email: `p${i}@example.fi`, phone: `040 200 30${i}0` }), confirmNotDuplicate: true }));
      }
      for (const sort of ['name', 'number', 'city', 'created']) {
        for (const descending of [false, true]) {
          const all = value(await m<{ rows: CustomerSummary[] }>('customers.list', { sort, descending, limit: 50 })).rows.map((r) => r.id);
          const paged: number[] = [];
          for (let offset = 0; offset < all.length; offset += 3) {
            paged.push(...value(await m<{ rows: CustomerSummary[] }>('customers.list', { sort, descending, offset, limit: 3 })).rows.map((r) => r.id));
          }
          expect(paged).toEqual(all);
          expect(new Set(all).size).toBe(NAMES.length * 2);
        }
      }
    } finally {
      core.close();
    }
  });
});
