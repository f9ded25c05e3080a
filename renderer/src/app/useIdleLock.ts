// Idle lock on a shared counter PC. Activity (keys, clicks, mouse movement — throttled) is noted
// locally; after `minutes` without any, `onIdle` runs. While the user is active the core hears a
// heartbeat (session.touch) at most once a minute, so its own idle sweep agrees with the screen.
// Only setInterval and Date.now(): Playwright's page.clock can fast-forward both.
import { useEffect, useRef } from 'react';
import { call } from '../api';
import { idleClock } from './idleClock';

const TICK_MS = 1000;
const TOUCH_EVERY_MS = 60_000;
const MOVE_THROTTLE_MS = 1000;

interface IdleLockOptions {
  enabled: boolean;
  minutes: number;
  /** False while the password must be changed: the core refuses heartbeats then. */
  heartbeat: boolean;
  onIdle: () => void;
}

export function useIdleLock({ enabled, minutes, heartbeat, onIdle }: IdleLockOptions): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!enabled) return;
    const limit = Math.max(1, minutes) * 60_000;
    let lastActivity = Date.now();
    let lastTouch = lastActivity; // logging in or unlocking counted as activity in the core
    let lastMove = 0;
    let done = false;

    const active = () => {
      lastActivity = Date.now();
      idleClock.set(lastActivity + limit);
    };
    const moved = () => {
      const now = Date.now();
      if (now - lastMove >= MOVE_THROTTLE_MS) {
        lastMove = now;
        lastActivity = now;
        idleClock.set(now + limit);
      }
    };
    const options = { capture: true, passive: true } as const;
    idleClock.set(lastActivity + limit);
    window.addEventListener('keydown', active, options);
    window.addEventListener('mousedown', active, options);
    window.addEventListener('wheel', moved, options);
    window.addEventListener('mousemove', moved, options);

    const timer = setInterval(() => {
      if (done) return;
      const now = Date.now();
      if (now - lastActivity >= limit) {
        done = true;
        onIdleRef.current();
        return;
      }
      // Trailing heartbeat: activity since the last one, and a minute has passed.
      if (heartbeat && lastActivity > lastTouch && now - lastTouch >= TOUCH_EVERY_MS) {
        lastTouch = now;
        call('session.touch', {}).catch(() => {
          // LOCKED / AUTH_REQUIRED are handled app-wide (see App's failure listener)
        });
      }
    }, TICK_MS);

    return () => {
      idleClock.set(null);
      clearInterval(timer);
      window.removeEventListener('keydown', active, options);
      window.removeEventListener('mousedown', active, options);
      window.removeEventListener('wheel', moved, options);
      window.removeEventListener('mousemove', moved, options);
    };
  }, [enabled, minutes, heartbeat]);
}
