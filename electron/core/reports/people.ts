// Restriction of processing (GDPR Art. 18) in reports: a restricted customer's data may be stored
// but not otherwise processed, yet the shop's books must still add up. So, as the label selection
// leaves such customers out of mailings, a report leaves their NAME out: the row keeps its amounts
// and the invoice number (the bookkeeper's link to the document), the name is '' and the screen,
// PDF and CSV print a neutral placeholder instead. Restriction is read from the customer now, so
// lifting it shows the name again.
import type { Db } from '../store/database';

/** The ids of customers whose processing is restricted now. */
export function restrictedCustomers(db: Db): Set<number> {
  const rows = db.prepare('SELECT id FROM customers WHERE restriction_date IS NOT NULL').pluck().all() as number[];
  return new Set(rows);
}

/** The name as a report may show it: '' (the placeholder) for a restricted customer. */
export function shownName(name: string, restricted: boolean): string {
  return restricted ? '' : name;
}
