// Proving a password: unwrapping the user's key slot is the only check there is (no separate
// password hash exists). Failures are counted, backed off and locked out here — for the login
// screen and the lock screen alike.
//
// The slow parts never hold the core's call queue (index.ts): `preparePassword` runs before a
// password call joins it, and there waits the back-off (up to 4 s) and derives the key (scrypt,
// ~0.4 s) — touching nothing — while other windows' calls go on being answered. In the queue,
// `provePassword` then only checks the lock, opens the slot with the derived key (microseconds)
// and counts the outcome. Attempts at one username take turns (each waits for the one before it
// to be counted, then its back-off), so parallel guesses gain nothing; derivations run one at a
// time, so a flood of attempts costs one scrypt's memory (128 MiB), not one per attempt.
import { formatInstant } from '../../../shared/format/dates';
import type { Language } from '../../../shared/api/fields';
import type { CoreState } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import { usernameLookup, type PreparedUnlock } from '../store/keyring';
import { activeLock, backoffMs, clearFailures, failuresSoFar, recordFailure } from './lockout';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Methods whose handler proves a password: core.call prepares them outside the queue. */
export const PASSWORD_METHODS = new Set(['session.login', 'session.unlock', 'session.changePassword']);

interface Turns {
  perLookup: Map<string, Promise<void>>;
  derivation: Promise<unknown>;
}
const turnsOf = new WeakMap<CoreState, Turns>();
function turns(state: CoreState): Turns {
  let t = turnsOf.get(state);
  if (!t) turnsOf.set(state, (t = { perLookup: new Map(), derivation: Promise.resolve() }));
  return t;
}

/** Waits for the attempts at `lookup` before this one; resolves with the release of this turn. */
function takeTurn(t: Turns, lookup: string): Promise<() => void> {
  const before = t.perLookup.get(lookup) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((r) => (release = r));
  const tail = before.then(() => mine);
  t.perLookup.set(lookup, tail);
  return before.then(() => () => {
    release();
    if (t.perLookup.get(lookup) === tail) t.perLookup.delete(lookup);
  });
}

/** One derivation at a time (each takes 128 MiB). */
function oneAtATime<T>(t: Turns, fn: () => Promise<T>): Promise<T> {
  const run = t.derivation.then(fn, fn);
  t.derivation = run.catch(() => undefined);
  return run;
}

export interface PreparedPassword {
  username: string;
  password: string;
  /** Absent when the account was locked: the handler answers LOCKED without deriving anything. */
  unlock?: PreparedUnlock;
  /** Ends this attempt's turn: called once its handler has answered. */
  release(): void;
}

/** The username and password a password call carries, read from its raw params (validated later
 * by the dispatcher; anything odd here just skips the preparation). */
function credentials(state: CoreState, clientId: string, method: string, params: unknown): { username: string; password: string } | null {
  const p = (params ?? {}) as Record<string, unknown>;
  const username = method === 'session.login' ? p.username : state.sessions.get(clientId)?.username;
  const password = method === 'session.changePassword' ? p.currentPassword : p.password;
  return typeof username === 'string' && typeof password === 'string' && password.length <= 1024 ? { username, password } : null;
}

/** Outside the call queue: this attempt's turn, its back-off, its key derivation. Never throws:
 * whatever goes wrong here, the handler does the work itself. */
export async function preparePassword(state: CoreState, clientId: string, method: string, params: unknown): Promise<PreparedPassword | undefined> {
  const creds = credentials(state, clientId, method, params);
  if (!creds) return undefined;
  let release = () => {};
  try {
    const keyring = state.register.keyring();
    const lookup = usernameLookup(creds.username);
    const t = turns(state);
    const endTurn = await takeTurn(t, lookup);
    release = endTurn;
    const prepared: PreparedPassword = {
      ...creds,
      // The derived key is wiped once the call has answered, used or not.
      release: () => {
        prepared.unlock?.kek.fill(0);
        endTurn();
      },
    };
    if (activeLock(keyring.lockout(lookup), state.now())) return prepared;
    await sleep(backoffMs(failuresSoFar(keyring, lookup, state.now())));
    // The keyring may have been replaced meanwhile (a restore): derive against the current one.
    const current = state.register.keyring();
    prepared.unlock = await oneAtATime(t, () => current.prepareUnlock(lookup, creds.password));
    return prepared;
  } catch {
    release();
    return undefined;
  }
}

export interface ProvenPassword {
  key: Buffer;
  userId: number;
}

/** Unwraps `username`'s slot with `password`, or throws: LOCKED (with the unlock time) or
 * AUTH_REQUIRED (wrong username or password — which of the two is never said). `prepared` is the
 * work done outside the queue; without it (or if it no longer fits) the work is done here. */
export async function provePassword(state: CoreState, username: string, password: string, lang: Language, prepared?: PreparedPassword): Promise<ProvenPassword> {
  const keyring = state.register.keyring();
  const lookup = usernameLookup(username);
  const lockedUntil = activeLock(keyring.lockout(lookup), state.now());
  if (lockedUntil) throw fail('LOCKED', 'accountLocked', { until: formatInstant(lockedUntil.toISOString(), lang) });

  const fits = prepared?.unlock && prepared.unlock.lookup === lookup && prepared.password === password;
  let unlocked = fits ? keyring.finishUnlock(prepared.unlock!) : 'stale';
  if (unlocked === 'stale') {
    // Not prepared (or a password was set meanwhile): the same work, in the queue.
    if (!fits) await sleep(backoffMs(failuresSoFar(keyring, lookup, state.now())));
    unlocked = await keyring.unlockUser(lookup, password);
  }
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
}
