// reports.ageing on a real encrypted register: the total equals the receivables open on the day
// (what was invoiced by then, less what was paid and credited by then), each invoice in the bucket
// of its days past due; an invoice paid late leaves the buckets on its payment date. Restricted
// customers keep their amounts but not their names (the other reports too).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../shared/api/invoices';
import type { AgeingReport, InvoicesReport, PaymentsReport } from '../../shared/api/reports';
import { helsinkiDate } from '../../shared/format/dates';
import { addDays, daysBetween } from '../../electron/core/invoices/calendar';
import { bucketOf } from '../../electron/core/reports/ageingReport';
import { invoicingRegister, line } from '../support/invoicing';
import { value } from '../support/register';

const invoiceArb = fc.record({
  issuedOn: fc.integer({ min: 0, max: 100 }),
  term: fc.constantFrom(0, 7, 14, 30),
  quantity: fc.integer({ min: 1, max: 30 }),
  payments: fc.array(fc.record({ after: fc.integer({ min: 0, max: 150 }), share: fc.constantFrom(0.25, 0.5, 1) }), { maxLength: 2 }),
  creditAfter: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
});

const START = '2026-01-05';

describe('reports.ageing', () => {
  it('totals the receivables open on the day, each in the bucket of its days past due', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(invoiceArb, { minLength: 1, maxLength: 6 }), fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 2, maxLength: 4 }), async (specs, probeDays) => {
        const reg = await invoicingRegister('2026-08-31T09:00:00Z');
        try {
          const today = helsinkiDate(reg.clock.now());
          type Ev = { date: string; order: number; run: () => Promise<void> };
          const events: Ev[] = [];
          const facts: { id: number; issued: string; due: string; gross: number; payments: { date: string; amount: number }[]; credited: string | null }[] = [];
          specs.forEach((s, i) => {
            const issued = addDays(START, s.issuedOn);
            const fact = { id: 0, issued, due: addDays(issued, s.term), gross: 0, payments: [] as { date: string; amount: number }[], credited: null as string | null };
            facts.push(fact);
            events.push({
              date: issued,
              order: 0,
              run: async () => {
                const d = value(await reg.m<Invoice>('invoices.createDraft', { customerId: i % 2 ? reg.maija.id : reg.english.id, lines: [line({ quantity: s.quantity })], paymentTermDays: s.term }));
                const inv = value(await reg.m<Invoice>('invoices.issue', { id: d.id, invoiceDate: issued }));
                fact.id = inv.id;
                fact.gross = inv.grossCents;
              },
            });
            const creditOn = s.creditAfter === null ? null : addDays(issued, s.creditAfter);
            for (const p of s.payments) {
              const date = addDays(issued, p.after);
              if (date > today || (creditOn && date >= creditOn)) continue;
              events.push({
                date,
                order: 1,
                run: async () => {
                  const paid = fact.payments.reduce((t, x) => t + x.amount, 0);
                  const amount = Math.min(fact.gross - paid, Math.ceil(fact.gross * p.share));
                  if (amount <= 0) return;
                  value(await reg.m('invoices.addPayment', { invoiceId: fact.id, date, amountCents: amount }));
                  fact.payments.push({ date, amount });
                },
              });
            }
            if (creditOn && creditOn <= today)
              events.push({
                date: creditOn,
                order: 2,
                run: async () => {
                  if (fact.payments.reduce((t, x) => t + x.amount, 0) >= fact.gross) return; // paid: nothing to credit here
                  value(await reg.m('invoices.creditNote', { invoiceId: fact.id, reason: 'Peruttu', date: creditOn }));
                  fact.credited = creditOn;
                },
              });
          });
          events.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);
          for (const e of events) await e.run();

          for (const day of [...probeDays.map((d) => addDays(START, d)), today]) {
            const r = value(await reg.m<AgeingReport>('reports.ageing', { date: day }));
            const open = facts
              .filter((f) => f.issued <= day)
              .map((f) => ({ f, open: f.gross - f.payments.filter((p) => p.date <= day).reduce((t, p) => t + p.amount, 0) - (f.credited && f.credited <= day ? f.gross : 0) }))
              .filter((x) => x.open > 0);
            expect(r.totalCents).toBe(open.reduce((t, x) => t + x.open, 0));
            expect(r.invoiceCount).toBe(open.length);
            const buckets = { notDue: 0, days1to30: 0, days31to60: 0, days61to90: 0, over90: 0 };
            for (const x of open) buckets[bucketOf(daysBetween(x.f.due, day))] += x.open;
            expect(r.buckets).toEqual(buckets);
            expect(r.rows.reduce((t, row) => t + row.totalCents, 0)).toBe(r.totalCents);
          }
          // Today, the report agrees with the open amounts the invoice screens show.
          const now = value(await reg.m<AgeingReport>('reports.ageing', { date: today }));
          const listed = await Promise.all(facts.map(async (f) => value(await reg.m<Invoice>('invoices.get', { id: f.id })).openCents));
          expect(now.totalCents).toBe(listed.filter((o) => o > 0).reduce((t, o) => t + o, 0));
        } finally {
          reg.close();
        }
      }),
      { numRuns: 6 },
    );
  }, 300_000);

  it('moves an invoice paid late out of the buckets on its payment date, and keeps it in them the day before', async () => {
    const reg = await invoicingRegister('2026-06-30T09:00:00Z');
    try {
      const d = value(await reg.m<Invoice>('invoices.createDraft', { customerId: reg.maija.id, lines: [line()], paymentTermDays: 14 }));
      const inv = value(await reg.m<Invoice>('invoices.issue', { id: d.id, invoiceDate: '2026-01-18' }));
      expect(inv.dueDate).toBe('2026-02-01');
      value(await reg.m('invoices.addPayment', { invoiceId: inv.id, date: '2026-04-15', amountCents: inv.grossCents }));
      const before = value(await reg.m<AgeingReport>('reports.ageing', { date: '2026-04-14' }));
      expect(before.totalCents).toBe(inv.grossCents);
      expect(before.buckets.days61to90).toBe(inv.grossCents); // 72 days past due
      expect(before.rows[0]!.name).toBe('Maija Mäki-Petäjä');
      const on = value(await reg.m<AgeingReport>('reports.ageing', { date: '2026-04-15' }));
      expect(on.totalCents).toBe(0);
      expect(on.rows).toEqual([]);
      const dueDay = value(await reg.m<AgeingReport>('reports.ageing', { date: '2026-02-01' }));
      expect(dueDay.buckets.notDue).toBe(inv.grossCents);
      const nextDay = value(await reg.m<AgeingReport>('reports.ageing', { date: '2026-02-02' }));
      expect(nextDay.buckets.days1to30).toBe(inv.grossCents);
    } finally {
      reg.close();
    }
  }, 60_000);

  it('shows a restricted customer by a placeholder, keeping the amounts, in ageing, invoices and payments', async () => {
    const reg = await invoicingRegister('2026-06-30T09:00:00Z');
    try {
      const d = value(await reg.m<Invoice>('invoices.createDraft', { customerId: reg.maija.id, lines: [line()] }));
      const inv = value(await reg.m<Invoice>('invoices.issue', { id: d.id, invoiceDate: '2026-05-04' }));
      value(await reg.m('invoices.addPayment', { invoiceId: inv.id, date: '2026-05-06', amountCents: 1000 }));
      value(await reg.m('customers.setRestriction', { id: reg.maija.id, restricted: true, reason: 'Asiakas kiistää tietojen oikeellisuuden' }));
      const period = { kind: 'month', year: 2026, month: 5 };
      const ageing = value(await reg.m<AgeingReport>('reports.ageing', { date: '2026-06-01' }));
      expect(ageing.rows).toHaveLength(1);
      expect(ageing.rows[0]).toMatchObject({ restricted: true, name: '', totalCents: inv.grossCents - 1000 });
      const invoices = value(await reg.m<InvoicesReport>('reports.invoices', { period }));
      expect(invoices.rows[0]).toMatchObject({ restricted: true, buyerName: '', grossCents: inv.grossCents, status: 'overdue' });
      const payments = value(await reg.m<PaymentsReport>('reports.payments', { period }));
      expect(payments.rows[0]).toMatchObject({ restricted: true, buyerName: '', amountCents: 1000, invoiceNumber: inv.number });
      // Nor does the file print the name.
      for (const report of ['ageing', 'invoices', 'payments'] as const) {
        const file = value(await reg.m<{ base64: string }>('reports.file', report === 'ageing' ? { report, format: 'csv', date: '2026-06-01' } : { report, format: 'csv', period }));
        const csv = Buffer.from(file.base64, 'base64').toString('utf8');
        expect(csv).not.toContain('Mäki-Petäjä');
        expect(csv).toContain('(käsittelyä rajoitettu)');
      }
      // Lifting the restriction shows the name again.
      value(await reg.m('customers.setRestriction', { id: reg.maija.id, restricted: false, reason: '', notice: { date: helsinkiDate(reg.clock.now()), method: 'letter' } }));
      const lifted = value(await reg.m<AgeingReport>('reports.ageing', { date: '2026-06-01' }));
      expect(lifted.rows[0]!.name).toBe('Maija Mäki-Petäjä');
    } finally {
      reg.close();
    }
  }, 60_000);
});
