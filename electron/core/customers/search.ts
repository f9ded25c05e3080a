// customers.search: one box for name, email, phone (any formatting), customer number or
// organisation. Ranked: customer number, last name, first name, email, phone, organisation,
// email domain; within a kind the closest term first (an exact word sorts before its extensions).
import type { SearchHit } from '../../../shared/api/customers';
import { fold, foldedNameWords } from '../../../shared/text/fold';
import type { Db } from '../store/database';
import { phoneSearchDigits, TERM_KIND } from './searchTerms';
import { summariesByIds } from './customersRepo';

const KIND_NAMES: Record<number, SearchHit['matchedOn']> = {
  [TERM_KIND.lastName]: 'lastName',
  [TERM_KIND.firstName]: 'firstName',
  [TERM_KIND.email]: 'email',
  [TERM_KIND.phone]: 'phone',
  [TERM_KIND.organization]: 'organization',
  [TERM_KIND.emailDomain]: 'email',
};
const TEXT_KINDS = [TERM_KIND.lastName, TERM_KIND.firstName, TERM_KIND.email, TERM_KIND.organization, TERM_KIND.emailDomain];
const UPPER = '\uffff';

export function searchCustomers(db: Db, query: string, limit: number): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  const ranked = new Map<number, SearchHit['matchedOn']>();
  const byPrefix = db.prepare('SELECT customer_id AS id FROM customer_terms WHERE kind = ? AND term >= ? AND term < ? ORDER BY term');
  // Read lazily until `max` different customers are found: one customer can match through several
  // terms (two phone suffixes, say), so a LIMIT on terms would return fewer customers than asked.
  const take = (kind: number, prefix: string, max: number) => {
    if (ranked.size >= max) return;
    for (const r of byPrefix.iterate(kind, prefix, prefix + UPPER) as IterableIterator<{ id: number }>) {
      if (!ranked.has(r.id)) ranked.set(r.id, KIND_NAMES[kind]!);
      if (ranked.size >= max) return; // leaving the loop closes the statement's cursor
    }
  };

  if (/^[+(\d][\d\s\-()./]*$/.test(q) && /\d/.test(q)) {
    // Digits: a customer number, or a fragment of a phone number in any formatting.
    const digits = q.replace(/\D/g, '');
    // An erased person's tombstone keeps its number (orders point at it) but is nobody to find.
    const byNumber = db.prepare('SELECT id FROM customers WHERE customer_number = ? AND erased_at IS NULL').get(Number(digits)) as { id: number } | undefined;
    if (byNumber && digits.length <= 15) ranked.set(byNumber.id, 'number');
    const phone = phoneSearchDigits(q);
    if (phone.length >= 3) take(TERM_KIND.phone, phone, limit);
    return summariesByIds(db, [...ranked.keys()].slice(0, limit)).map((s) => ({ ...s, matchedOn: ranked.get(s.id)! }));
  }

  // Something like an email address or a domain: matched as one term.
  if (!/\s/.test(q) && /[@.]/.test(q)) {
    const term = fold(q);
    take(TERM_KIND.email, term, limit);
    take(TERM_KIND.emailDomain, term, limit);
    if (ranked.size > 0) return summariesByIds(db, [...ranked.keys()]).map((s) => ({ ...s, matchedOn: ranked.get(s.id)! }));
  }
  const words = foldedNameWords(q);
  if (words.length === 0) return [];
  if (words.length === 1) {
    const [w] = words as [string];
    for (const kind of TEXT_KINDS) {
      if (ranked.size >= limit) break;
      take(kind, w, limit);
    }
  } else {
    // Several words ("maija mäki"): candidates for the longest word, kept if every other word
    // prefixes one of the candidate's terms.
    const sorted = [...words].sort((a, b) => b.length - a.length);
    const [first, ...rest] = sorted as [string, ...string[]];
    const candidates = new Map<number, SearchHit['matchedOn']>();
    const firstTerms = db.prepare('SELECT customer_id AS id FROM customer_terms WHERE kind = ? AND term >= ? AND term < ? ORDER BY term LIMIT 5000');
    for (const kind of TEXT_KINDS) {
      for (const r of firstTerms.all(kind, first, first + UPPER) as { id: number }[]) if (!candidates.has(r.id)) candidates.set(r.id, KIND_NAMES[kind]!);
    }
    const hasPrefix = db.prepare('SELECT 1 FROM customer_terms WHERE customer_id = ? AND substr(term, 1, ?) = ? LIMIT 1');
    for (const [id, kind] of candidates) {
      if (ranked.size >= limit) break;
      if (rest.every((w) => hasPrefix.get(id, w.length, w))) ranked.set(id, kind);
    }
  }
  return summariesByIds(db, [...ranked.keys()]).map((s) => ({ ...s, matchedOn: ranked.get(s.id)! }));
}
