// The search index: each customer's folded words, typed by where they came from. A prefix search
// is then a range scan of one primary-key slice per kind, already in rank order — fast at 100 000
// customers without reading them all. Phone numbers are indexed by every suffix, so any fragment
// of three or more digits is a prefix of one of them.
import { fold, foldedNameWords } from '../../../shared/text/fold';
import type { Db } from '../store/database';

export const TERM_KIND = { lastName: 1, firstName: 2, email: 3, phone: 4, organization: 5, emailDomain: 6 } as const;
export type TermKind = keyof typeof TERM_KIND;

/** Phone digits as a Finn would type them: +358 50 123 -> 050123; other countries without '+'. */
export function phoneSearchDigits(phoneOrFragment: string): string {
  const trimmed = phoneOrFragment.trim();
  let digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+') || trimmed.startsWith('00')) {
    if (trimmed.startsWith('00')) digits = digits.slice(2);
    if (digits.startsWith('358')) digits = `0${digits.slice(3)}`;
  }
  return digits;
}

export interface TermSource {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  organizationName: string | null;
}

export function termsFor(c: TermSource): { kind: number; term: string }[] {
  const out = new Map<string, { kind: number; term: string }>();
  const add = (kind: number, term: string) => {
    if (term) out.set(`${kind}:${term}`, { kind, term });
  };
  const last = foldedNameWords(c.lastName);
  last.forEach((w) => add(TERM_KIND.lastName, w));
  if (last.length > 1) add(TERM_KIND.lastName, last.join('')); // "makipetaja" for Mäki-Petäjä
  foldedNameWords(c.firstName).forEach((w) => add(TERM_KIND.firstName, w));
  if (c.email) {
    const email = fold(c.email);
    add(TERM_KIND.email, email);
    const domain = email.split('@')[1];
    if (domain) add(TERM_KIND.emailDomain, domain);
  }
  if (c.phone) {
    const digits = phoneSearchDigits(c.phone);
    for (let i = 0; i + 3 <= digits.length; i++) add(TERM_KIND.phone, digits.slice(i));
  }
  if (c.organizationName) foldedNameWords(c.organizationName).forEach((w) => add(TERM_KIND.organization, w));
  return [...out.values()];
}

export function replaceTerms(db: Db, customerId: number, c: TermSource): void {
  db.prepare('DELETE FROM customer_terms WHERE customer_id = ?').run(customerId);
  const insert = db.prepare('INSERT OR IGNORE INTO customer_terms (kind, term, customer_id) VALUES (?, ?, ?)');
  for (const t of termsFor(c)) insert.run(t.kind, t.term, customerId);
}
