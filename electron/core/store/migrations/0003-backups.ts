// The backup history: when, where, how big, its hash, by whom, verified or not.
export default `
CREATE TABLE backups (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  folder TEXT NOT NULL,
  file TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  user_id INTEGER REFERENCES users(id),
  counts TEXT NOT NULL,
  verified INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX backups_at ON backups(at);
`;
