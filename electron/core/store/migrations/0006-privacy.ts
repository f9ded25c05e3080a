// The signed-request log: written privacy requests, their scans, the documents issued, and a
// hash-chained event log over all of it (GDPR Art. 12; the notice's access and rectification).
export default `
CREATE TABLE privacy_requests (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  types TEXT NOT NULL,
  customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
  requester_name TEXT NOT NULL,
  requester_address TEXT NOT NULL DEFAULT '',
  requester_email TEXT NOT NULL DEFAULT '',
  received_date TEXT NOT NULL,
  channel TEXT NOT NULL,
  language TEXT NOT NULL,
  signed INTEGER NOT NULL,
  identity_method TEXT NOT NULL,
  identity_note TEXT NOT NULL DEFAULT '',
  identity_checked_by INTEGER REFERENCES users(id),
  details TEXT NOT NULL DEFAULT '',
  due_date TEXT NOT NULL,
  extended_due_date TEXT,
  extension_reason TEXT,
  extended_by INTEGER REFERENCES users(id),
  extended_at TEXT,
  status TEXT NOT NULL DEFAULT 'received',
  outcome_note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id)
);
CREATE INDEX privacy_requests_status ON privacy_requests(status, due_date);
CREATE INDEX privacy_requests_customer ON privacy_requests(customer_id);

CREATE TABLE privacy_attachments (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES privacy_requests(id),
  filename TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  data BLOB NOT NULL,
  added_at TEXT NOT NULL,
  added_by INTEGER REFERENCES users(id)
);
CREATE INDEX privacy_attachments_request ON privacy_attachments(request_id);

CREATE TABLE privacy_documents (
  id INTEGER PRIMARY KEY,
  request_id INTEGER REFERENCES privacy_requests(id),
  kind TEXT NOT NULL,
  filename TEXT NOT NULL,
  verification_code TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  data BLOB NOT NULL,
  issued_at TEXT NOT NULL,
  issued_by INTEGER REFERENCES users(id)
);
CREATE INDEX privacy_documents_request ON privacy_documents(request_id);

CREATE TABLE privacy_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  request_id INTEGER REFERENCES privacy_requests(id),
  event TEXT NOT NULL,
  status TEXT,
  user_id INTEGER,
  details TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX privacy_log_request ON privacy_log(request_id, id);
`;
