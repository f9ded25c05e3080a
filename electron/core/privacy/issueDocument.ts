// Issuing a document: a verification code is drawn first (it is printed on the paper), the PDF is
// rendered with it, and both are stored with the request — so a printout can be checked later.
import type { IssuedDocument } from '../../../shared/api/rectification';
import type { Db } from '../store/database';
import { newVerificationCode, storeDocument } from './documentsRepo';

export type RenderWithCode = (code: string) => { filename: string; base64: string };

export function issueDocument(db: Db, d: { requestId: number | null; kind: string; pdf: RenderWithCode; by: number; at: string }): IssuedDocument {
  const code = newVerificationCode();
  const rendered = d.pdf(code);
  const bytes = Buffer.from(rendered.base64, 'base64');
  const documentId = storeDocument(db, { requestId: d.requestId, kind: d.kind, filename: rendered.filename, code, pdf: bytes, by: d.by, at: d.at });
  return { documentId, filename: rendered.filename, base64: rendered.base64, verificationCode: code };
}
