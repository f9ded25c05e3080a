// Proving a password: unwrapping the user's key slot is the only check there is (no separate
// password hash exists). Failures are counted, backed off and locked out here — for the login
// screen and the lock screen alike. One check at a time, so parallel guesses gain nothing.
import { formatInstant } from '../../../shared/format/dates';
import type { Language } from '../../../shared/api/fields';
import type { CoreState } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import { usernameLookup } from '../store/keyring';
import { activeLock, backoffMs, clearFailures, failuresSoFar, recordFailure } from './lockout';

let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface ProvenPassword {
  key: Buffer;
  userId: number;
}

/** Unwraps `username`'s slot with `password`, or throws: LOCKED (with the unlock time) or
 * AUTH_REQUIRED (wrong username or password — which of the two is never said). */
export function provePassword(state: CoreState, username: string, password: string, lang: Language): Promise<ProvenPassword> {
  return serialised(async () => {
    const keyring = state.register.keyring();
    const lookup = usernameLookup(username);
    const lockedUntil = activeLock(keyring.lockout(lookup), state.now());
    if (lockedUntil) throw fail('LOCKED', 'accountLocked', { until: formatInstant(lockedUntil.toISOString(), lang) });

    await sleep(backoffMs(failuresSoFar(keyring, lookup, state.now())));
    const unlocked = await keyring.unlockUser(lookup, password);
    if (unlocked) {
      clearFailures(keyring, lookup);
      return unlocked;
    }
    const userId = keyring.userSlot(lookup)?.userId ?? null;
    const lockedNow = recordFailure(keyring, lookup, state.now());
    recordAudit(state, { action: 'login.failed', userId, lookup, details: { lockedUntil: lockedNow?.toISOString() ?? null } });
    if (lockedNow) {
      recordAudit(state, { action: 'account.locked', userId, lookup, details: { until: lockedNow.toISOString() } });
      throw fail('LOCKED', 'accountLocked', { until: formatInstant(lockedNow.toISOString(), lang) });
    }
    throw fail('AUTH_REQUIRED', 'wrongCredentials');
  });
}
