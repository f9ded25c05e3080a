import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { contract } from '../../shared/api';
import { ERROR_CODES } from '../../shared/api/envelope';
import { MANAGER, value } from '../support/register';
import { suiteRegister } from '../support/suite';
import { person } from '../support/customers';

// Methods with effects outside the register (files on disk, ending the session) are exercised by
// their own tests; here they would only make the fuzz run write to random folders.
const EXCLUDED = new Set(['backup.create', 'backup.restore', 'session.logout', 'session.lock', 'setup.recover']);
const METHODS = Object.keys(contract).filter((m) => !EXCLUDED.has(m));

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom("'; DROP TABLE customers; --", '" OR 1=1 --', '%_\\', '\u0000', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'Ŋuolja\u202e', '../../etc/passwd', '__proto__', 'constructor'),
  fc.string({ minLength: 10_000, maxLength: 20_000 }),
);
const value_ = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(tie('any'), { maxLength: 3 }), fc.dictionary(nasty, tie('any'), { maxKeys: 4 })),
})).any;

describe('the API boundary under random input', () => {
  const reg = suiteRegister();
  const { manager: m } = reg;
  beforeAll(async () => {
    value(await m('customers.create', person()));
  });

  async function counts() {
    const list = value(await m<{ total: number }>('customers.list', {}));
    const users = value(await m<unknown[]>('users.list'));
    const orgs = value(await m<unknown[]>('organizations.list', {}));
    return { customers: list.total, users: users.length, orgs: orgs.length };
  }

  it('answers every call with a well-formed envelope, never INTERNAL, and a refused call writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...METHODS), nasty),
        fc.oneof(value_, fc.dictionary(fc.constantFrom('id', 'query', 'customer', 'username', 'file', 'folder', 'limit', 'userId', 'fileBase64'), value_)),
        async (method, params) => {
          const before = await counts();
          const r = await reg.core.call('manager', 'fi', method, params);
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) {
            expect(ERROR_CODES).toContain(r.error.code);
            expect(r.error.code, `${method} ${JSON.stringify(params)?.slice(0, 200)}: ${r.error.message}`).not.toBe('INTERNAL');
            expect(r.error.message.length).toBeGreaterThan(0);
            expect(await counts()).toEqual(before);
          }
        },
      ),
      { numRuns: 400 },
    );
    expect(value(await m<{ ok: boolean }>('audit.verify')).ok).toBe(true);
  });

  // Issue #14 §3, §5: paths a user (or a hostile page) could type into verify or restore.
  it('verify and restore answer hostile paths with a clear refusal, never INTERNAL', async () => {
    const pipe = join(reg.dir, 'pipe.arbk');
    execFileSync('mkfifo', [pipe]);
    const shapes = [pipe, reg.dir, '/dev/zero', '/dev/null', '/proc/self/fd/0', '\\\\.\\pipe\\x', '//./pipe/x', '\\\\?\\GLOBALROOT\\Device', 'C:\\\u0000x.arbk', 'a\u0000', '\u0000', 'x'.repeat(999), join(reg.dir, 'keyring.json'), join(reg.dir, 'ei-ole', 'x.arbk')];
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...shapes), nasty), fc.constantFrom('backup.verify', 'backup.restore'), async (file, method) => {
        const r = await reg.core.call('manager', 'fi', method, { file, username: MANAGER.username, password: MANAGER.password });
        if (r.ok) expect((r.value as { intact?: boolean }).intact).toBe(false);
        else expect(r.error.code, `${method} ${JSON.stringify(file).slice(0, 80)}: ${r.error.message}`).not.toBe('INTERNAL');
      }),
      { numRuns: 150 },
    );
  });

  it('unknown methods and prototype names are refused as unknown', async () => {
    for (const method of ['', 'constructor', '__proto__', 'toString', 'customers.', 'customers.search.x', 'setup']) {
      const r = await reg.core.call('manager', 'fi', method, {});
      expect(!r.ok && r.error.code).toBe('UNKNOWN_METHOD');
    }
  });
});
