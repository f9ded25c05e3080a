// Bank payments read in from the bank's camt.054 file (issue #18 §1). Only what was applied is
// kept — never the file, never the payer's name: one row per bank transaction that became a
// payment, keyed by the bank's own references so the same file or entry applied again changes
// nothing. A row whose payment was later cancelled may be applied again (the row is re-pointed).
export default `
CREATE TABLE bank_payment_entries (
  id INTEGER PRIMARY KEY,
  -- The shop's own account the file was about (IBAN as in the file, spaces removed).
  account TEXT NOT NULL,
  -- The bank's archive reference of the entry (AcctSvcrRef, else NtryRef).
  entry_ref TEXT NOT NULL,
  -- The transaction inside a batch entry: its own AcctSvcrRef, else '#<n>' (1-based); '' alone.
  tx_ref TEXT NOT NULL,
  booking_date TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  -- The creditor reference the payer gave (national or RF), as the bank delivered it.
  reference TEXT NOT NULL DEFAULT '',
  payment_id INTEGER NOT NULL REFERENCES payments(id),
  file_sha256 TEXT NOT NULL,
  applied_at TEXT NOT NULL,
  applied_by INTEGER REFERENCES users(id),
  UNIQUE (account, entry_ref, tx_ref)
);
CREATE INDEX bank_payment_entries_payment ON bank_payment_entries(payment_id);
-- A file of thousands of entries looks each one up by its reference, then by exact open amount:
-- without these every lookup would scan ten years of invoices.
CREATE INDEX invoices_reference ON invoices(reference) WHERE state = 'issued' AND kind = 'invoice';
CREATE INDEX invoices_open_amount ON invoices(open_cents) WHERE state = 'issued' AND kind = 'invoice' AND open_cents > 0;
`;
