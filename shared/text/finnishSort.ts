// Sort keys for lists in Finnish alphabetical order (SFS 4600): … X Y Z Å Ä Ö. The search folding
// (fold.ts) makes "Äijälä" an "aijala" — right for finding, wrong for a list, where a Finnish
// clerk looks for Ä after Z. Here å, ä and ö become characters that sort after z, æ sorts as ä and
// ø as ö, ü as y; every other accent is dropped (é = e, š = s) and case is ignored. Keys compare
// with SQLite's default binary order, so an index on them serves ORDER BY directly.
import { fold } from './fold';

const AFTER_Z: Record<string, string> = { å: '{', ä: '|', æ: '|', ö: '}', ø: '}', ü: 'y' };

export function finnishSortKey(text: string): string {
  let key = '';
  for (const ch of text.normalize('NFC').toLowerCase()) key += AFTER_Z[ch] ?? fold(ch);
  return key;
}
