// Issue #18 §3: every camt.054 fixture validates against the official ISO 20022 XSD with a real
// validator (libxml2's xmllint), so the tests read messages of the shape banks send.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(__dirname, '..', 'fixtures', 'camt054');
const XSD = join(DIR, 'camt.054.001.02.xsd');
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.xml'));

function xmllint(file: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: true, output };
  } catch (err) {
    const e = err as { stderr?: string; stdout?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('camt.054 fixtures against the ISO 20022 camt.054.001.02 schema', () => {
  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(2);
  });

  it.each(fixtures)('%s validates', (name) => {
    const r = xmllint(join(DIR, name));
    expect(r.output).toBe('');
    expect(r.ok).toBe(true);
  });

  it('the validator does reject a message that breaks the schema', () => {
    // Guards against a validator that passes everything: an entry without its status is invalid.
    const { writeFileSync, readFileSync, mkdtempSync, rmSync } = require('node:fs') as typeof import('node:fs');
    const { tmpdir } = require('node:os') as typeof import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'camt-xsd-'));
    try {
      const broken = join(dir, 'broken.xml');
      writeFileSync(broken, readFileSync(join(DIR, 'reference-payments.xml'), 'utf8').replace('<Sts>BOOK</Sts>', ''));
      const r = xmllint(broken);
      expect(r.ok).toBe(false);
      expect(r.output).toMatch(/fails to validate/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
