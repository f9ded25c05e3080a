// Customers, organisations, data sources, contact-person roles, field history, search terms.
export default `
CREATE TABLE organizations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  business_id TEXT,
  street TEXT NOT NULL DEFAULT '',
  postal_code TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT 'FI',
  name_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX organizations_business_id ON organizations(business_id) WHERE business_id IS NOT NULL;
CREATE INDEX organizations_name ON organizations(name_key);

CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  customer_number INTEGER NOT NULL UNIQUE,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  street TEXT NOT NULL DEFAULT '',
  postal_code TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT 'FI',
  language TEXT NOT NULL DEFAULT 'fi' CHECK (language IN ('fi', 'en')),
  organization_id INTEGER REFERENCES organizations(id),
  relationship_start TEXT NOT NULL,
  relationship_end TEXT,
  ban_direct_advertising INTEGER NOT NULL DEFAULT 0,
  ban_distance_selling INTEGER NOT NULL DEFAULT 0,
  ban_direct_marketing INTEGER NOT NULL DEFAULT 0,
  ban_market_research INTEGER NOT NULL DEFAULT 0,
  ban_publication INTEGER NOT NULL DEFAULT 0,
  ban_disclosure INTEGER NOT NULL DEFAULT 0,
  restriction_reason TEXT,
  restriction_date TEXT,
  restricted_by INTEGER REFERENCES users(id),
  name_key TEXT NOT NULL,
  city_key TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id),
  updated_at TEXT NOT NULL
);
CREATE INDEX customers_name ON customers(name_key);
CREATE INDEX customers_city ON customers(city_key, name_key);
CREATE INDEX customers_created ON customers(created_at);
CREATE INDEX customers_email ON customers(email) WHERE email <> '';
CREATE INDEX customers_phone ON customers(phone) WHERE phone <> '';
CREATE INDEX customers_postal ON customers(postal_code, name_key);
CREATE INDEX customers_organization ON customers(organization_id);

CREATE TABLE customer_sources (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  date TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX customer_sources_customer ON customer_sources(customer_id);

CREATE TABLE organization_contacts (
  id INTEGER PRIMARY KEY,
  organization_id INTEGER NOT NULL REFERENCES organizations(id),
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  start_date TEXT NOT NULL,
  end_date TEXT
);
CREATE INDEX organization_contacts_org ON organization_contacts(organization_id);
CREATE INDEX organization_contacts_customer ON organization_contacts(customer_id);

CREATE TABLE field_history (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT,
  at TEXT NOT NULL,
  user_id INTEGER REFERENCES users(id),
  reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX field_history_customer ON field_history(customer_id, id);

CREATE TABLE customer_merges (
  id INTEGER PRIMARY KEY,
  survivor_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  merged_customer_number INTEGER NOT NULL,
  at TEXT NOT NULL,
  user_id INTEGER REFERENCES users(id)
);

-- Search terms: folded words with a kind (its rank), searched by prefix through the primary key.
-- kind: 1 last name, 2 first name, 3 email, 4 phone suffix, 5 organisation, 6 email domain
CREATE TABLE customer_terms (
  kind INTEGER NOT NULL,
  term TEXT NOT NULL,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  PRIMARY KEY (kind, term, customer_id)
) WITHOUT ROWID;
CREATE INDEX customer_terms_customer ON customer_terms(customer_id);

CREATE TABLE user_preferences (
  user_id INTEGER NOT NULL REFERENCES users(id),
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (user_id, key)
);
`;
