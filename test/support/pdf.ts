// Reading generated PDFs back in tests: written under test-results/letters (kept for looking at
// with pdftoppm), then read with pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LETTERS = join(process.cwd(), 'test-results', 'letters');

export function pdfText(base64: string, name: string, o: { layout?: boolean; squash?: boolean } = {}): string {
  mkdirSync(LETTERS, { recursive: true });
  const file = join(LETTERS, name);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  const text = execFileSync('pdftotext', [...(o.layout ? ['-layout'] : []), file, '-'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  return o.squash ? text.replace(/\s+/g, ' ') : text;
}

/** Keeps a generated document under test-results/letters for looking at (pdftoppm), unread. */
export function keepLetter(base64: string, name: string): string {
  mkdirSync(LETTERS, { recursive: true });
  const file = join(LETTERS, name);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}
