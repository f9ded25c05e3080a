import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../electron/core/store/database';
import { insertCustomer, setRestriction } from '../../electron/core/customers/customersRepo';
import { selectForLabels } from '../../electron/core/marketing/labelSelection';
import { labelFilters } from '../../shared/api/marketing';
import type { Customer } from '../../shared/api/customers';
import { MANAGER, createCore, loggedIn, setUpRegister, tempDir, value } from '../support/register';
import { person } from '../support/customers';

const CITIES: [string, string][] = [['Rauma', '26100'], ['Pori', '28100'], ['Turku', '20100'], ['Helsinki', '00100']];

describe('mailing labels never reach a prohibited or restricted customer', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: Db;
  beforeAll(() => {
    tmp = tempDir();
    db = openDatabase(join(tmp.dir, 'p.db'), randomBytes(32), { create: true });
    db.prepare(`INSERT INTO users (username, full_name, role, commitment_date, created_at) VALUES ('m', 'M', 'manager', '2026-01-01', 'x')`).run();
    const customer = fc.record({
      city: fc.constantFrom(...CITIES),
      street: fc.constantFrom('Kauppakatu 1', '', 'Rantatie 7'),
      start: fc.constantFrom('2020-01-01', '2024-06-01', '2026-03-01'),
      bans: fc.record({ directAdvertising: fc.boolean(), distanceSelling: fc.boolean(), directMarketing: fc.boolean(), marketResearch: fc.boolean(), publication: fc.boolean(), disclosure: fc.boolean() }),
      restricted: fc.boolean(),
    });
    const sample = fc.sample(customer, { numRuns: 400, seed: 42 });
    sample.forEach((c, i) => {
      const id = insertCustomer(
        db,
        { firstName: `Etu${i}`, lastName: `Suku${i}`, email: '', phone: '', street: c.street, postalCode: c.city[1], city: c.city[0], country: 'FI', language: 'fi', organizationId: null, relationshipStart: c.start, relationshipEnd: null },
        c.bans,
        1,
        '2026-01-01T00:00:00Z',
      );
      if (c.restricted) setRestriction(db, id, true, 'testi', 1, '2026-01-01T00:00:00Z');
    });
  });
  afterAll(() => {
    db.close();
    tmp.remove();
  });

  it('property: for any filters, every label is for a customer without a ban, restriction or missing address', () => {
    const filters = fc.record({
      city: fc.constantFrom('', 'Rauma', 'pori', 'TURKU', 'Helsinki', 'Oulu'),
      postalFrom: fc.constantFrom('', '00100', '20000', '26100'),
      postalTo: fc.constantFrom('', '26100', '28100', '99999'),
      customerSince: fc.constantFrom('', '2024-01-01', '2026-01-01'),
      boughtSince: fc.constantFrom('', '2020-01-01'),
    });
    fc.assert(
      fc.property(filters, (raw) => {
        const parsed = labelFilters.safeParse(raw);
        if (!parsed.success) return; // e.g. from > to: refused before any selection
        const { preview, rows } = selectForLabels(db, parsed.data);
        expect(rows).toHaveLength(preview.included);
        const e = preview.excluded;
        expect(preview.included + e.directAdvertising + e.publication + e.restricted + e.noAddress).toBe(preview.selected);
        for (const r of rows) {
          const fresh = db.prepare('SELECT ban_direct_advertising, ban_publication, restriction_date, street FROM customers WHERE id = ?').get(r.id) as Record<string, unknown>;
          expect(fresh.ban_direct_advertising).toBe(0);
          expect(fresh.ban_publication).toBe(0);
          expect(fresh.restriction_date).toBeNull();
          expect(fresh.street).not.toBe('');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the printed sheet holds the allowed people and none of the others', async () => {
    const t = tempDir();
    const core = createCore({ dataDir: t.dir });
    try {
      await setUpRegister(core);
      const m = await loggedIn(core, MANAGER);
      const allowed = value(await m<Customer>('customers.create', person({ firstName: 'Sallittu', lastName: 'Postittaja' })));
      const banned = value(await m<Customer>('customers.create', { ...person({ firstName: 'Kieltänyt', lastName: 'Mainonnan', email: 'k@example.fi', phone: '040 222 3333' }) }));
      value(await m('customers.setProhibitions', { id: banned.id, prohibitions: { ...banned.prohibitions, directAdvertising: true }, reason: '' }));
      const r = value(await m<{ included: number; excluded: { directAdvertising: number }; base64: string }>('marketing.labels.pdf', { city: 'rauma' }));
      expect(r.included).toBe(1);
      expect(r.excluded.directAdvertising).toBe(1);
      const file = join(t.dir, 'tarrat.pdf');
      writeFileSync(file, Buffer.from(r.base64, 'base64'));
      const text = execFileSync('pdftotext', [file, '-']).toString();
      expect(text).toContain('Sallittu Postittaja');
      expect(text).toContain('26100 RAUMA');
      expect(text).not.toContain('Kieltänyt');
      // "Bought since": only people with an order on or after the date.
      expect(value(await m<{ selected: number }>('marketing.labels.preview', { boughtSince: '2020-01-01' })).selected).toBe(0);
      value(await m('orders.create', { customerId: allowed.id, channel: 'shop', lines: [{ description: 'Kynä', quantity: 1, unitPriceCents: 100, vatCategory: 'general' }] }));
      expect(value(await m<{ selected: number; included: number }>('marketing.labels.preview', { boughtSince: '2020-01-01' }))).toMatchObject({ selected: 1, included: 1 });
      const bad = await m('marketing.labels.preview', { postalFrom: '2610', postalTo: '' });
      expect(!bad.ok && bad.error.details?.fields?.postalFrom).toMatch(/viisi numeroa/);
    } finally {
      core.close();
      t.remove();
    }
  });
});
