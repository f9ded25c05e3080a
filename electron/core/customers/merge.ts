// Merging two records of one person: everything that points at the merged customer (orders,
// sources, history, contact roles — found through the schema's foreign keys, so tables added by
// later capabilities move too) is moved to the survivor; fields the survivor lacks are filled
// from the merged record with a history row; the merged record goes, and the merge is recorded.
import type { CustomerFields } from '../../../shared/api/customers';
import { PROHIBITIONS } from '../../../shared/api/customers';
import type { Db } from '../store/database';
import { BAN_COLUMNS, fieldsOf, getRow, refreshTerms, updateFields } from './customersRepo';

/** Tables and columns that reference customers(id), read from the schema itself. */
function referencingColumns(db: Db): { table: string; column: string }[] {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[];
  const out: { table: string; column: string }[] = [];
  for (const { name } of tables) {
    for (const fk of db.prepare(`SELECT * FROM pragma_foreign_key_list(?)`).all(name) as { table: string; from: string }[]) {
      if (fk.table === 'customers' && name !== 'customer_terms') out.push({ table: name, column: fk.from });
    }
  }
  return out;
}

export function mergeCustomers(db: Db, survivorId: number, mergedId: number, by: number, at: string): void {
  const survivor = getRow(db, survivorId)!;
  const merged = getRow(db, mergedId)!;
  const filled: CustomerFields = { ...fieldsOf(survivor) };
  const from = fieldsOf(merged);
  for (const k of Object.keys(filled) as (keyof CustomerFields)[]) {
    if ((filled[k] === '' || filled[k] === null) && from[k] !== '' && from[k] !== null) (filled as Record<string, unknown>)[k] = from[k];
  }
  // The earlier relationship start is the true one.
  if (from.relationshipStart < filled.relationshipStart) filled.relationshipStart = from.relationshipStart;
  updateFields(db, survivorId, filled, by, at, `merge:${merged.customer_number}`);
  // A prohibition given on either record holds for the person.
  for (const p of PROHIBITIONS) {
    if (merged[BAN_COLUMNS[p]] === 1) db.prepare(`UPDATE customers SET ${BAN_COLUMNS[p]} = 1 WHERE id = ?`).run(survivorId);
  }
  if (merged.restriction_date && !survivor.restriction_date) {
    db.prepare('UPDATE customers SET restriction_reason = ?, restriction_date = ?, restricted_by = ? WHERE id = ?').run(
      merged.restriction_reason,
      merged.restriction_date,
      merged.restricted_by,
      survivorId,
    );
  }
  for (const { table, column } of referencingColumns(db)) {
    // OR IGNORE: a link the survivor already has (same disclosure, say) stays once; the rest goes with the merged row.
    db.prepare(`UPDATE OR IGNORE ${table} SET ${column} = ? WHERE ${column} = ?`).run(survivorId, mergedId);
  }
  db.prepare('INSERT INTO customer_merges (survivor_id, merged_customer_number, at, user_id) VALUES (?, ?, ?, ?)').run(survivorId, merged.customer_number, at, by);
  db.prepare('DELETE FROM customers WHERE id = ?').run(mergedId);
  refreshTerms(db, survivorId);
}
