// Documents the register issues (extracts, letters, certificates): stored with the request they
// answer and a verification code printed on the paper, so a printout can later be checked
// against the register.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../store/database';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Ten characters, no look-alikes: printed on each document as "Tarkistuskoodi XXXXX-XXXXX". */
export function newVerificationCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export function storeDocument(db: Db, d: { requestId: number | null; kind: string; filename: string; code: string; pdf: Buffer; by: number; at: string }): number {
  const info = db
    .prepare('INSERT INTO privacy_documents (request_id, kind, filename, verification_code, sha256, data, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(d.requestId, d.kind, d.filename, d.code, createHash('sha256').update(d.pdf).digest('hex'), d.pdf, d.at, d.by);
  return Number(info.lastInsertRowid);
}

export function loadDocument(db: Db, requestId: number, documentId: number): { filename: string; data: Buffer } | undefined {
  return db.prepare('SELECT filename, data FROM privacy_documents WHERE id = ? AND request_id = ?').get(documentId, requestId) as { filename: string; data: Buffer } | undefined;
}
