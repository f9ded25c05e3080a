// Reference numbers for unexpected errors: short enough to read out over the phone ("E-7K3F9Q"),
// random so that they say nothing about the user or the time. Crockford's alphabet leaves out
// I, L, O and U, which are easily misread.
import { randomInt } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERENCE_PATTERN = /^E-[0-9A-HJKMNP-TV-Z]{6}$/;

export function newReference(): string {
  let s = 'E-';
  for (let i = 0; i < 6; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}
