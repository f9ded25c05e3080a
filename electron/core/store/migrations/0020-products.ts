// The product catalogue (issue #17 §1). A product keeps a VAT class, never a rate (the rate follows
// each order line's delivery date), and its price as the shop states it: without VAT, or with VAT
// (price_includes_vat). code_key is the code in lower case, so "AB-1" and "ab-1" cannot both
// exist; search_text holds the folded words of the code and both names, with a leading space, so a
// word-prefix search is LIKE '% word%'; product_terms holds the same words one a row, so the most
// telling word of a search is a range scan of its prefix (search_text then checks the others). Order and invoice lines keep copying what they sell: nothing
// in them points here, so a product changed or discontinued never alters a document.
export default `
CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  code_key TEXT NOT NULL UNIQUE,
  barcode TEXT,
  name_fi TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT 'kpl',
  price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
  price_includes_vat INTEGER NOT NULL CHECK (price_includes_vat IN (0, 1)),
  vat_category TEXT NOT NULL CHECK (vat_category IN ('general', 'reducedA', 'reducedB', 'zero')),
  exemption_reason TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  search_text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((vat_category = 'zero') = (exemption_reason IS NOT NULL))
);
CREATE UNIQUE INDEX products_barcode ON products (barcode) WHERE barcode IS NOT NULL;
CREATE INDEX products_active_code ON products (active, code_key);
CREATE TABLE product_terms (
  term TEXT NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  PRIMARY KEY (term, product_id)
) WITHOUT ROWID;
CREATE INDEX product_terms_product ON product_terms (product_id);
`;
