// The status bar at the bottom of the app: how old the last verified backup is, in a warning
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
import { Icon } from './Icon';

const TICK_MS = 60_000;
const REFRESH_MS = 3 * 60_000;
/** "Someone is using the app": a key or a click within the last tick. */
const ACTIVE_MS = TICK_MS;

interface BackupStatusBarProps {
  /** The backup screen is showing. */
  current: boolean;
  onOpen: () => void;
}

export function BackupStatusBar({ current, onOpen }: BackupStatusBarProps) {
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
  const text = !status
    ? t('common.loading')
    : status.lastVerifiedAt
      ? t('backup.status.last', { when: backupAgeText(t, status.lastVerifiedAt, status.workingDaysSince, currentLanguage()) })
      : t('backup.status.none');

  return (
    <footer className={warn ? 'statusbar statusbar--warn' : 'statusbar'} aria-label={t('backup.status.label')} data-testid="backup-statusbar" data-warn={warn ? 'true' : 'false'}>
      <div className="statusbar__text" role="status" data-testid="backup-status-text">
        {warn ? <Icon name="warning" className="statusbar__icon" /> : <Icon name="backup" className="statusbar__icon" />}
        {warn ? <span className="visually-hidden">{t('backup.status.warningPrefix')} </span> : null}
        <span>{text}</span>
        {warn && status ? <span className="statusbar__advice">{t(status.lastVerifiedAt ? 'backup.status.adviceOld' : 'backup.status.adviceNone')}</span> : null}
      </div>
      <button
        type="button"
        className={warn ? 'btn btn--small btn--statuswarn' : 'btn btn--small btn--statusbar'}
        onClick={onOpen}
        aria-current={current ? 'page' : undefined}
        data-testid="backup-open"
      >
        {t('backup.status.open')}
      </button>
    </footer>
  );
}
