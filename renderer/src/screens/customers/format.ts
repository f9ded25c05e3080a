// Display helpers for customer data: phone numbers for reading, names in list order.
import type { CustomerSummary } from '../../../../shared/api/customers';

/** Phone numbers for reading: one rule for screens and letters, in shared/format/phone.ts. */
export { formatPhone } from '../../../../shared/format/phone';

/** Names as the list sorts them: "Mäkinen, Maija". */
export function listName(c: Pick<CustomerSummary, 'firstName' | 'lastName'>): string {
  return c.firstName ? `${c.lastName}, ${c.firstName}` : c.lastName;
}

/** Names as they are read: "Maija Mäkinen". */
export function fullName(c: Pick<CustomerSummary, 'firstName' | 'lastName'>): string {
  return [c.firstName, c.lastName].filter(Boolean).join(' ');
}

const collator = new Intl.Collator('fi', { sensitivity: 'base', numeric: true });
export const compareText = (a: string, b: string) => collator.compare(a, b);
