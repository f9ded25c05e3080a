// Recording and listing disclosures. Other capabilities (collection, the accounting export) call
// recordDisclosure inside their own transaction, so the disclosure and its cause land together.
import type { Disclosure, DisclosureInput } from '../../../shared/api/disclosures';
import type { Db } from '../store/database';
import { recipientKey, saveRecipientAddress } from './recipientAddresses';

export function recordDisclosure(db: Db, d: DisclosureInput, by: number | null, at: string): number {
  const info = db
    .prepare('INSERT INTO disclosures (date, recipient, recipient_kind, purpose, data_categories, reference, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(d.date, d.recipient, d.recipientKind, d.purpose, JSON.stringify(d.dataCategories), d.reference, at, by);
  const id = Number(info.lastInsertRowid);
  const link = db.prepare('INSERT OR IGNORE INTO disclosure_customers (disclosure_id, customer_id) VALUES (?, ?)');
  for (const c of d.customerIds) link.run(id, c);
  if (d.recipientAddress) saveRecipientAddress(db, d.recipient, d.recipientAddress, by, at);
  return id;
}

interface Raw {
  id: number;
  date: string;
  recipient: string;
  recipient_kind: Disclosure['recipientKind'];
  purpose: string;
  data_categories: string;
  reference: string;
  created_at: string;
  created_by_name: string | null;
  customer_count: number;
}

const toDisclosure = (r: Raw, addressed: Set<string>): Disclosure => ({
  id: r.id,
  date: r.date,
  recipient: r.recipient,
  recipientKind: r.recipient_kind,
  purpose: r.purpose,
  dataCategories: JSON.parse(r.data_categories) as Disclosure['dataCategories'],
  reference: r.reference,
  customerCount: r.customer_count,
  createdAt: r.created_at,
  createdByName: r.created_by_name,
  hasAddress: addressed.has(recipientKey(r.recipient)),
});

export function listDisclosures(db: Db, q: { customerId?: number | undefined; from?: string | undefined; to?: string | undefined; limit: number }): Disclosure[] {
  const addressed = new Set((db.prepare('SELECT name_key AS k FROM recipient_addresses').all() as { k: string }[]).map((r) => r.k));
  return (
    db
      .prepare(
        `SELECT d.*, u.full_name AS created_by_name, (SELECT count(*) FROM disclosure_customers x WHERE x.disclosure_id = d.id) AS customer_count
         FROM disclosures d LEFT JOIN users u ON u.id = d.created_by
         WHERE (@customerId IS NULL OR d.id IN (SELECT disclosure_id FROM disclosure_customers WHERE customer_id = @customerId))
           AND (@from IS NULL OR d.date >= @from) AND (@to IS NULL OR d.date <= @to)
         ORDER BY d.date DESC, d.id DESC LIMIT @limit`,
      )
      .all({ customerId: q.customerId ?? null, from: q.from ?? null, to: q.to ?? null, limit: q.limit }) as Raw[]
  ).map((r) => toDisclosure(r, addressed));
}

export function getDisclosure(db: Db, id: number): Disclosure | undefined {
  return listDisclosures(db, { limit: 1_000_000 }).find((d) => d.id === id);
}
