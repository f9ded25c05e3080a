// VAT rates and the maximum consumer reminder fee become data the manager updates, each with its
// source and the day it takes effect; the reference rates get their source too (issue #16 §2).
// Shipped here: the values known at release.
//  VAT (arvonlisäverolaki 1501/1993 84 §, 85 §, 85 a §; vero.fi "Arvonlisäverokannat"):
//   general 24 % from 1.1.2013, 25,5 % from 1.9.2024 (HE 13/2024);
//   reducedA (food, restaurants; from 2025 books, medicines, transport, culture …) 14 % from
//   1.1.2013, 13,5 % from 1.1.2026 (HE 93/2025); the goods moved to it on 1.1.2025 (HE 141/2024)
//   changed categories, not rates;
//   reducedB (newspapers and periodicals) 10 %; zero 0 % with its exemption reason (AVL 209 e §).
//  Maximum reminder fee on a consumer debt: 5 € (saatavien perinnästä annettu laki 513/1999
//   10 a § 1 mom. 1 k., as amended by 32/2013 (HE 57/2012), in force 1.2.2013).
// A later value is added from the settings; a period is never guessed.
const SHIPPED = "'2013-01-01T00:00:00.000Z', NULL";
export default `
ALTER TABLE reference_rates ADD COLUMN source TEXT NOT NULL DEFAULT '';
UPDATE reference_rates SET source = 'Suomen Pankki: viitekorko (korkolaki 633/1982 12 §)' WHERE added_by IS NULL;

CREATE TABLE vat_rates (
  category TEXT NOT NULL CHECK (category IN ('general', 'reducedA', 'reducedB', 'zero')),
  valid_from TEXT NOT NULL,
  rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
  source TEXT NOT NULL,
  added_at TEXT NOT NULL,
  added_by INTEGER REFERENCES users(id),
  PRIMARY KEY (category, valid_from)
) WITHOUT ROWID;
INSERT INTO vat_rates (category, valid_from, rate_bp, source, added_at, added_by) VALUES
  ('general', '2013-01-01', 2400, 'Arvonlisäverolaki 84 §', ${SHIPPED}),
  ('general', '2024-09-01', 2550, 'Arvonlisäverolaki 84 § (HE 13/2024)', ${SHIPPED}),
  ('reducedA', '2013-01-01', 1400, 'Arvonlisäverolaki 85 §', ${SHIPPED}),
  ('reducedA', '2026-01-01', 1350, 'Arvonlisäverolaki 85 § (HE 93/2025)', ${SHIPPED}),
  ('reducedB', '2013-01-01', 1000, 'Arvonlisäverolaki 85 a §', ${SHIPPED}),
  ('zero', '2013-01-01', 0, 'Arvonlisäverolaki 209 e § (verottomuuden peruste laskulle)', ${SHIPPED});

CREATE TABLE reminder_fee_limits (
  valid_from TEXT PRIMARY KEY,
  max_cents INTEGER NOT NULL CHECK (max_cents >= 0),
  source TEXT NOT NULL,
  added_at TEXT NOT NULL,
  added_by INTEGER REFERENCES users(id)
) WITHOUT ROWID;
INSERT INTO reminder_fee_limits (valid_from, max_cents, source, added_at, added_by) VALUES
  ('2013-02-01', 500, 'Perintälaki 513/1999 10 a § 1 mom. 1 k. (32/2013)', ${SHIPPED});
`;
