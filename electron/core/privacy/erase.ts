// Erasing a person: everything the law does not require goes, irreversibly. The customer row
// stays only as a tombstone (no personal data) because orders and retained invoices point at it;
// issued invoices inside the Accounting Act retention keep their buyer data, marked with the date
// it will be purged. Deleted rows are zeroed on their pages (secure_delete) and the WAL is
// checkpointed afterwards, so the erased values do not linger in the file.
import type { Db } from '../store/database';
import { appendEvent, intakeHash } from './privacyLog';
import { retainUntil } from './erasureBlockers';
import { REDACTED } from '../../../shared/privacy/redacted';

export interface ErasureOutcome {
  erased: string[];
  kept: { what: string; basis: string; until: string }[];
}


export function eraseCustomer(db: Db, customerId: number, o: { kind: 'full' | 'partial' | 'purge'; erasureId: number; at: string; userId: number | null; today: string }): ErasureOutcome {
  const kept: ErasureOutcome['kept'] = [];

  // Invoices: drafts go; issued ones keep (within retention) or lose (after it) their buyer data.
  db.prepare(`UPDATE orders SET invoice_id = NULL WHERE invoice_id IN (SELECT id FROM invoices WHERE customer_id = ? AND state = 'draft')`).run(customerId);
  db.prepare(`DELETE FROM invoices WHERE customer_id = ? AND state = 'draft'`).run(customerId);
  const issued = db.prepare(`SELECT id, number, invoice_date FROM invoices WHERE customer_id = ? AND state = 'issued' AND buyer IS NOT NULL`).all(customerId) as {
    id: number;
    number: number;
    invoice_date: string;
  }[];
  for (const inv of issued) {
    const until = retainUntil(inv.invoice_date);
    if (until >= o.today) {
      db.prepare('UPDATE invoices SET buyer_retained_until = ? WHERE id = ?').run(until, inv.id);
      kept.push({ what: `invoice ${inv.number}`, basis: 'accounting', until });
    } else {
      db.prepare(`UPDATE invoices SET buyer = NULL, buyer_name = '' WHERE id = ?`).run(inv.id);
    }
  }

  // Orders: the ones that are no accounting record go; the rest keep no free text about the person.
  db.prepare(
    `DELETE FROM orders WHERE customer_id = ? AND status IN ('open', 'cancelled') AND id NOT IN (SELECT order_id FROM invoice_lines WHERE order_id IS NOT NULL)`,
  ).run(customerId);
  db.prepare(`UPDATE orders SET note = '' WHERE customer_id = ?`).run(customerId);

  // Privacy requests of the person: the log keeps the facts (types, dates, decisions), not them.
  const requests = db.prepare('SELECT id FROM privacy_requests WHERE customer_id = ?').all(customerId) as { id: number }[];
  for (const { id } of requests) {
    db.prepare(`UPDATE privacy_requests SET requester_name = ?, requester_address = '', requester_email = '', details = '', identity_note = '' WHERE id = ?`).run(REDACTED, id);
    db.prepare('DELETE FROM privacy_attachments WHERE request_id = ?').run(id);
    db.prepare(`UPDATE privacy_documents SET data = x'', redacted_at = ? WHERE request_id = ?`).run(o.at, id);
    appendEvent(db, { at: o.at, requestId: id, event: 'redacted', userId: o.userId, details: { erasureId: o.erasureId, intakeHash: intakeHash(db, id) } });
  }

  // The person: sources, history, contact roles, search terms, holds — and the row's own fields.
  for (const table of ['customer_terms', 'customer_sources', 'field_history', 'organization_contacts', 'legal_holds']) {
    db.prepare(`DELETE FROM ${table} WHERE customer_id = ?`).run(customerId);
  }
  db.prepare(
    `UPDATE customers SET first_name = '', last_name = '', email = '', phone = '', street = '', postal_code = '', city = '', country = 'FI',
       organization_id = NULL, restriction_reason = NULL, restriction_date = NULL, restricted_by = NULL, name_key = '', city_key = '',
       ban_direct_advertising = 0, ban_distance_selling = 0, ban_direct_marketing = 0, ban_market_research = 0, ban_publication = 0, ban_disclosure = 0,
       relationship_end = coalesce(relationship_end, ?), erased_at = ?, erasure_id = ?, updated_at = ?
     WHERE id = ?`,
  ).run(o.today, o.at, o.erasureId, o.at, customerId);

  const erased = ['identity', 'contact', 'organisation', 'sources', 'history', 'prohibitions', 'requests', 'scans', 'orders'];
  return { erased, kept };
}

/** After an erasure: fold the WAL into the database and empty it, so no old page copy remains. */
export function flushErasure(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
