// Orders, invoices, payments, reminders and the Interest Act's reference rates.
// Money is integer cents, VAT rates basis points, quantities integer thousandths (1,5 kpl = 1500),
// discounts basis points (12,5 % = 1250); dates 'YYYY-MM-DD' (Helsinki), instants ISO UTC.
// Invoice numbers are allocated as max + 1 inside the issuing transaction; the UNIQUE index makes a
// duplicate impossible and numbers are never deleted, so the sequence has no gaps.
export default `
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  date TEXT NOT NULL,
  delivery_date TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('shop', 'web_shop', 'reseller')),
  status TEXT NOT NULL CHECK (status IN ('open', 'paid', 'invoiced', 'cancelled')),
  note TEXT NOT NULL DEFAULT '',
  net_cents INTEGER NOT NULL,
  vat_cents INTEGER NOT NULL,
  gross_cents INTEGER NOT NULL,
  line_count INTEGER NOT NULL,
  invoice_id INTEGER REFERENCES invoices(id),
  paid_date TEXT,
  payment_method TEXT,
  receipt_number INTEGER UNIQUE,
  cancel_reason TEXT,
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id),
  updated_at TEXT NOT NULL
);
CREATE INDEX orders_customer ON orders(customer_id, date DESC, id DESC);
CREATE INDEX orders_status ON orders(status, date DESC, id DESC);
CREATE INDEX orders_date ON orders(date DESC, id DESC);
CREATE INDEX orders_invoice ON orders(invoice_id) WHERE invoice_id IS NOT NULL;

CREATE TABLE order_lines (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  description TEXT NOT NULL,
  quantity_milli INTEGER NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  unit_price_cents INTEGER NOT NULL,
  discount_bp INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000),
  vat_category TEXT,
  vat_rate_bp INTEGER NOT NULL CHECK (vat_rate_bp BETWEEN 0 AND 10000),
  exemption_reason TEXT,
  net_cents INTEGER NOT NULL,
  delivery_date TEXT NOT NULL
);
CREATE INDEX order_lines_order ON order_lines(order_id, position);

CREATE TABLE invoices (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
  state TEXT NOT NULL CHECK (state IN ('draft', 'issued')),
  number INTEGER UNIQUE,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  bill_to TEXT NOT NULL CHECK (bill_to IN ('person', 'organization')),
  debtor_kind TEXT NOT NULL CHECK (debtor_kind IN ('consumer', 'business')),
  language TEXT NOT NULL DEFAULT 'fi',
  invoice_date TEXT,
  delivery_date TEXT NOT NULL,
  payment_term_days INTEGER NOT NULL,
  due_date TEXT,
  effective_due_date TEXT,
  reference TEXT,
  rf_reference TEXT,
  penalty_interest_bp INTEGER,
  your_reference TEXT NOT NULL DEFAULT '',
  our_reference TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  seller TEXT,
  buyer TEXT,
  buyer_name TEXT NOT NULL DEFAULT '',
  credited_invoice_id INTEGER REFERENCES invoices(id),
  credit_reason TEXT NOT NULL DEFAULT '',
  net_cents INTEGER NOT NULL DEFAULT 0,
  vat_cents INTEGER NOT NULL DEFAULT 0,
  gross_cents INTEGER NOT NULL DEFAULT 0,
  paid_cents INTEGER NOT NULL DEFAULT 0,
  credited_cents INTEGER NOT NULL DEFAULT 0,
  charges_cents INTEGER NOT NULL DEFAULT 0,
  open_cents INTEGER NOT NULL DEFAULT 0,
  reminder_count INTEGER NOT NULL DEFAULT 0,
  last_reminder_date TEXT,
  last_fee_reminder_date TEXT,
  compensation_charged INTEGER NOT NULL DEFAULT 0,
  interest_charged_cents INTEGER NOT NULL DEFAULT 0,
  collection_date TEXT,
  collection_agency TEXT,
  collection_disclosure_id INTEGER REFERENCES disclosures(id),
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id),
  updated_at TEXT NOT NULL,
  issued_at TEXT,
  issued_by INTEGER REFERENCES users(id),
  CHECK ((state = 'draft') = (number IS NULL))
);
CREATE INDEX invoices_customer ON invoices(customer_id, id DESC);
CREATE INDEX invoices_date ON invoices(invoice_date, number);
CREATE INDEX invoices_open_due ON invoices(effective_due_date) WHERE state = 'issued' AND open_cents > 0;
CREATE INDEX invoices_collection ON invoices(collection_date) WHERE collection_date IS NOT NULL;
CREATE INDEX invoices_credited ON invoices(credited_invoice_id) WHERE credited_invoice_id IS NOT NULL;
CREATE INDEX invoices_drafts ON invoices(created_at) WHERE state = 'draft';

CREATE TABLE invoice_lines (
  id INTEGER PRIMARY KEY,
  invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  order_id INTEGER REFERENCES orders(id),
  description TEXT NOT NULL,
  quantity_milli INTEGER NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  unit_price_cents INTEGER NOT NULL,
  discount_bp INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000),
  vat_category TEXT,
  vat_rate_bp INTEGER NOT NULL CHECK (vat_rate_bp BETWEEN 0 AND 10000),
  exemption_reason TEXT,
  net_cents INTEGER NOT NULL,
  delivery_date TEXT NOT NULL
);
CREATE INDEX invoice_lines_invoice ON invoice_lines(invoice_id, position);

-- An issued invoice is never edited: its lines cannot change once it has a number.
CREATE TRIGGER invoice_lines_frozen_update BEFORE UPDATE ON invoice_lines
  WHEN (SELECT state FROM invoices WHERE id = OLD.invoice_id) = 'issued'
  BEGIN SELECT RAISE(ABORT, 'issued invoice lines are read-only'); END;
CREATE TRIGGER invoice_lines_frozen_delete BEFORE DELETE ON invoice_lines
  WHEN (SELECT state FROM invoices WHERE id = OLD.invoice_id) = 'issued'
  BEGIN SELECT RAISE(ABORT, 'issued invoice lines are read-only'); END;
CREATE TRIGGER invoice_lines_frozen_insert BEFORE INSERT ON invoice_lines
  WHEN (SELECT state FROM invoices WHERE id = NEW.invoice_id) = 'issued'
  BEGIN SELECT RAISE(ABORT, 'issued invoice lines are read-only'); END;
CREATE TRIGGER invoices_number_fixed BEFORE UPDATE OF number, invoice_date, gross_cents, net_cents, vat_cents, seller, buyer, reference, due_date ON invoices
  WHEN OLD.state = 'issued'
  BEGIN SELECT RAISE(ABORT, 'issued invoice is read-only'); END;
CREATE TRIGGER invoices_no_delete_issued BEFORE DELETE ON invoices
  WHEN OLD.state = 'issued'
  BEGIN SELECT RAISE(ABORT, 'issued invoice cannot be deleted'); END;

CREATE TABLE payments (
  id INTEGER PRIMARY KEY,
  invoice_id INTEGER NOT NULL REFERENCES invoices(id),
  date TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  method TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id),
  cancelled_at TEXT,
  cancelled_by INTEGER REFERENCES users(id),
  cancel_reason TEXT
);
CREATE INDEX payments_invoice ON payments(invoice_id, date);
CREATE INDEX payments_date ON payments(date);

CREATE TABLE reminders (
  id INTEGER PRIMARY KEY,
  invoice_id INTEGER NOT NULL REFERENCES invoices(id),
  sequence INTEGER NOT NULL,
  date TEXT NOT NULL,
  principal_cents INTEGER NOT NULL,
  earlier_charges_cents INTEGER NOT NULL,
  fee_cents INTEGER NOT NULL,
  compensation_cents INTEGER NOT NULL,
  interest_cents INTEGER NOT NULL,
  interest_from TEXT,
  interest_rate_bp INTEGER,
  total_cents INTEGER NOT NULL,
  due_date TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id),
  UNIQUE (invoice_id, sequence)
);
CREATE INDEX reminders_date ON reminders(date);

-- The Interest Act's reference rate (viitekorko) per half-year, basis points; a manager adds new ones.
CREATE TABLE reference_rates (
  valid_from TEXT PRIMARY KEY,
  rate_bp INTEGER NOT NULL,
  added_at TEXT NOT NULL,
  added_by INTEGER REFERENCES users(id)
);
INSERT INTO reference_rates (valid_from, rate_bp, added_at, added_by) VALUES ('2026-01-01', 250, '2026-01-01T00:00:00.000Z', NULL);
`;
