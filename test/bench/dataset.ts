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
