// Possible duplicates: the same email, the same phone, or the same name at the same postal code.
import type { DuplicateMatch } from '../../../shared/api/customers';
import { normalizePhone } from '../../../shared/finnish/phone';
import type { Db } from '../store/database';
import { nameKey, summariesByIds } from './customersRepo';

export interface DuplicateProbe {
  email: string;
  phone: string;
  firstName: string;
  lastName: string;
  postalCode: string;
  excludeId?: number;
}

export function findDuplicates(db: Db, p: DuplicateProbe): DuplicateMatch[] {
  const reasons = new Map<number, DuplicateMatch['matchedOn']>();
  const note = (ids: { id: number }[], why: DuplicateMatch['matchedOn'][number]) => {
    for (const { id } of ids) if (id !== p.excludeId) reasons.set(id, [...(reasons.get(id) ?? []), why]);
  };
  const email = p.email.trim().toLowerCase();
  if (email) note(db.prepare(`SELECT id FROM customers WHERE email = ? LIMIT 20`).all(email) as { id: number }[], 'email');
  const phone = p.phone ? normalizePhone(p.phone) : null;
  if (phone) note(db.prepare(`SELECT id FROM customers WHERE phone = ? LIMIT 20`).all(phone) as { id: number }[], 'phone');
  if (p.firstName.trim() && p.lastName.trim() && p.postalCode.trim()) {
    note(
      db.prepare('SELECT id FROM customers WHERE postal_code = ? AND name_key = ? LIMIT 20').all(p.postalCode.trim(), nameKey(p.lastName.trim(), p.firstName.trim())) as { id: number }[],
      'namePostalCode',
    );
  }
  return summariesByIds(db, [...reasons.keys()]).map((s) => ({ ...s, matchedOn: reasons.get(s.id)! }));
}
