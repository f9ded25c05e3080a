// Key slots: the data key is never stored in the clear. Each slot wraps it with a key derived
// from one secret (a user's password or the printed recovery code):
//   KEK = scrypt(secret, salt, N=2^17, r=8, p=1)  ->  AES-256-GCM(data key), AAD = slot identity
// The AAD binds a slot to its register and id, so a slot copied from elsewhere does not unwrap.
import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto';

export const KDF = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 } as const;
export type KdfParams = { name: 'scrypt'; N: number; r: number; p: number };

// The only costs a slot may name: the ones this app writes. A keyring comes from a file (a backup
// can be crafted): a cost taken from it unchecked let one restore run scrypt with p = 65536 (never
// answering) or N = 2^25 (gigabytes), holding up every other call. Checked before any derivation.
const ALLOWED_KDFS: readonly KdfParams[] = [KDF];

export function isAllowedKdf(kdf: unknown): kdf is KdfParams {
  const k = kdf as Partial<KdfParams> | null;
  return typeof k === 'object' && k !== null && ALLOWED_KDFS.some((a) => a.name === k.name && a.N === k.N && a.r === k.r && a.p === k.p);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const base64Of = (v: unknown, bytes: number) => typeof v === 'string' && BASE64.test(v) && Buffer.from(v, 'base64').length === bytes;

/** A wrapped key of the shape this app writes, with an allowed cost (the data key is 32 bytes). */
export function isWrappedKey(w: unknown): w is WrappedKey {
  const k = w as Partial<WrappedKey> | null;
  return typeof k === 'object' && k !== null && isAllowedKdf(k.kdf) && base64Of(k.salt, 16) && base64Of(k.iv, 12) && base64Of(k.tag, 16) && base64Of(k.ciphertext, 32);
}

export interface WrappedKey {
  kdf: KdfParams;
  salt: string; // base64
  iv: string; // base64, 12 bytes
  tag: string; // base64, 16 bytes
  ciphertext: string; // base64
}

let derivations = 0;
/** How many key derivations this process has run (a test hook: "an unknown username costs the
 * same work as a known one" is asserted by counting them, not by the clock). */
export function kdfRuns(): number {
  return derivations;
}

function scrypt(secret: string, salt: Buffer, kdf: KdfParams): Promise<Buffer> {
  derivations++;
  // maxmem must exceed 128 * N * r (128 MiB at the chosen cost); Node's default is 32 MiB.
  const options: ScryptOptions = { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * 1024 * 1024 + 128 * kdf.N * kdf.r };
  return new Promise((resolve, reject) =>
    scryptCb(secret.normalize('NFC'), salt, 32, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function wrapKey(dataKey: Buffer, secret: string, aad: string, kdf: KdfParams = KDF): Promise<WrappedKey> {
  const salt = randomBytes(16);
  const kek = await scrypt(secret, salt, kdf);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  kek.fill(0);
  return {
    kdf: { ...kdf },
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

/** The data key, or null when the secret is wrong (or the slot was tampered with). */
export async function unwrapKey(wrapped: WrappedKey, secret: string, aad: string): Promise<Buffer | null> {
  if (!isWrappedKey(wrapped)) return null; // never derive with a cost we did not choose
  return openWithKek(wrapped, await deriveKek(wrapped, secret), aad);
}

/** The costly half of unwrapping (scrypt, ~0.4 s, on libuv's thread pool): the key-encryption key
 * for `wrapped`'s salt and cost. Split out so a login can derive it outside the core's call queue. */
export function deriveKek(wrapped: WrappedKey, secret: string): Promise<Buffer> {
  // A slot with a cost we did not choose opens with nothing (a random key): no derivation is run.
  if (!isWrappedKey(wrapped)) return Promise.resolve(randomBytes(32));
  return scrypt(secret, Buffer.from(wrapped.salt, 'base64'), wrapped.kdf);
}

/** The cheap half: AES-GCM with a derived key; null when it does not authenticate. Wipes `kek`. */
export function openWithKek(wrapped: WrappedKey, kek: Buffer, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

/** A slot that no secret opens, with the app's own cost: proving a password against it takes
 * the same work as against a real slot (an unknown username must not answer faster). */
export function decoyWrappedKey(kdf: KdfParams = KDF): WrappedKey {
  return {
    kdf: { ...kdf },
    salt: randomBytes(16).toString('base64'),
    iv: randomBytes(12).toString('base64'),
    tag: randomBytes(16).toString('base64'),
    ciphertext: randomBytes(32).toString('base64'),
  };
}
