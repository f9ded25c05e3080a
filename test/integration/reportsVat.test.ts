// reports.vat on a real encrypted register: over random invoices and credit notes whose lines are
// delivered around the rate changes (24 % → 25,5 % on 1.9.2024, 14 % → 13,5 % on 1.1.2026), the
// report's figures equal, per rate and to the cent, the VAT breakdowns printed on the period's
// issued invoices less its credit notes (read back through invoices.get). Bad periods are refused
// with a field message in Finnish and English.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../shared/api/invoices';
import type { VatReport } from '../../shared/api/reports';
import { helsinkiDate } from '../../shared/format/dates';
import { addDays } from '../../electron/core/invoices/calendar';
import { invoicingRegister, type Call } from '../support/invoicing';
import { client, value } from '../support/register';

const CATEGORIES = ['general', 'reducedA', 'reducedB', 'zero'] as const;

const lineArb = fc.record({
  category: fc.constantFrom(...CATEGORIES),
  quantity: fc.integer({ min: 1, max: 40 }),
  unitPriceCents: fc.integer({ min: 1, max: 250_00 }),
  discountPercent: fc.constantFrom(0, 0, 5, 12.5),
});
/** A document: its delivery date near a rate change, its lines, and whether it is later credited. */
const docArb = fc.record({
  delivery: fc.constantFrom('2024-08-20', '2024-08-31', '2024-09-01', '2024-09-15', '2025-12-20', '2025-12-31', '2026-01-01', '2026-01-10'),
  lag: fc.integer({ min: 0, max: 20 }),
  withVat: fc.boolean(),
  lines: fc.array(lineArb, { minLength: 1, maxLength: 4 }),
  credit: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
});

type DocSpec = typeof docArb extends fc.Arbitrary<infer T> ? T : never;

/** Sums the invoices' own breakdowns per rate: what the report must equal. */
function expectedByRate(docs: Invoice[]): Map<number, { net: number; vat: number }> {
  const out = new Map<number, { net: number; vat: number }>();
  for (const d of docs)
    for (const r of d.vatRows) {
      const e = out.get(r.rateBp) ?? { net: 0, vat: 0 };
      out.set(r.rateBp, { net: e.net + r.netCents, vat: e.vat + r.vatCents });
    }
  return out;
}

function reportByRate(r: VatReport): Map<number, { net: number; vat: number }> {
  const out = new Map<number, { net: number; vat: number }>();
  for (const row of r.rows) {
    const e = out.get(row.rateBp) ?? { net: 0, vat: 0 };
    out.set(row.rateBp, { net: e.net + row.netCents, vat: e.vat + row.vatCents });
  }
  return out;
}

async function arrange(m: Call, customerId: number, docs: DocSpec[]) {
  // Issue in date order (an invoice may not be dated before the last one), credit notes included.
  type Event = { date: string; kind: 'issue'; doc: number } | { date: string; kind: 'credit'; doc: number };
  const events: Event[] = [];
  docs.forEach((d, i) => {
    const date = addDays(d.delivery, d.lag);
    events.push({ date, kind: 'issue', doc: i });
    if (d.credit !== null) events.push({ date: addDays(date, d.credit), kind: 'credit', doc: i });
  });
  events.sort((a, b) => a.date.localeCompare(b.date) || (a.kind === 'issue' ? -1 : 1));
  const ids = new Map<number, number>();
  const issued: { id: number; date: string }[] = [];
  for (const e of events) {
    const d = docs[e.doc]!;
    if (e.kind === 'issue') {
      const lines = d.lines.map((l, n) => ({
        description: `Tuote ${n + 1}`,
        quantity: l.quantity,
        unit: 'kpl',
        unitPriceCents: l.unitPriceCents,
        discountPercent: l.discountPercent,
        vatCategory: l.category,
        ...(l.category === 'zero' ? { exemptionReason: 'export' } : {}),
      }));
      const draft = value(await m<Invoice>('invoices.createDraft', { customerId, lines, deliveryDate: d.delivery, pricesIncludeVat: d.withVat }));
      const inv = value(await m<Invoice>('invoices.issue', { id: draft.id, invoiceDate: e.date }));
      ids.set(e.doc, inv.id);
      issued.push({ id: inv.id, date: e.date });
    } else {
      const credit = value(await m<Invoice>('invoices.creditNote', { invoiceId: ids.get(e.doc)!, reason: 'Palautus', date: e.date }));
      issued.push({ id: credit.id, date: e.date });
    }
  }
  return issued;
}

describe('reports.vat', () => {
  it('equals per rate and to the cent the issued invoices less credit notes, around the rate changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(docArb, { minLength: 1, maxLength: 7 }), fc.constantFrom(2024, 2025, 2026), fc.integer({ min: 1, max: 4 }), async (docs, year, quarter) => {
        const reg = await invoicingRegister('2026-06-30T09:00:00Z');
        try {
          const issued = await arrange(reg.m, reg.maija.id, docs);
          const periods = [
            { kind: 'year', year },
            { kind: 'quarter', year, quarter },
            { kind: 'custom', from: '2024-08-01', to: helsinkiDate(reg.clock.now()) },
          ];
          for (const period of periods) {
            const r = value(await reg.m<VatReport>('reports.vat', { period }));
            const inPeriod = issued.filter((d) => d.date >= r.from && d.date <= r.to);
            const docsIn = await Promise.all(inPeriod.map(async (d) => value(await reg.m<Invoice>('invoices.get', { id: d.id }))));
            expect(reportByRate(r)).toEqual(expectedByRate(docsIn));
            expect(r.netCents).toBe(docsIn.reduce((s, d) => s + d.netCents, 0));
            expect(r.vatCents).toBe(docsIn.reduce((s, d) => s + d.vatCents, 0));
            expect(r.invoiceCount + r.creditNoteCount).toBe(docsIn.length);
            // Each rate's tax is reported under the return's field of its class.
            for (const row of r.rows) expect(row.field).toBe(row.rateBp >= 2000 ? '301' : row.rateBp >= 1200 ? '302' : row.rateBp === 1000 ? '303' : '309');
          }
        } finally {
          reg.close();
        }
      }),
      { numRuns: 6 },
    );
  }, 240_000);

  it('nets a credit note to zero within one period and keeps the return order of the fields', async () => {
    const reg = await invoicingRegister('2026-03-02T09:00:00Z');
    try {
      const lines = [
        { description: 'Kahvi', quantity: 3, unit: 'pkt', unitPriceCents: 499, vatCategory: 'reducedA' },
        { description: 'Paperi', quantity: 2, unit: 'pkt', unitPriceCents: 595, vatCategory: 'general' },
        { description: 'Lehti', quantity: 1, unit: 'kpl', unitPriceCents: 890, vatCategory: 'reducedB' },
        { description: 'Vientitoimitus', quantity: 1, unit: 'kpl', unitPriceCents: 10000, vatCategory: 'zero', exemptionReason: 'export' },
      ];
      const a = value(await reg.m<Invoice>('invoices.issue', { id: value(await reg.m<Invoice>('invoices.createDraft', { customerId: reg.maija.id, lines, deliveryDate: '2026-02-10' })).id, invoiceDate: '2026-02-10' }));
      const b = value(await reg.m<Invoice>('invoices.issue', { id: value(await reg.m<Invoice>('invoices.createDraft', { customerId: reg.maija.id, lines, deliveryDate: '2025-12-30' })).id, invoiceDate: '2026-02-11' }));
      value(await reg.m('invoices.creditNote', { invoiceId: a.id, reason: 'Virhe', date: '2026-02-12' }));
      const r = value(await reg.m<VatReport>('reports.vat', { period: { kind: 'month', year: 2026, month: 2 } }));
      expect(r.rows.map((x) => [x.field, x.rateBp])).toEqual([
        ['301', 2550],
        ['302', 1400],
        ['302', 1350],
        ['303', 1000],
        ['309', 0],
      ]);
      // Only b is left: a and its credit note cancel out (the 13,5 % row is all zero).
      const r1350 = r.rows.find((x) => x.rateBp === 1350)!;
      expect([r1350.netCents, r1350.vatCents]).toEqual([0, 0]);
      expect(r1350.creditNetCents).toBe(-a.vatRows.find((x) => x.rateBp === 1350)!.netCents);
      expect(r.vatCents).toBe(b.vatCents);
      expect(r.netCents).toBe(b.netCents);
    } finally {
      reg.close();
    }
  }, 60_000);

  it('refuses an unknown period, an end before the start and a bad date, with a field message in Finnish and English', async () => {
    const reg = await invoicingRegister();
    try {
      const en = client(reg.core, 'manager', 'en');
      const cases: [unknown, string, string, string][] = [
        [{ kind: 'week', year: 2026 }, 'period.kind', 'Tuntematon jakso', 'Unknown period'],
        [{ kind: 'custom', from: '2026-03-31', to: '2026-03-01' }, 'period.to', 'loppupäivä ei voi olla ennen alkupäivää', 'cannot end before it starts'],
        [{ kind: 'custom', from: '2026-02-30', to: '2026-03-01' }, 'period.from', 'pp.kk.vvvv', 'dd.mm.yyyy'],
        [{ kind: 'month', year: 2026, month: 13 }, 'period.month', 'kuukausi 1–12', 'month 1–12'],
      ];
      for (const [period, field, fi, enText] of cases) {
        const a = await reg.m('reports.vat', { period });
        const b = await en('reports.vat', { period });
        expect(a.ok).toBe(false);
        expect(b.ok).toBe(false);
        if (a.ok || b.ok) continue;
        expect(a.error.code).toBe('VALIDATION');
        expect((a.error.details as { fields: Record<string, string> }).fields[field]).toContain(fi);
        expect((b.error.details as { fields: Record<string, string> }).fields[field]).toContain(enText);
      }
      const bad = await reg.m('reports.ageing', { date: '24.11.2026' });
      expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    } finally {
      reg.close();
    }
  }, 60_000);
});
