// "No silent comeback": a new customer or an imported row whose identifiers match an erased
// person's fingerprints is flagged with the erasure that removed them; the clerk may go on (a new
// customer relationship), and that choice is recorded.
import type { Db } from '../store/database';
import { fingerprints, ledgerKey, type Identifiers } from './fingerprints';

export interface ErasedMatch {
  seq: number;
  number: string;
  at: string;
  requestNumber: string | null;
  matchedOn: string[];
}

export function erasedMatches(db: Db, dataKey: Buffer, id: Identifiers): ErasedMatch[] {
  const fp = fingerprints(ledgerKey(dataKey, 'fingerprint'), id);
  const found = new Map<number, string[]>();
  for (const [kind, value] of Object.entries(fp)) {
    for (const r of db.prepare('SELECT seq FROM erasure_fingerprints WHERE value = ? AND kind = ?').all(value, kind) as { seq: number }[]) {
      found.set(r.seq, [...(found.get(r.seq) ?? []), kind]);
    }
  }
  return [...found].map(([seq, matchedOn]) => {
    const e = JSON.parse((db.prepare('SELECT entry FROM erasure_ledger WHERE seq = ?').get(seq) as { entry: string }).entry) as { number: string; at: string; requestNumber: string | null };
    return { seq, number: e.number, at: e.at, requestNumber: e.requestNumber, matchedOn };
  });
}

export function recordReturn(db: Db, matches: ErasedMatch[], customerId: number, userId: number, at: string, via: 'create' | 'import'): void {
  const insert = db.prepare('INSERT INTO erasure_returns (seq, customer_id, at, user_id, via) VALUES (?, ?, ?, ?, ?)');
  for (const m of matches) insert.run(m.seq, customerId, at, userId, via);
}
