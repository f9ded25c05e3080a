// Whose e-invoice address an invoice goes to: the organisation the invoice was issued to. The
// frozen buyer's business ID finds it even when the contact person has since moved to another
// organisation; without a business ID, the customer's own organisation is used.
import type { Db } from '../store/database';

export interface EinvoiceRecipient {
  organizationId: number;
  address: string;
  operator: string;
}

export function einvoiceRecipient(db: Db, r: { bill_to: string; customer_id: number }, buyerBusinessId: string): EinvoiceRecipient | null {
  if (r.bill_to !== 'organization') return null;
  const row = (
    buyerBusinessId
      ? db.prepare('SELECT id, einvoice_address, einvoice_operator FROM organizations WHERE business_id = ?').get(buyerBusinessId)
      : db.prepare('SELECT o.id, o.einvoice_address, o.einvoice_operator FROM organizations o JOIN customers c ON c.organization_id = o.id WHERE c.id = ?').get(r.customer_id)
  ) as { id: number; einvoice_address: string; einvoice_operator: string } | undefined;
  return row ? { organizationId: row.id, address: row.einvoice_address, operator: row.einvoice_operator } : null;
}
