// Organisations and their contact persons (customers, with the period they are active contacts).
import type { Organization, OrganizationFields, OrganizationSummary } from '../../../shared/api/organizations';
import { helsinkiDate } from '../../../shared/format/dates';
import { normalizeBusinessId } from '../../../shared/finnish/businessId';
import { fold } from '../../../shared/text/fold';
import { vatNumberFromBusinessId } from '../../../shared/finnish/vatNumber';
import type { Db } from '../store/database';
import { refreshTerms } from '../customers/customersRepo';

interface Raw {
  id: number;
  name: string;
  business_id: string | null;
  street: string;
  postal_code: string;
  city: string;
  country: string;
  vat_number: string;
  einvoice_address: string;
  einvoice_operator: string;
  created_at: string;
  updated_at: string;
}

/** An active contact period on @today, of organisation `org` (an SQL expression). */
const activeContactOf = (org: string) => `oc.organization_id = ${org} AND oc.start_date <= @today AND (oc.end_date IS NULL OR oc.end_date >= @today)`;

/** Everyone who represents organisation `org` today: the customers joined to it on their own form,
 * and its active contact persons — a contact person represents the organisation even when their
 * customer record names no organisation (the card said "0 represent" beside one contact). */
const representativesOf = (org: string) =>
  `(SELECT count(*) FROM customers c WHERE c.organization_id = ${org}
     OR c.id IN (SELECT oc.customer_id FROM organization_contacts oc WHERE ${activeContactOf(org)}))`;

export function loadOrganization(db: Db, id: number): Organization | undefined {
  const r = db.prepare('SELECT * FROM organizations WHERE id = ?').get(id) as Raw | undefined;
  if (!r) return undefined;
  const today = helsinkiDate();
  const contacts = (
    db
      .prepare(
        `SELECT oc.id, oc.customer_id AS customerId, c.customer_number AS customerNumber, c.first_name || ' ' || c.last_name AS name,
                oc.start_date AS startDate, oc.end_date AS endDate
         FROM organization_contacts oc JOIN customers c ON c.id = oc.customer_id WHERE oc.organization_id = ? ORDER BY oc.start_date DESC, oc.id`,
      )
      .all(id) as Omit<Organization['contacts'][number], 'active'>[]
  ).map((c) => ({ ...c, active: c.startDate <= today && (c.endDate === null || c.endDate >= today) }));
  const memberCount = (db.prepare(`SELECT ${representativesOf('@id')} AS n`).get({ id, today }) as { n: number }).n;
  return {
    id: r.id,
    name: r.name,
    businessId: r.business_id ?? '',
    street: r.street,
    postalCode: r.postal_code,
    city: r.city,
    country: r.country,
    vatNumber: r.vat_number,
    effectiveVatNumber: effectiveVatNumber(r.vat_number, r.country, r.business_id ?? ''),
    einvoiceAddress: r.einvoice_address,
    einvoiceOperator: r.einvoice_operator,
    contacts,
    memberCount,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The VAT number printed for an organisation: the one entered, else a Finnish one from the Y-tunnus (vero.fi). */
export function effectiveVatNumber(vatNumber: string, country: string, businessId: string): string {
  if (vatNumber !== '') return vatNumber;
  return country === 'FI' ? vatNumberFromBusinessId(businessId) : '';
}

export function businessIdOwner(db: Db, businessId: string): number | undefined {
  return (db.prepare('SELECT id FROM organizations WHERE business_id = ?').get(businessId) as { id: number } | undefined)?.id;
}

export function insertOrganization(
  db: Db,
  o: Omit<OrganizationFields, 'vatNumber' | 'einvoiceAddress' | 'einvoiceOperator'> & { vatNumber?: string; einvoiceAddress?: string; einvoiceOperator?: string },
  at: string,
): number {
  const info = db
    .prepare(
      'INSERT INTO organizations (name, business_id, street, postal_code, city, country, vat_number, einvoice_address, einvoice_operator, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(o.name, o.businessId || null, o.street, o.postalCode, o.city, o.country, o.vatNumber ?? '', o.einvoiceAddress ?? '', o.einvoiceOperator ?? '', fold(o.name), at, at);
  return Number(info.lastInsertRowid);
}

export function updateOrganization(db: Db, id: number, o: OrganizationFields, at: string): void {
  const before = db.prepare('SELECT name FROM organizations WHERE id = ?').get(id) as { name: string };
  db.prepare(
    'UPDATE organizations SET name = ?, business_id = ?, street = ?, postal_code = ?, city = ?, country = ?, vat_number = ?, einvoice_address = ?, einvoice_operator = ?, name_key = ?, updated_at = ? WHERE id = ?',
  ).run(
    o.name,
    o.businessId || null,
    o.street,
    o.postalCode,
    o.city,
    o.country,
    o.vatNumber ?? '',
    o.einvoiceAddress ?? '',
    o.einvoiceOperator ?? '',
    fold(o.name),
    at,
    id,
  );
  // The organisation's name is a search term of the people who represent it.
  if (before.name !== o.name) {
    for (const { id: cid } of db.prepare('SELECT id FROM customers WHERE organization_id = ?').all(id) as { id: number }[]) refreshTerms(db, cid);
  }
}

/** For the import: the organisation with this business ID or name, created if there is none. */
export function ensureOrganizationByName(db: Db, name: string, businessId: string, at: string): number {
  const bid = businessId ? normalizeBusinessId(businessId) : null;
  if (bid) {
    const owner = businessIdOwner(db, bid);
    if (owner) return owner;
  }
  const byName = db.prepare('SELECT id FROM organizations WHERE name_key = ? LIMIT 1').get(fold(name.trim())) as { id: number } | undefined;
  if (byName) return byName.id;
  return insertOrganization(db, { name: name.trim(), businessId: bid ?? '', street: '', postalCode: '', city: '', country: 'FI', vatNumber: '' }, at);
}

export function listOrganizations(db: Db, query: string, limit: number): OrganizationSummary[] {
  const q = fold(query.trim());
  const today = helsinkiDate();
  return db
    .prepare(
      `SELECT o.id, o.name, coalesce(o.business_id, '') AS businessId, o.city,
         ${representativesOf('o.id')} AS memberCount,
         (SELECT count(*) FROM organization_contacts oc WHERE ${activeContactOf('o.id')}) AS activeContacts
       FROM organizations o
       WHERE @q = '' OR o.name_key >= @q AND o.name_key < @qEnd OR o.name_key LIKE @qAny OR o.business_id LIKE @bid
       ORDER BY o.name_key LIMIT @limit`,
    )
    .all({ today, q, qEnd: `${q}\uffff`, qAny: `%${q}%`, bid: `${query.trim()}%`, limit }) as OrganizationSummary[];
}
