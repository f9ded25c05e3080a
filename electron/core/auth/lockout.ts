// Failed-login policy: each failure makes the next answer slower; the 5th locks the account for
// a while. The counters live in the keyring file, so a restart does not reset them.
import type { Keyring, LockoutState } from '../store/keyring';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

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
  // A lock that has run out starts a fresh count.
  const base = prev?.lockedUntil && new Date(prev.lockedUntil) <= now ? 0 : (prev?.failures ?? 0);
  const failures = base + 1;
  const lockedUntil = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
  keyring.setLockout(lookup, { failures, lastFailureAt: now.toISOString(), lockedUntil: lockedUntil?.toISOString() ?? null });
  return lockedUntil;
}

export function clearFailures(keyring: Keyring, lookup: string): void {
  if (keyring.lockout(lookup)) keyring.setLockout(lookup, undefined);
}

export function failuresSoFar(keyring: Keyring, lookup: string, now: Date): number {
  const s = keyring.lockout(lookup);
  if (!s) return 0;
  if (s.lockedUntil && new Date(s.lockedUntil) <= now) return 0;
  return s.failures;
}
