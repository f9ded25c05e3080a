// Numbered, forward-only migrations applied in one transaction when the register opens.
// The applied list must be a prefix of the shipped list: a register written by a newer version
// of the app is refused, never silently downgraded.
import type Database from 'better-sqlite3-multiple-ciphers';
import m0001 from './0001-foundation';
import m0002 from './0002-customers';
import m0003 from './0003-backups';
import m0004 from './0004-disclosures';
import m0005 from './0005-invoicing';
import m0006 from './0006-privacy';
import m0007 from './0007-erasure';
import m0008 from './0008-erasure-ledger';
import m0009 from './0009-overdue-index';
import m0010 from './0010-finnish-order';
import m0011 from './0011-customer-list-indexes';
import m0012 from './0012-prices-include-vat';
import m0013 from './0013-identity-document';
import m0014 from './0014-reference-rates';
import m0015 from './0015-organization-vat-number';
import m0016 from './0016-recipient-addresses';
import m0017 from './0017-legal-parameters';
import m0018 from './0018-bank-payment-entries';
import m0019 from './0019-organization-einvoice-address';
import m0020 from './0020-products';
import m0021 from './0021-line-products';

// Kept in id order whatever order the entries are written in: the id is the migration's place.
export const MIGRATIONS: { id: string; sql: string }[] = [
  { id: '0001-foundation', sql: m0001 },
  { id: '0002-customers', sql: m0002 },
  { id: '0003-backups', sql: m0003 },
  { id: '0004-disclosures', sql: m0004 },
  { id: '0005-invoicing', sql: m0005 },
  { id: '0006-privacy', sql: m0006 },
  { id: '0007-erasure', sql: m0007 },
  { id: '0008-erasure-ledger', sql: m0008 },
  { id: '0009-overdue-index', sql: m0009 },
  { id: '0010-finnish-order', sql: m0010 },
  { id: '0011-customer-list-indexes', sql: m0011 },
  { id: '0012-prices-include-vat', sql: m0012 },
  { id: '0013-identity-document', sql: m0013 },
  { id: '0014-reference-rates', sql: m0014 },
  { id: '0015-organization-vat-number', sql: m0015 },
  { id: '0016-recipient-addresses', sql: m0016 },
  { id: '0017-legal-parameters', sql: m0017 },
  { id: '0018-bank-payment-entries', sql: m0018 },
  { id: '0019-organization-einvoice-address', sql: m0019 },
  { id: '0020-products', sql: m0020 },
  { id: '0021-line-products', sql: m0021 },
].sort((a, b) => a.id.localeCompare(b.id));

export class NewerRegisterError extends Error {}

export function migrate(db: Database.Database, shipped = MIGRATIONS): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = (db.prepare('SELECT id FROM schema_migrations ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  applied.forEach((id, i) => {
    if (shipped[i]?.id !== id) throw new NewerRegisterError(`register has migration ${id} this app does not know`);
  });
  const pending = shipped.slice(applied.length);
  if (pending.length === 0) return;
  const insert = db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      insert.run(m.id, new Date().toISOString());
    }
  })();
}

export function schemaVersion(db: Database.Database): string {
  const row = db.prepare('SELECT id FROM schema_migrations ORDER BY id DESC LIMIT 1').get() as { id: string } | undefined;
  return row?.id ?? '';
}
