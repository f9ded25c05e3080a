// The organisation's e-invoice address (OVT identifier or IBAN) and its operator's ID, for
// Finvoice 3.0 messages (issue #18 §2). Empty = the organisation gets paper (or PDF) invoices.
export default `
ALTER TABLE organizations ADD COLUMN einvoice_address TEXT NOT NULL DEFAULT '';
ALTER TABLE organizations ADD COLUMN einvoice_operator TEXT NOT NULL DEFAULT '';
`;
