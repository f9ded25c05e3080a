// The erasure ledger inside the register (its twin lives in an append-only file beside it).
export default `
CREATE TABLE erasure_ledger (
  seq INTEGER PRIMARY KEY,
  entry TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE TABLE erasure_fingerprints (
  seq INTEGER NOT NULL REFERENCES erasure_ledger(seq),
  kind TEXT NOT NULL,
  value TEXT NOT NULL
);
CREATE INDEX erasure_fingerprints_value ON erasure_fingerprints(value);
CREATE TABLE erasure_returns (
  id INTEGER PRIMARY KEY,
  seq INTEGER NOT NULL REFERENCES erasure_ledger(seq),
  customer_id INTEGER,
  at TEXT NOT NULL,
  user_id INTEGER REFERENCES users(id),
  via TEXT NOT NULL
);
`;
