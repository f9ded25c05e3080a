// Erasure and retention: tombstoned customers, legal holds, the record of every erasure (facts
// only — never the erased person's data), and invoice buyer data that may be purged once the
// Accounting Act's retention has run out.
export default `
ALTER TABLE customers ADD COLUMN erased_at TEXT;
ALTER TABLE customers ADD COLUMN erasure_id INTEGER;
CREATE INDEX customers_live ON customers(erased_at);

ALTER TABLE invoices ADD COLUMN buyer_retained_until TEXT;
ALTER TABLE privacy_documents ADD COLUMN redacted_at TEXT;

CREATE TABLE legal_holds (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  reason TEXT NOT NULL,
  until TEXT,
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id),
  released_at TEXT,
  released_by INTEGER REFERENCES users(id)
);
CREATE INDEX legal_holds_customer ON legal_holds(customer_id);

CREATE TABLE erasures (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('full', 'partial', 'purge')),
  request_id INTEGER REFERENCES privacy_requests(id),
  customer_id INTEGER NOT NULL,
  at TEXT NOT NULL,
  user_id INTEGER REFERENCES users(id),
  erased TEXT NOT NULL,
  kept TEXT NOT NULL,
  certificate_sha256 TEXT,
  verification_code TEXT
);

-- The buyer on an issued invoice stays as issued — except that, once its retention period has
-- run out, it may be cleared (never rewritten).
DROP TRIGGER invoices_number_fixed;
CREATE TRIGGER invoices_number_fixed BEFORE UPDATE OF number, invoice_date, gross_cents, net_cents, vat_cents, seller, reference, due_date ON invoices
  WHEN OLD.state = 'issued'
  BEGIN SELECT RAISE(ABORT, 'issued invoice is read-only'); END;
CREATE TRIGGER invoices_buyer_fixed BEFORE UPDATE OF buyer, buyer_name ON invoices
  WHEN OLD.state = 'issued' AND NOT (NEW.buyer IS NULL AND NEW.buyer_name = '' AND OLD.invoice_date < date('now', 'start of year', '-6 years'))
  BEGIN SELECT RAISE(ABORT, 'issued invoice buyer is kept for the accounting retention period'); END;
`;
