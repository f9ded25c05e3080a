// Issue 14 §6 (and §8's shorter first lock): a login must not tell which usernames exist by its
// timing, guessing names must not grow the keyring file, and a login being backed off must not
// hold up the other windows' calls.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kdfRuns } from '../../electron/core/store/keyWrap';
import { Keyring, MAX_UNKNOWN_LOCKOUTS, usernameLookup } from '../../electron/core/store/keyring';
import { recordFailure } from '../../electron/core/auth/lockout';
import { MANAGER, STAFF, client, loggedIn, value } from '../support/register';
import { clockedRegisterPerTest } from '../support/suite';

describe('login hardening', () => {
  const reg = clockedRegisterPerTest('2026-11-25T10:00:00Z');
  const keyringFile = () => join(reg.dir, 'keyring.json');

  it('an unknown username costs the same key derivation as a known one with a wrong password', async () => {
    const c = client(reg.core);
    let before = kdfRuns();
    const known = await c('session.login', { username: MANAGER.username, password: 'väärä-salasana-1' });
    const knownRuns = kdfRuns() - before;
    before = kdfRuns();
    const unknown = await c('session.login', { username: 'eiolemassa', password: 'väärä-salasana-1' });
    const unknownRuns = kdfRuns() - before;
    expect(knownRuns).toBe(1);
    expect(unknownRuns).toBe(knownRuns);
    // And the same answer.
    expect(!known.ok && !unknown.ok && [known.error, unknown.error]).toEqual([
      { code: 'AUTH_REQUIRED', message: 'Väärä käyttäjätunnus tai salasana.' },
      { code: 'AUTH_REQUIRED', message: 'Väärä käyttäjätunnus tai salasana.' },
    ]);
  });

  it('guessed usernames leave keyring.json as it was; the audit log gets one summary at the next login', async () => {
    const original = readFileSync(keyringFile());
    const c = client(reg.core, 'guesser');
    // Through the reg.core (each costs a real scrypt, so a handful) ...
    for (let i = 0; i < 12; i++) {
      const r = await c('session.login', { username: `arvaus-${i}`, password: 'Mikä-tahansa-1' });
      expect(!r.ok && r.error.code).toBe('AUTH_REQUIRED');
    }
    expect(readFileSync(keyringFile()).equals(original)).toBe(true);
    // ... and the 300 names through the same failure counting, on the file itself.
    const keyring = Keyring.load(keyringFile());
    for (let i = 0; i < 300; i++) recordFailure(keyring, usernameLookup(`nimi-${i}`), reg.clock.now());
    expect(readFileSync(keyringFile()).equals(original)).toBe(true);
    expect(keyring.lockout(usernameLookup('nimi-299'))?.failures).toBe(1);

    const m = await loggedIn(reg.core, MANAGER, 'manager');
    const audit = value(await m<{ action: string; details: Record<string, unknown> | null }[]>('audit.list', { limit: 50 }));
    const summary = audit.filter((a) => a.action === 'login.failed');
    expect(summary).toHaveLength(1);
    expect(summary[0]!.details).toMatchObject({ recordedWhileClosed: true, unknownUsername: true, attempts: 12 });
  });

  it('the in-memory table of unknown names is capped (the least recently failed go first)', () => {
    const keyring = Keyring.load(keyringFile());
    for (let i = 0; i <= MAX_UNKNOWN_LOCKOUTS; i++) recordFailure(keyring, `lookup-${i}`, reg.clock.now());
    expect(keyring.lockout('lookup-0')).toBeUndefined();
    expect(keyring.lockout('lookup-1')?.failures).toBe(1);
    expect(keyring.lockout(`lookup-${MAX_UNKNOWN_LOCKOUTS}`)?.failures).toBe(1);
  });

  it('an unknown username is locked at the 5th failure like a real account (the answers do not tell them apart)', async () => {
    const c = client(reg.core, 'guesser');
    for (let i = 1; i <= 4; i++) expect(((await c('session.login', { username: 'kukaan', password: `väärin-${i}-xx` })) as { error: { code: string } }).error.code).toBe('AUTH_REQUIRED');
    const fifth = await c('session.login', { username: 'kukaan', password: 'väärin-5-xx' });
    expect(!fifth.ok && fifth.error.message).toBe('Tunnus on lukittu liian monen epäonnistuneen kirjautumisen vuoksi 25.11.2026 klo 12.01 asti.');
  }, 60_000);

  it('locks escalate: 1 minute, then 5, then 15; a successful login starts again from 1', () => {
    const keyring = Keyring.load(keyringFile());
    const lookup = usernameLookup(MANAGER.username);
    const lockLength = () => {
      let until: Date | null = null;
      for (let i = 0; i < 5; i++) until = recordFailure(keyring, lookup, reg.clock.now());
      const minutes = (until!.getTime() - reg.clock.now().getTime()) / 60_000;
      reg.clock.advance(minutes * 60_000 + 1000);
      return minutes;
    };
    expect([lockLength(), lockLength(), lockLength(), lockLength()]).toEqual([1, 5, 15, 15]);
    // Persisted for a real account: a restart keeps the ladder.
    expect(Keyring.load(keyringFile()).lockout(lookup)?.locks).toBe(4);
    keyring.setLockout(lookup, undefined); // what a successful login does (clearFailures)
    expect(lockLength()).toBe(1);
    // A day without failures also starts again from 1.
    lockLength();
    reg.clock.advance(25 * 60 * 60_000);
    expect(lockLength()).toBe(1);
  });

  it('while one window is backed off, another window’s calls answer within a second', async () => {
    const m = await loggedIn(reg.core, MANAGER, 'manager');
    const staff = value(await m<{ id: number }>('users.create', { ...STAFF, role: 'staff' }));
    expect(staff.id).toBeGreaterThan(0);
    const g = client(reg.core, 'guesser');
    // Three failures: the next attempt waits 2 s before it is judged.
    for (let i = 1; i <= 3; i++) await g('session.login', { username: STAFF.username, password: `väärin-${i}-xx` });
    let answered = false;
    const backedOff = g('session.login', { username: STAFF.username, password: 'väärin-4-xx' }).then((r) => {
      answered = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 100));
    for (const method of ['settings.get', 'customers.list']) {
      const t = performance.now();
      value(await m(method, method === 'customers.list' ? { limit: 10 } : {}));
      expect(performance.now() - t).toBeLessThan(1000);
    }
    expect(answered).toBe(false);
    const r = await backedOff;
    expect(!r.ok && r.error.code).toBe('AUTH_REQUIRED');
  }, 60_000);
});
