// The customers table and its satellites. Personal values stay inside the encrypted database;
// what leaves this module for the audit log is ids and field names only.
import type { Customer, CustomerFields, CustomerSummary, HistoryEntry, Prohibitions, SourceEntry } from '../../../shared/api/customers';
import { PROHIBITIONS } from '../../../shared/api/customers';
import { finnishSortKey } from '../../../shared/text/finnishSort';
import { helsinkiDate } from '../../../shared/format/dates';
import type { Db } from '../store/database';
import { replaceTerms } from './searchTerms';

export const BAN_COLUMNS: Record<keyof Prohibitions, string> = {
  directAdvertising: 'ban_direct_advertising',
  distanceSelling: 'ban_distance_selling',
  directMarketing: 'ban_direct_marketing',
  marketResearch: 'ban_market_research',
  publication: 'ban_publication',
  disclosure: 'ban_disclosure',
};

/** Field -> column, for the editable personal fields whose changes are kept in the history. */
export const FIELD_COLUMNS: Record<keyof CustomerFields, string> = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  phone: 'phone',
  street: 'street',
  postalCode: 'postal_code',
  city: 'city',
  country: 'country',
  language: 'language',
  organizationId: 'organization_id',
  relationshipStart: 'relationship_start',
  relationshipEnd: 'relationship_end',
};

export interface CustomerRow {
  id: number;
  customer_number: number;
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  street: string;
  postal_code: string;
  city: string;
  country: string;
  language: 'fi' | 'en';
  organization_id: number | null;
  relationship_start: string;
  relationship_end: string | null;
  restriction_reason: string | null;
  restriction_date: string | null;
  restricted_by: number | null;
  erased_at?: string | null;
  created_at: string;
  updated_at: string;
  [ban: string]: unknown;
}

/** What a letter or a label needs of a customer: the name and the postal address in their language. */
export type CustomerPostalRow = Pick<CustomerRow, 'first_name' | 'last_name' | 'street' | 'postal_code' | 'city' | 'country' | 'language'>;

/** The list's sort keys: Finnish alphabetical order (… Z Å Ä Ö), see shared/text/finnishSort.ts. */
export const nameKey = (lastName: string, firstName: string) => `${finnishSortKey(lastName)} ${finnishSortKey(firstName)}`;
export const cityKey = (city: string) => finnishSortKey(city);

export function getRow(db: Db, id: number): CustomerRow | undefined {
  return db.prepare('SELECT * FROM customers WHERE id = ?').get(id) as CustomerRow | undefined;
}

export function fieldsOf(r: CustomerRow): CustomerFields {
  return {
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    phone: r.phone,
    street: r.street,
    postalCode: r.postal_code,
    city: r.city,
    country: r.country,
    language: r.language,
    organizationId: r.organization_id,
    relationshipStart: r.relationship_start,
    relationshipEnd: r.relationship_end,
  };
}

export function prohibitionsOf(r: CustomerRow): Prohibitions {
  return Object.fromEntries(PROHIBITIONS.map((p) => [p, r[BAN_COLUMNS[p]] === 1])) as Prohibitions;
}

export function organizationName(db: Db, id: number | null): string | null {
  if (id === null) return null;
  return (db.prepare('SELECT name FROM organizations WHERE id = ?').get(id) as { name: string } | undefined)?.name ?? null;
}

export function loadCustomer(db: Db, id: number): Customer | undefined {
  const r = getRow(db, id);
  if (!r || r.erased_at) return undefined; // an erased person's tombstone is no customer card
  const org = r.organization_id
    ? (db.prepare('SELECT id, name, business_id AS businessId FROM organizations WHERE id = ?').get(r.organization_id) as Customer['organization'])
    : null;
  const sources = db.prepare('SELECT id, source, date, note FROM customer_sources WHERE customer_id = ? ORDER BY date, id').all(id) as Customer['sources'];
  const today = helsinkiDate();
  const contactRoles = (
    db
      .prepare(
        `SELECT oc.organization_id AS organizationId, o.name AS organizationName, oc.start_date AS startDate, oc.end_date AS endDate
         FROM organization_contacts oc JOIN organizations o ON o.id = oc.organization_id WHERE oc.customer_id = ? ORDER BY oc.start_date`,
      )
      .all(id) as Omit<Customer['contactRoles'][number], 'active'>[]
  ).map((c) => ({ ...c, active: c.startDate <= today && (c.endDate === null || c.endDate >= today) }));
  const restrictedBy = r.restricted_by ? (db.prepare('SELECT full_name FROM users WHERE id = ?').get(r.restricted_by) as { full_name: string } | undefined) : undefined;
  return {
    id: r.id,
    customerNumber: r.customer_number,
    ...fieldsOf(r),
    organization: org ?? null,
    sources,
    prohibitions: prohibitionsOf(r),
    restriction:
      r.restriction_reason !== null && r.restriction_date !== null
        ? { reason: r.restriction_reason, date: r.restriction_date, byUserId: r.restricted_by ?? 0, byName: restrictedBy?.full_name ?? '' }
        : null,
    contactRoles,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const SUMMARY_SELECT = `SELECT c.id, c.customer_number AS customerNumber, c.first_name AS firstName, c.last_name AS lastName,
  c.email, c.phone, c.city, o.name AS organizationName, (c.restriction_date IS NOT NULL) AS restricted
  FROM customers c LEFT JOIN organizations o ON o.id = c.organization_id`;

type SummaryRow = Omit<CustomerSummary, 'restricted'> & { restricted: number };

function toSummary(r: SummaryRow): CustomerSummary {
  return { ...r, restricted: r.restricted === 1 };
}

/** Summaries in the order of the ids given. */
export function summariesByIds(db: Db, ids: number[]): CustomerSummary[] {
  if (ids.length === 0) return [];
  const rows = db.prepare(`${SUMMARY_SELECT} WHERE c.id IN (${ids.map(() => '?').join(',')})`).all(...ids) as SummaryRow[];
  const byId = new Map(rows.map((r) => [r.id, toSummary(r)]));
  return ids.map((id) => byId.get(id)).filter((s): s is CustomerSummary => s !== undefined);
}

const SORT_SQL: Record<string, string> = {
  name: 'c.name_key',
  number: 'c.customer_number',
  city: 'c.city_key, c.name_key',
  created: 'c.created_at',
};
/** The live-customers index in each order (migration 0011); named, as the planner otherwise picks
 * the erased_at index and sorts all 100 000 rows for every page. */
const SORT_INDEX: Record<string, string> = {
  name: 'customers_live_name',
  number: 'customers_live_number',
  city: 'customers_live_city',
  created: 'customers_live_created',
};

export function listCustomers(db: Db, sort: string, descending: boolean, offset: number, limit: number) {
  const order = SORT_SQL[sort]!.split(', ').map((col) => `${col} ${descending ? 'DESC' : 'ASC'}`).join(', ');
  // The page's ids come from a live-customers index alone (migration 0011); only those rows are read.
  const page = `SELECT c.id FROM customers c INDEXED BY ${SORT_INDEX[sort]!} WHERE c.erased_at IS NULL ORDER BY ${order}, c.id ${descending ? 'DESC' : 'ASC'} LIMIT ? OFFSET ?`;
  const rows = db.prepare(`${SUMMARY_SELECT} WHERE c.id IN (${page}) ORDER BY ${order}, c.id ${descending ? 'DESC' : 'ASC'}`).all(limit, offset) as SummaryRow[];
  const total = (db.prepare('SELECT count(*) AS n FROM customers WHERE erased_at IS NULL').get() as { n: number }).n;
  return { total, rows: rows.map(toSummary) };
}

export function nextCustomerNumber(db: Db): number {
  const row = db.prepare('SELECT max(customer_number) AS n FROM customers').get() as { n: number | null };
  return (row.n ?? 1000) + 1;
}

export function insertCustomer(db: Db, c: CustomerFields, prohibitions: Prohibitions, by: number | null, at: string, customerNumber = nextCustomerNumber(db)): number {
  const cols = { ...columnValues(c), ...banValues(prohibitions) };
  const names = Object.keys(cols);
  const info = db
    .prepare(
      `INSERT INTO customers (customer_number, ${names.join(', ')}, name_key, city_key, created_at, created_by, updated_at)
       VALUES (?, ${names.map(() => '?').join(', ')}, ?, ?, ?, ?, ?)`,
    )
    .run(customerNumber, ...Object.values(cols), nameKey(c.lastName, c.firstName), cityKey(c.city), at, by, at);
  const id = Number(info.lastInsertRowid);
  refreshTerms(db, id);
  return id;
}

function columnValues(c: CustomerFields): Record<string, unknown> {
  return Object.fromEntries(Object.entries(FIELD_COLUMNS).map(([field, col]) => [col, c[field as keyof CustomerFields] ?? null]));
}

function banValues(p: Prohibitions): Record<string, number> {
  return Object.fromEntries(PROHIBITIONS.map((k) => [BAN_COLUMNS[k], p[k] ? 1 : 0]));
}

export function refreshTerms(db: Db, id: number): void {
  const r = getRow(db, id)!;
  replaceTerms(db, id, { firstName: r.first_name, lastName: r.last_name, email: r.email, phone: r.phone, organizationName: organizationName(db, r.organization_id) });
}

/** Writes the changed fields with one history row each; returns the names of the fields changed. */
export function updateFields(db: Db, id: number, next: CustomerFields, by: number, at: string, reason: string): string[] {
  const before = fieldsOf(getRow(db, id)!);
  const changed = (Object.keys(FIELD_COLUMNS) as (keyof CustomerFields)[]).filter((k) => (before[k] ?? null) !== (next[k] ?? null));
  if (changed.length === 0) return [];
  const show = (k: keyof CustomerFields, v: unknown) => {
    if (v === null || v === undefined || v === '') return null;
    if (k === 'organizationId') return `${organizationName(db, v as number) ?? ''} (#${v})`;
    return String(v);
  };
  const history = db.prepare('INSERT INTO field_history (customer_id, field, old_value, new_value, at, user_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const k of changed) history.run(id, k, show(k, before[k]), show(k, next[k]), at, by, reason);
  db.prepare(
    `UPDATE customers SET ${changed.map((k) => `${FIELD_COLUMNS[k]} = ?`).join(', ')}, name_key = ?, city_key = ?, updated_at = ? WHERE id = ?`,
  ).run(...changed.map((k) => next[k] ?? null), nameKey(next.lastName, next.firstName), cityKey(next.city), at, id);
  refreshTerms(db, id);
  return changed;
}

export function setProhibitions(db: Db, id: number, next: Prohibitions, by: number, at: string, reason: string): string[] {
  const before = prohibitionsOf(getRow(db, id)!);
  const changed = PROHIBITIONS.filter((p) => before[p] !== next[p]);
  const history = db.prepare('INSERT INTO field_history (customer_id, field, old_value, new_value, at, user_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const p of changed) {
    history.run(id, `prohibition.${p}`, before[p] ? 'yes' : 'no', next[p] ? 'yes' : 'no', at, by, reason);
    db.prepare(`UPDATE customers SET ${BAN_COLUMNS[p]} = ?, updated_at = ? WHERE id = ?`).run(next[p] ? 1 : 0, at, id);
  }
  return changed;
}

export function setRestriction(db: Db, id: number, restricted: boolean, reason: string, by: number, at: string): void {
  const before = getRow(db, id)!;
  const date = helsinkiDate(new Date(at));
  db.prepare('INSERT INTO field_history (customer_id, field, old_value, new_value, at, user_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id,
    'restriction',
    before.restriction_date ? before.restriction_reason : null,
    restricted ? reason : null,
    at,
    by,
    reason,
  );
  if (restricted) db.prepare('UPDATE customers SET restriction_reason = ?, restriction_date = ?, restricted_by = ?, updated_at = ? WHERE id = ?').run(reason, date, by, at, id);
  else db.prepare('UPDATE customers SET restriction_reason = NULL, restriction_date = NULL, restricted_by = NULL, updated_at = ? WHERE id = ?').run(at, id);
}

export function addSource(db: Db, id: number, s: SourceEntry): void {
  db.prepare('INSERT INTO customer_sources (customer_id, source, date, note) VALUES (?, ?, ?, ?)').run(id, s.source, s.date, s.note);
}

export function history(db: Db, id: number): HistoryEntry[] {
  return db
    .prepare(
      `SELECT h.id, h.field, h.old_value AS oldValue, h.new_value AS newValue, h.at, h.user_id AS userId, u.full_name AS userName, h.reason
       FROM field_history h LEFT JOIN users u ON u.id = h.user_id WHERE h.customer_id = ? ORDER BY h.id DESC`,
    )
    .all(id) as HistoryEntry[];
}
