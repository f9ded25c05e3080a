// When the idle lock will fall, for the status bar's countdown: useIdleLock writes it on every
// tick, the status bar reads it. A module-level value, not React state, so activity (every key
// and mouse movement) re-renders nothing.
let lockAt: number | null = null;

export const idleClock = {
  set(at: number | null): void {
    lockAt = at;
  },
  /** ms since epoch, or null while no one is logged in. */
  get(): number | null {
    return lockAt;
  },
};
