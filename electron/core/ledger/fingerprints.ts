// One-way fingerprints of a person's identifiers: HMAC-SHA-256 with a key derived from the data
// key, so they match the same person again (an old list, a restored backup) but reveal nothing,
// and a fingerprint from one register means nothing in another.
import { createHmac, hkdfSync } from 'node:crypto';
import { fold } from '../../../shared/text/fold';
import { normalizePhone } from '../../../shared/finnish/phone';

export interface Identifiers {
  email: string;
  phone: string;
  firstName: string;
  lastName: string;
  postalCode: string;
}

export type Fingerprints = { email?: string; phone?: string; namePostal?: string };

export function ledgerKey(dataKey: Buffer, purpose: 'fingerprint' | 'file'): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.from('asiakasrekisteri'), Buffer.from(`erasure-ledger-${purpose}-v1`), 32));
}

export function fingerprints(key: Buffer, id: Identifiers): Fingerprints {
  const h = (kind: string, v: string) => createHmac('sha256', key).update(`${kind}:${v}`).digest('hex');
  const out: Fingerprints = {};
  const email = id.email.trim().toLowerCase();
  if (email) out.email = h('email', email);
  const phone = id.phone ? normalizePhone(id.phone) : null;
  if (phone) out.phone = h('phone', phone);
  if (id.lastName.trim() && id.postalCode.trim()) out.namePostal = h('namePostal', `${fold(id.lastName.trim())} ${fold(id.firstName.trim())}|${id.postalCode.trim()}`);
  return out;
}
