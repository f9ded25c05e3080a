// Failed-login policy: each failure makes the next answer slower; the 5th locks the account for
// a while. The counters of real accounts live in the keyring file, so a restart does not reset
// them (those of unknown usernames live in memory: store/keyring.ts says why).
//
// Locks escalate — 1 minute, then 5, then 15 — so that a passer-by typing wrong passwords at the
// counter does not stop the shop for a quarter of an hour, while a guesser still gets no more than
// 5 tries per 15 minutes once the locks have escalated. A successful login, a manager's password
// reset, or a day without failures starts the ladder again.
import type { Keyring, LockoutState } from '../store/keyring';

export const MAX_FAILURES = 5;
/** Lock lengths in minutes: the first lock, the second, the third and every one after. */
export const LOCK_MINUTES = [1, 5, 15] as const;
/** Failures this long ago no longer escalate the next lock. */
const LADDER_RESET_MS = 24 * 60 * 60_000;

/** Delay before a login attempt is judged, growing with the failures so far (0, 0.5 s, 1 s, 2 s, 4 s). */
export function backoffMs(failures: number): number {
  return failures <= 0 ? 0 : Math.min(500 * 2 ** (failures - 1), 4000);
}

export function activeLock(state: LockoutState | undefined, now: Date): Date | null {
  if (!state?.lockedUntil) return null;
  const until = new Date(state.lockedUntil);
  return until > now ? until : null;
}

/** Counts one failure; returns the lock's end if this failure locked the account. */
export function recordFailure(keyring: Keyring, lookup: string, now: Date): Date | null {
  const prev = keyring.lockout(lookup);
  // A lock that has run out starts a fresh count (the number of locks so far is kept).
  const base = prev?.lockedUntil && new Date(prev.lockedUntil) <= now ? 0 : (prev?.failures ?? 0);
  const quiet = prev ? now.getTime() - new Date(prev.lastFailureAt).getTime() > LADDER_RESET_MS : true;
  const locksSoFar = quiet ? 0 : (prev?.locks ?? 0);
  const failures = quiet ? 1 : base + 1;
  const locks = failures >= MAX_FAILURES ? locksSoFar + 1 : locksSoFar;
  const minutes = LOCK_MINUTES[Math.min(locks, LOCK_MINUTES.length) - 1] ?? 0;
  const lockedUntil = failures >= MAX_FAILURES ? new Date(now.getTime() + minutes * 60_000) : null;
  keyring.setLockout(lookup, { failures, lastFailureAt: now.toISOString(), lockedUntil: lockedUntil?.toISOString() ?? null, locks });
  return lockedUntil;
}

export function clearFailures(keyring: Keyring, lookup: string): void {
  if (keyring.lockout(lookup)) keyring.setLockout(lookup, undefined);
}

export function failuresSoFar(keyring: Keyring, lookup: string, now: Date): number {
  const s = keyring.lockout(lookup);
  if (!s) return 0;
  if (s.lockedUntil && new Date(s.lockedUntil) <= now) return 0;
  if (now.getTime() - new Date(s.lastFailureAt).getTime() > LADDER_RESET_MS) return 0;
  return s.failures;
}
