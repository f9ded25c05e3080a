// The disclosures register's recipients get a postal address and a business ID (issue #16 §3):
// Art. 19 letters to a collection agency or an accounting firm must reach it in a window envelope.
// One row per recipient name (compared folded: case and spacing ignored), because the same
// recipient receives data many times; disclosures keep naming their recipient as written then.
export default `
CREATE TABLE recipient_addresses (
  name_key TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  business_id TEXT NOT NULL DEFAULT '',
  street TEXT NOT NULL,
  postal_code TEXT NOT NULL,
  city TEXT NOT NULL,
  country TEXT NOT NULL DEFAULT 'FI',
  updated_at TEXT NOT NULL,
  updated_by INTEGER REFERENCES users(id)
) WITHOUT ROWID;
`;
