import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../electron/core/store/database';
import { tempDir } from '../support/register';

// The schema itself refuses what the handlers refuse: an issued invoice's lines, number, date,
// amounts, parties and reference never change, it is never deleted, and a number is never used twice.
describe('invoice tables guard issued invoices', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: Db;
  beforeEach(() => {
    tmp = tempDir();
    db = openDatabase(join(tmp.dir, 'x.db'), randomBytes(32), { create: true });
    db.prepare(`INSERT INTO customers (id, customer_number, first_name, last_name, relationship_start, name_key, created_at, updated_at) VALUES (1, 1001, 'Maija', 'Mäki', '2026-01-01', 'maki maija', 'x', 'x')`).run();
    const invoice = db.prepare(
      `INSERT INTO invoices (id, kind, state, number, customer_id, bill_to, debtor_kind, invoice_date, delivery_date, payment_term_days, due_date, reference, gross_cents, created_at, updated_at)
       VALUES (?, 'invoice', ?, ?, 1, 'person', 'consumer', '2026-03-02', '2026-03-02', 14, '2026-03-16', ?, 1000, 'x', 'x')`,
    );
    invoice.run(1, 'draft', null, null);
    db.prepare(
      `INSERT INTO invoice_lines (invoice_id, position, description, quantity_milli, unit_price_cents, vat_rate_bp, net_cents, delivery_date) VALUES (1, 1, 'Paperi', 1000, 797, 2550, 797, '2026-03-02')`,
    ).run();
    db.prepare(`UPDATE invoices SET state = 'issued', number = 1000, reference = '10003' WHERE id = 1`).run();
    invoice.run(2, 'draft', null, null);
  });
  afterEach(() => {
    db.close();
    tmp.remove();
  });

  it('refuses to change or delete an issued invoice and its lines', () => {
    expect(() => db.prepare(`UPDATE invoice_lines SET unit_price_cents = 1 WHERE invoice_id = 1`).run()).toThrow(/read-only/);
    expect(() => db.prepare(`DELETE FROM invoice_lines WHERE invoice_id = 1`).run()).toThrow(/read-only/);
    expect(() => db.prepare(`INSERT INTO invoice_lines (invoice_id, position, description, quantity_milli, unit_price_cents, vat_rate_bp, net_cents, delivery_date) VALUES (1, 2, 'x', 1000, 1, 0, 1, '2026-03-02')`).run()).toThrow(/read-only/);
    for (const set of ['number = 1001', `invoice_date = '2026-03-03'`, 'gross_cents = 1', `buyer = '{}'`, `reference = '1'`, `due_date = '2026-04-01'`]) {
      expect(() => db.prepare(`UPDATE invoices SET ${set} WHERE id = 1`).run(), set).toThrow(/read-only|kept for the accounting retention/);
    }
    expect(() => db.prepare(`DELETE FROM invoices WHERE id = 1`).run()).toThrow(/cannot be deleted/);
    // What may change on an issued invoice: the running sums of payments and reminders.
    db.prepare(`UPDATE invoices SET paid_cents = 500, open_cents = 500 WHERE id = 1`).run();
  });

  it('never gives one number twice, and a draft has none', () => {
    expect(() => db.prepare(`UPDATE invoices SET state = 'issued', number = 1000 WHERE id = 2`).run()).toThrow(/UNIQUE/);
    expect(() => db.prepare(`UPDATE invoices SET number = 1001 WHERE id = 2`).run()).toThrow(/CHECK/);
    db.prepare(`DELETE FROM invoices WHERE id = 2`).run(); // a draft may go
  });
});
