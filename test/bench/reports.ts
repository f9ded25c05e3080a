// Issue #17 §4: the reports' figures at the ten-year size — the VAT report of a year and the
// receivables ageing. The seeded invoices (dataset.ts clones of one template) carry no lines or
// payment rows of their own, so the last two years get what the reports read: three lines each
// at the mixed rates (25,5 %, 13,5 %, 10 %) and, for the paid ones, a payment dated around the due
// date. The lines are added with the issued-invoice trigger lifted for the seeding only.
import type { Db } from '../../electron/core/store/database';
import type { client } from '../support/register';

export function seedReportRows(db: Db, from = '2024-01-01'): { lines: number; payments: number } {
  const trigger = (db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'invoice_lines_frozen_insert'`).get() as { sql: string }).sql;
  const invoices = db
    .prepare(`SELECT id, net_cents, paid_cents, invoice_date, due_date FROM invoices WHERE state = 'issued' AND kind = 'invoice' AND invoice_date >= ? AND number > (SELECT min(number) FROM invoices)`)
    .all(from) as { id: number; net_cents: number; paid_cents: number; invoice_date: string; due_date: string }[];
  let lines = 0;
  let payments = 0;
  db.transaction(() => {
    db.exec('DROP TRIGGER invoice_lines_frozen_insert');
    const line = db.prepare(
      `INSERT INTO invoice_lines (invoice_id, position, description, quantity_milli, unit, unit_price_cents, discount_bp, vat_category, vat_rate_bp, net_cents, delivery_date, product_id)
       VALUES (?, ?, ?, 1000, 'kpl', ?, 0, ?, ?, ?, ?, ?)`,
    );
    const pay = db.prepare(`INSERT INTO payments (invoice_id, date, amount_cents, method, note, created_at) VALUES (?, ?, ?, 'bank_transfer', '', '2026-01-01T10:00:00.000Z')`);
    for (const inv of invoices) {
      const a = Math.round(inv.net_cents * 0.6);
      const b = Math.round(inv.net_cents * 0.3);
      const parts: [number, string, number, number | null][] = [
        [a, 'general', 2550, 1 + (inv.id % 50)],
        [b, 'reducedA', inv.invoice_date < '2026-01-01' ? 1400 : 1350, 51 + (inv.id % 50)],
        [inv.net_cents - a - b, 'reducedB', 1000, null],
      ];
      parts.forEach(([net, cat, rate, product], i) => line.run(inv.id, i + 1, `Rivi ${i + 1}`, net, cat, rate, net, inv.invoice_date, product));
      lines += 3;
      if (inv.paid_cents > 0) {
        const shift = (inv.id % 41) - 20;
        const d = new Date(Date.parse(`${inv.due_date}T12:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
        pay.run(inv.id, d < inv.invoice_date ? inv.invoice_date : d, inv.paid_cents);
        payments++;
      }
    }
    db.exec(trigger);
  })();
  return { lines, payments };
}

export async function measureReports(c: ReturnType<typeof client>, time: (n: number, fn: (i: number) => Promise<unknown>) => Promise<unknown>): Promise<Record<string, unknown>> {
  const ok = async (method: string, params: unknown) => {
    const r = await c(method, params);
    if (!r.ok) throw new Error(`${method} failed: ${r.error.message}`);
    return r.value;
  };
  const year = (await ok('reports.vat', { period: { kind: 'year', year: 2025 } })) as { invoiceCount: number };
  const ageing = (await ok('reports.ageing', { date: '2025-06-30' })) as { invoiceCount: number };
  return {
    'reports.vat, year 2025 (invoices in it)': year.invoiceCount,
    'reports.vat year 2025': await time(10, () => ok('reports.vat', { period: { kind: 'year', year: 2025 } })),
    'reports.ageing on 30.6.2025 (invoices open then)': ageing.invoiceCount,
    'reports.ageing on 30.6.2025': await time(10, () => ok('reports.ageing', { date: '2025-06-30' })),
    'reports.ageing today': await time(10, () => ok('reports.ageing', { date: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date()) })),
    'reports.sales year 2025': await time(5, () => ok('reports.sales', { period: { kind: 'year', year: 2025 } })),
  };
}
