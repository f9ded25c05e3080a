// The benchmarks are never part of npm test, but their generator is: seeded here at a tiny size
// through the same path the benchmarks take (test/bench/ui/seed.ts: a register set up through the
// API, the fixed-seed dataset written with the data key, sales cloned from one issued invoice), so
// a schema change that breaks it fails here instead of at the next `npm run bench`.
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createCore } from '../../electron/core';
import { openDatabase, openReadOnly } from '../../electron/core/store/database';
import { dataPaths } from '../../electron/core/store/dataFolder';
import { isValidBusinessId } from '../../shared/finnish/businessId';
import { seedRegister } from '../bench/ui/seed';
import { seedCustomers } from '../bench/dataset';
import { MANAGER, client, tempDir, value } from '../support/register';

const TINY = { customers: 60, organizations: 6, orders: 240, lines: 720, invoices: 40 };
const folders: { remove(): void }[] = [];
afterEach(() => folders.splice(0).forEach((f) => f.remove()));

describe('the benchmark dataset generator, at a tiny size', () => {
  it('seeds a register the app opens and serves: counts, the busy customer, searches, valid business IDs', async () => {
    const tmp = tempDir();
    folders.push(tmp);
    const { key } = await seedRegister(tmp.dir, TINY);

    const db = openReadOnly(dataPaths(tmp.dir).database, key);
    try {
      const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      expect(count('customers')).toBe(TINY.customers);
      expect(count('organizations')).toBe(TINY.organizations);
      expect(count('orders')).toBe(TINY.orders);
      expect(count('order_lines')).toBe(TINY.lines);
      expect(count('invoices')).toBe(TINY.invoices + 1); // + the issued template
      const ids = (db.prepare('SELECT business_id AS id FROM organizations').all() as { id: string }[]).map((r) => r.id);
      expect(ids.every(isValidBusinessId)).toBe(true);
      const rates = (db.prepare('SELECT DISTINCT vat_rate_bp AS r FROM order_lines ORDER BY r').all() as { r: number }[]).map((r) => r.r);
      expect(rates.length).toBeGreaterThanOrEqual(3); // several VAT rates
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }

    const core = createCore({ dataDir: tmp.dir });
    try {
      const c = client(core, 'smoke');
      value(await c('session.login', { username: MANAGER.username, password: MANAGER.password }));
      expect(value(await c<{ total: number }>('customers.list', { sort: 'name', descending: false, offset: 0, limit: 10 })).total).toBe(TINY.customers);
      expect(value(await c<{ total: number }>('orders.list', { customerId: 1, offset: 0, limit: 50 })).total).toBe(200);
      const hits = value(await c<{ lastName: string }[]>('customers.search', { query: 'mäk', limit: 50 }));
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => /^Mäk/i.test(h.lastName))).toBe(true);
    } finally {
      core.close();
    }
  });

  it('is deterministic: the same seed gives the same customers', () => {
    const tmp = tempDir();
    folders.push(tmp);
    const names = (file: string) => {
      const db = openDatabase(join(tmp.dir, file), randomBytes(32), { create: true });
      // A bare database (no users yet, whom the rows name as their creator): only the rows matter.
      db.pragma('foreign_keys=OFF');
      try {
        seedCustomers(db, { customers: 40, organizations: 4 });
        return db.prepare('SELECT first_name, last_name, phone, email, street FROM customers ORDER BY id').all();
      } finally {
        db.close();
      }
    };
    const first = names('a.db');
    expect(first).toHaveLength(40);
    expect(names('b.db')).toEqual(first);
  });
});
