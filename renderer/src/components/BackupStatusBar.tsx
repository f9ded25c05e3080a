// The status bar at the bottom of the app: who is logged in and in which role, when the idle lock
// falls (a countdown, restarted by any key or mouse movement), and how old the last verified backup is, in a warning
// style once it is older than the setting allows (or there is none), and a button to the backup
// screen. Refreshed after a backup and every few minutes — but only while someone is using the
// app (or when the date changes): a call counts as activity in the core, so polling an unattended
// screen would keep its session from locking.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../shared/api/backup';
import { helsinkiDate } from '../../../shared/format/dates';
import { call } from '../api';
import { currentLanguage } from '../i18n';
import { onBackupChanged } from '../screens/backup/events';
import { backupAgeText } from '../screens/backup/format';
import { idleClock } from '../app/idleClock';
import { Icon } from './Icon';

const TICK_MS = 60_000;
const REFRESH_MS = 3 * 60_000;
/** "Someone is using the app": a key or a click within the last tick. */
const ACTIVE_MS = TICK_MS;

interface BackupStatusBarProps {
  /** The backup screen is showing. */
  current: boolean;
  onOpen: () => void;
  /** Who is logged in (name, role's text). */
  user?: { name: string; role: string };
}

/** m:ss until the idle lock; re-rendered each second on its own, so the rest of the bar is not. */
function IdleCountdown() {
  const { t } = useTranslation();
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => {
      const at = idleClock.get();
      setLeft(at === null ? null : Math.max(0, at - Date.now()));
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, []);
  if (left === null) return null;
  const seconds = Math.ceil(left / 1000);
  const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <span className="statusbar__idle" title={t('desk.status.idleTitle')} data-testid="status-idle">
      <Icon name="lock" className="statusbar__icon statusbar__icon--muted" />
      {t('desk.status.idle', { time })}
    </span>
  );
}

export function BackupStatusBar({ current, onOpen, user }: BackupStatusBarProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const loadedAt = useRef({ time: 0, day: '' });
  const lastInput = useRef(0);

  const load = useCallback(async () => {
    loadedAt.current = { time: Date.now(), day: helsinkiDate() };
    try {
      setStatus(await call('backup.status', {}));
    } catch {
      // keep what was shown; the app reacts to a lost session by itself
    }
  }, []);

  useEffect(() => {
    void load();
    const off = onBackupChanged(() => void load());
    const active = () => {
      lastInput.current = Date.now();
    };
    const options = { capture: true, passive: true } as const;
    window.addEventListener('keydown', active, options);
    window.addEventListener('mousedown', active, options);
    const timer = setInterval(() => {
      const now = Date.now();
      const dayChanged = helsinkiDate() !== loadedAt.current.day;
      if (dayChanged || (now - lastInput.current < ACTIVE_MS && now - loadedAt.current.time >= REFRESH_MS)) void load();
    }, TICK_MS);
    return () => {
      off();
      clearInterval(timer);
      window.removeEventListener('keydown', active, options);
      window.removeEventListener('mousedown', active, options);
    };
  }, [load]);

  const warn = status?.warn ?? false;
  // Red from twice the manager's number of working days (or with no backup at all), as on home.
  const alert = status !== null && (status.workingDaysSince === null || status.workingDaysSince >= 2 * status.warnAfterWorkingDays);
  const text = !status
    ? t('common.loading')
    : status.lastVerifiedAt
      ? t('backup.status.last', { when: backupAgeText(t, status.lastVerifiedAt, status.workingDaysSince, currentLanguage()) })
      : t('backup.status.none');

  return (
    <footer
      className={alert ? 'statusbar statusbar--warn statusbar--alert' : warn ? 'statusbar statusbar--warn' : 'statusbar'}
      aria-label={t('backup.status.label')}
      data-testid="backup-statusbar"
      data-warn={warn ? 'true' : 'false'}
      data-level={alert ? 'alert' : warn ? 'warn' : 'ok'}
    >
      <div className="statusbar__text" role="status" data-testid="backup-status-text">
        {warn ? <Icon name="warning" className="statusbar__icon" /> : <Icon name="backup" className="statusbar__icon" />}
        {warn ? <span className="visually-hidden">{t('backup.status.warningPrefix')} </span> : null}
        <span>{text}</span>
        {warn && status ? <span className="statusbar__advice">{t(status.lastVerifiedAt ? 'backup.status.adviceOld' : 'backup.status.adviceNone')}</span> : null}
      </div>
      <div className="statusbar__session">
        {user ? (
          <span className="statusbar__user" data-testid="status-user">
            {t('desk.status.user', { name: user.name, role: user.role })}
          </span>
        ) : null}
        <IdleCountdown />
      <button
        type="button"
        className={warn ? 'btn btn--small btn--statuswarn' : 'btn btn--small btn--statusbar'}
        onClick={onOpen}
        aria-current={current ? 'page' : undefined}
        data-testid="backup-open"
      >
        {t('backup.status.open')}
      </button>
      </div>
    </footer>
  );
}
