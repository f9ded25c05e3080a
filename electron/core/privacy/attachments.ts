// Scans of signed requests: PDF, JPEG or PNG only — recognised by their first bytes, not by the
// name — at most 10 MiB, stored as BLOBs inside the encrypted register.
import { MAX_ATTACHMENT_BYTES } from '../../../shared/api/privacy';

export function sniffType(bytes: Buffer): 'application/pdf' | 'image/jpeg' | 'image/png' | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return null;
}

export function checkAttachment(bytes: Buffer): { ok: true; mimeType: string } | { ok: false; key: 'attachmentTooLarge' | 'attachmentType' } {
  if (bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, key: 'attachmentTooLarge' };
  const type = sniffType(bytes);
  return type ? { ok: true, mimeType: type } : { ok: false, key: 'attachmentType' };
}
