// A fixed-seed generator of a realistic shop register: Finnish names (with ä, ö, å), a share of
// foreign names, addresses, phones, organisations with valid business IDs. Same seed, same data.
import { businessIdCheckDigit } from '../../shared/finnish/businessId';
import type { Db } from '../../electron/core/store/database';
import { insertCustomer, addSource } from '../../electron/core/customers/customersRepo';
import { insertOrganization } from '../../electron/core/organizations/organizationsRepo';
import { DATA_SOURCES, NO_PROHIBITIONS } from '../../shared/api/customers';

export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

const FIRST = ['Maija', 'Matti', 'Pekka', 'Liisa', 'Aino', 'Eino', 'Väinö', 'Sanni', 'Jönne', 'Öivind', 'Åsa', 'Tuula', 'Juha', 'Kaisa', 'Mikko', 'Sari', 'Heikki', 'Anni', 'Ville', 'Elina', 'Šárka', 'Ánde', 'Zoë', 'José', 'Ngozi', 'Wei', 'Olga', 'Ahmed', 'Laura', 'Antti', 'Minna', 'Timo'];
const LAST = ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Mäki-Petäjä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Saarinen', 'Öhman', 'Åberg', 'Äijälä', 'Kärkkäinen', 'Łukasiewicz-Äijälä', 'Ŋuolja', 'Smith', 'Nguyen', 'Müller', 'Salo', 'Turunen', 'Lindqvist', 'Karjalainen', 'Pöllänen', 'Rautiainen', 'Väisänen', 'Ylönen', 'Östman'];
const STREETS = ['Kauppakatu', 'Kuninkaankatu', 'Savilankatu', 'Rantatie', 'Koulukatu', 'Kirkkokatu', 'Satamakatu', 'Pohjoisranta', 'Itsenäisyydenkatu', 'Äyhönkatu'];
const CITIES: [string, string][] = [['Rauma', '26100'], ['Pori', '28100'], ['Turku', '20100'], ['Helsinki', '00100'], ['Tampere', '33100'], ['Eurajoki', '27100'], ['Uusikaupunki', '23500'], ['Utsjoki', '99980']];
const ORG_WORDS = ['Konttori', 'Puoti', 'Rakennus', 'Kiinteistö', 'Tili', 'Auto', 'Kala', 'Metalli', 'Puu', 'Sähkö', 'Lvi', 'Kone', 'Paino', 'Kukka'];

function businessId(r: ReturnType<typeof rng>): string {
  for (;;) {
    const digits = String(1_000_000 + r.int(8_999_999));
    const check = businessIdCheckDigit(digits);
    if (check !== null) return `${digits}-${check}`;
  }
}

/** Inserts customers and organisations straight through the repositories (the same code the API
 * uses), in one transaction. */
export function seedCustomers(db: Db, size: { customers: number; organizations: number }, seed = 20261125): void {
  const r = rng(seed);
  const at = '2026-01-01T10:00:00.000Z';
  db.transaction(() => {
    const usedIds = new Set<string>();
    const orgIds: number[] = [];
    for (let i = 0; i < size.organizations; i++) {
      let bid = businessId(r);
      while (usedIds.has(bid)) bid = businessId(r);
      usedIds.add(bid);
      const [city, postalCode] = r.pick(CITIES);
      orgIds.push(insertOrganization(db, { name: `${r.pick(ORG_WORDS)}${r.pick(['', 'mix', 'palvelu', 'talo'])} ${r.pick(LAST)} ${r.pick(['Oy', 'Ky', 'Tmi', 'Oyj'])}`, businessId: bid, street: `${r.pick(STREETS)} ${1 + r.int(80)}`, postalCode, city, country: 'FI' }, at));
    }
    for (let i = 0; i < size.customers; i++) {
      const [city, postalCode] = r.pick(CITIES);
      const first = r.pick(FIRST);
      const last = r.pick(LAST);
      const phone = `+3584${r.int(10)}${String(r.int(10_000_000)).padStart(7, '0')}`;
      const id = insertCustomer(
        db,
        {
          firstName: first,
          lastName: last,
          email: r.next() < 0.8 ? `${first}.${last}.${i}@example.fi`.toLowerCase().normalize('NFKD').replace(/[^\x20-\x7e]/g, '') : '',
          phone: r.next() < 0.9 ? phone : '',
          street: `${r.pick(STREETS)} ${1 + r.int(120)}`,
          postalCode,
          city,
          country: 'FI',
          language: r.next() < 0.9 ? 'fi' : 'en',
          organizationId: orgIds.length && r.next() < 0.3 ? r.pick(orgIds) : null,
          relationshipStart: `20${16 + r.int(10)}-0${1 + r.int(9)}-1${r.int(9)}`,
          relationshipEnd: null,
        },
        NO_PROHIBITIONS,
        1,
        at,
        1001 + i,
      );
      addSource(db, id, { source: r.pick(DATA_SOURCES), date: '2026-01-01', note: '' });
    }
  })();
}

/**
 * Ten years of sales beside the customers: orders with lines across the VAT rates, and issued
 * invoices cloned from one real invoice (`templateInvoiceId`, issued through the API, so every
 * snapshot field is genuine) with their own numbers, customers, dates and balances — some paid,
 * some open, some overdue. Customer 1 gets 200 orders (the "busy customer" card).
 */
export function seedSales(db: Db, size: { orders: number; lines: number; invoices: number; customers: number }, templateInvoiceId: number, seed = 20261126): void {
  const r = rng(seed);
  const rates = [2550, 2550, 2550, 1350, 1000, 0];
  const items = ['Kopiopaperi A4', 'Mustekasetti', 'Työtuoli', 'Kahvi 500 g', 'Mappi', 'Kuulakärkikynä', 'Tulostimen huolto', 'Lehti (vuosikerta)'];
  const at = '2026-01-01T10:00:00.000Z';
  const day = (i: number) => {
    const d = new Date(Date.UTC(2016, 0, 1) + (i % 3650) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  db.transaction(() => {
    const order = db.prepare(
      `INSERT INTO orders (customer_id, date, delivery_date, channel, status, net_cents, vat_cents, gross_cents, line_count, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const line = db.prepare(
      `INSERT INTO order_lines (order_id, position, description, quantity_milli, unit_price_cents, vat_rate_bp, exemption_reason, net_cents, delivery_date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const perOrder = size.lines / size.orders;
    let linesLeft = size.lines;
    for (let i = 0; i < size.orders; i++) {
      const customer = i < 200 ? 1 : 1 + r.int(size.customers);
      const date = day(i * 7 + r.int(7));
      const n = Math.max(1, Math.min(linesLeft - (size.orders - i - 1), Math.round(perOrder + (r.next() - 0.5) * 2)));
      linesLeft -= n;
      const id = Number(order.run(customer, date, date, r.pick(['shop', 'web_shop', 'reseller'] as const), r.next() < 0.5 ? 'paid' : 'invoiced', 0, 0, 0, n, at, at).lastInsertRowid);
      let net = 0;
      let vat = 0;
      for (let p = 0; p < n; p++) {
        const rate = r.pick(rates);
        const lineNet = (1 + r.int(20)) * (100 + r.int(9900));
        net += lineNet;
        vat += Math.round((lineNet * rate) / 10000);
        line.run(id, p + 1, r.pick(items), 1000 * (1 + r.int(5)), lineNet, rate, rate === 0 ? 'intra_eu_goods' : null, lineNet, date);
      }
      db.prepare('UPDATE orders SET net_cents = ?, vat_cents = ?, gross_cents = ? WHERE id = ?').run(net, vat, net + vat, id);
    }
    // Invoices: clones of the template with their own number, customer, dates and balance.
    const cols = (db.prepare(`SELECT name FROM pragma_table_info('invoices')`).all() as { name: string }[]).map((c) => c.name).filter((c) => c !== 'id');
    const override = new Set(['number', 'customer_id', 'invoice_date', 'delivery_date', 'due_date', 'effective_due_date', 'reference', 'paid_cents', 'open_cents', 'gross_cents', 'net_cents', 'vat_cents']);
    const keep = cols.filter((c) => !override.has(c));
    const clone = db.prepare(
      `INSERT INTO invoices (${[...keep, ...override].join(', ')})
       SELECT ${keep.join(', ')}, @number, @customer, @date, @date, @due, @due, @reference, @paid, @open, @gross, @net, @vat FROM invoices WHERE id = @template`,
    );
    const start = (db.prepare('SELECT max(number) AS n FROM invoices').get() as { n: number }).n + 1;
    for (let i = 0; i < size.invoices; i++) {
      const date = day(Math.floor((i * 3650) / size.invoices));
      const due = new Date(Date.parse(`${date}T12:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
      const gross = 1000 + r.int(200_000);
      const net = Math.round(gross / 1.255);
      const open = i > size.invoices - 3000 || r.next() < 0.02 ? gross : 0;
      clone.run({ number: start + i, customer: 1 + r.int(size.customers), date, due, reference: String(start + i), paid: gross - open, open, gross, net, vat: gross - net, template: templateInvoiceId });
    }
  })();
}
