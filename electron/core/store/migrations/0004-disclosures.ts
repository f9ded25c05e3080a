// The disclosures register: every time personal data left the shop (accounting partner, debt
// collection, credit check, authority) — who received what, when and why, and about whom.
// Corrections must be notified to these recipients, and the register extract lists them.
export default `
CREATE TABLE disclosures (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  recipient TEXT NOT NULL,
  recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('accounting', 'collection', 'credit_check', 'authority', 'other')),
  purpose TEXT NOT NULL,
  data_categories TEXT NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id)
);
CREATE INDEX disclosures_date ON disclosures(date);

CREATE TABLE disclosure_customers (
  disclosure_id INTEGER NOT NULL REFERENCES disclosures(id) ON DELETE CASCADE,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  PRIMARY KEY (disclosure_id, customer_id)
) WITHOUT ROWID;
CREATE INDEX disclosure_customers_customer ON disclosure_customers(customer_id);
`;
