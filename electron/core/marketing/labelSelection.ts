// Who may receive direct mail: the notice allows mailing labels "unless the customer has
// forbidden it". Left out, always: a direct-advertising or publication prohibition, a processing
// restriction, or no complete postal address.
import type { LabelFilters, LabelPreview } from '../../../shared/api/marketing';
import { fold } from '../../../shared/text/fold';
import type { Db } from '../store/database';
import type { CustomerPostalRow } from '../customers/customersRepo';

export interface LabelRow extends CustomerPostalRow {
  id: number;
  organization: string | null;
  ban_direct_advertising: number;
  ban_publication: number;
  restriction_date: string | null;
}

export type Exclusion = keyof LabelPreview['excluded'] | null;

/** The first reason a customer must not get a label, or null. Order = the reported reason. */
export function exclusion(r: LabelRow): Exclusion {
  if (r.ban_direct_advertising === 1) return 'directAdvertising';
  if (r.ban_publication === 1) return 'publication';
  if (r.restriction_date !== null) return 'restricted';
  if (!r.street.trim() || !r.postal_code.trim() || !r.city.trim()) return 'noAddress';
  return null;
}

export function selectForLabels(db: Db, f: LabelFilters): { preview: LabelPreview; rows: LabelRow[] } {
  const rows = db
    .prepare(
      `SELECT c.id, c.first_name, c.last_name, c.street, c.postal_code, c.city, c.country, c.language, o.name AS organization,
              c.ban_direct_advertising, c.ban_publication, c.restriction_date
       FROM customers c LEFT JOIN organizations o ON o.id = c.organization_id
       WHERE c.erased_at IS NULL AND (@city = '' OR c.city_key = @cityKey)
         AND (@postalFrom = '' OR c.postal_code >= @postalFrom)
         AND (@postalTo = '' OR c.postal_code <= @postalTo)
         AND (@since = '' OR c.relationship_start >= @since)
         AND (@bought = '' OR EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.date >= @bought AND o.status <> 'cancelled'))
       ORDER BY c.postal_code, c.name_key`,
    )
    .all({ city: f.city, cityKey: fold(f.city), postalFrom: f.postalFrom, postalTo: f.postalTo, since: f.customerSince, bought: f.boughtSince }) as LabelRow[];
  const excluded: LabelPreview['excluded'] = { directAdvertising: 0, publication: 0, restricted: 0, noAddress: 0 };
  const included: LabelRow[] = [];
  for (const r of rows) {
    const why = exclusion(r);
    if (why) excluded[why]++;
    else included.push(r);
  }
  return { preview: { selected: rows.length, included: included.length, excluded, sheets: Math.ceil(included.length / 24) }, rows: included };
}
