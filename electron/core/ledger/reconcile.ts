// Bringing the database's ledger and the file beside it into step when a register is opened or
// restored: erasures only the file knows (made after the restored backup was taken) are applied
// again — before anyone can log in; entries only the database knows are appended to the file.
import { existsSync, renameSync } from 'node:fs';
import { helsinkiDate } from '../../../shared/format/dates';
import type { Db } from '../store/database';
import { eraseCustomer, flushErasure } from '../privacy/erase';
import { ledgerKey } from './fingerprints';
import { appendToFile, dbLedger, entriesAhead, insertReplayed, ledgerPath, readLedgerFile } from './ledger';

export function reconcileLedger(db: Db, dir: string, dataKey: Buffer, registerId: string, now: Date): { reapplied: number } {
  const fileKey = ledgerKey(dataKey, 'file');
  const path = ledgerPath(dir);
  let fileEntries = readLedgerFile(path, fileKey, registerId, true);
  if (fileEntries === null) {
    // Another register's ledger (this folder got a restore from another PC): keep it, start ours.
    if (existsSync(path)) renameSync(path, `${path}.other-${now.getTime()}`);
    fileEntries = [];
  }
  const inDb = dbLedger(db);
  const ahead = entriesAhead(inDb, fileEntries);
  const today = helsinkiDate(now);
  if (ahead.length > 0) {
    db.transaction(() => {
      for (const s of ahead) {
        insertReplayed(db, s);
        const e = s.entry;
        // The request it answered is back from the request journal (carried over first), when it was kept.
        const requestId = e.requestNumber ? ((db.prepare('SELECT id FROM privacy_requests WHERE number = ?').get(e.requestNumber) as { id: number } | undefined)?.id ?? null) : null;
        const erasureId = Number(
          db
            .prepare(`INSERT INTO erasures (number, kind, request_id, customer_id, at, user_id, erased, kept, certificate_sha256, verification_code) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`)
            .run(e.number, e.kind, requestId, e.customerId, e.at, JSON.stringify(e.erased), JSON.stringify(e.kept), e.certificate?.sha256 ?? null, e.certificate?.verificationCode ?? null).lastInsertRowid,
        );
        const row = db.prepare('SELECT erased_at FROM customers WHERE id = ?').get(e.customerId) as { erased_at: string | null } | undefined;
        if (row && !row.erased_at) eraseCustomer(db, e.customerId, { kind: e.kind, erasureId, at: e.at, userId: null, today });
        if (e.certificate && !db.prepare('SELECT 1 FROM privacy_documents WHERE verification_code = ?').get(e.certificate.verificationCode)) {
          // The certificate keeps verifying by its code, as it did before the restore (the request
          // journal has usually brought its record back already, with its request and signer).
          db.prepare(`INSERT INTO privacy_documents (request_id, kind, filename, verification_code, sha256, data, issued_at, issued_by, redacted_at) VALUES (NULL, 'erasure-certificate', ?, ?, ?, x'', ?, NULL, ?)`).run(
            e.certificate.filename,
            e.certificate.verificationCode,
            e.certificate.sha256,
            e.at,
            e.at,
          );
        }
      }
    })();
    flushErasure(db);
  }
  const behind = inDb.slice(fileEntries.length);
  if (behind.length > 0 && entriesAhead(inDb, fileEntries).length === 0) appendToFile(path, fileKey, registerId, behind);
  return { reapplied: ahead.length };
}
