// Recipients' postal addresses, kept once per recipient name. A name is compared folded (case and
// runs of spaces ignored) so "Perintä Oy" and "perintä  oy" are one recipient; the disclosure keeps
// the name as it was written.
import type { RecipientAddress, RecipientEntry } from '../../../shared/api/disclosures';
import type { Db } from '../store/database';

export const recipientKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');

interface Row {
  name: string;
  business_id: string;
  street: string;
  postal_code: string;
  city: string;
  country: string;
}

const toAddress = (r: Row): RecipientAddress => ({ businessId: r.business_id, street: r.street, postalCode: r.postal_code, city: r.city, country: r.country });

export function recipientAddress(db: Db, name: string): RecipientAddress | null {
  const row = db.prepare('SELECT * FROM recipient_addresses WHERE name_key = ?').get(recipientKey(name)) as Row | undefined;
  return row ? toAddress(row) : null;
}

export function saveRecipientAddress(db: Db, name: string, a: RecipientAddress, by: number | null, at: string): void {
  db.prepare(
    `INSERT INTO recipient_addresses (name_key, name, business_id, street, postal_code, city, country, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (name_key) DO UPDATE SET name = excluded.name, business_id = excluded.business_id, street = excluded.street,
       postal_code = excluded.postal_code, city = excluded.city, country = excluded.country, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(recipientKey(name), name.trim(), a.businessId, a.street, a.postalCode, a.city, a.country, at, by);
}

/** Every recipient the register names, with its address if known: the ones still without one first. */
export function recipientDirectory(db: Db): RecipientEntry[] {
  const named = db.prepare('SELECT recipient, date FROM disclosures ORDER BY date, id').all() as { recipient: string; date: string }[];
  const entries = new Map<string, RecipientEntry>();
  for (const r of db.prepare('SELECT * FROM recipient_addresses').all() as (Row & { name_key: string })[]) {
    entries.set(r.name_key, { recipient: r.name, address: toAddress(r), disclosureCount: 0, lastDate: null });
  }
  for (const d of named) {
    const key = recipientKey(d.recipient);
    const e = entries.get(key) ?? { recipient: d.recipient, address: null, disclosureCount: 0, lastDate: null };
    e.disclosureCount++;
    e.lastDate = d.date;
    entries.set(key, e);
  }
  return [...entries.values()].sort((a, b) => Number(a.address !== null) - Number(b.address !== null) || a.recipient.localeCompare(b.recipient, 'fi'));
}
