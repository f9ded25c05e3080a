// Backups (from the status bar's button): back up now, verify a file, the history. A manager
// finds the settings and the restore under Administration → Backups.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupHistoryRow, BackupStatus } from '../../../../shared/api/backup';
import type { Role } from '../../../../shared/api/fields';
import { call } from '../../api';
import { errorMessage } from '../../forms/serverErrors';
import { BackupHistory } from './BackupHistory';
import { BackupNowPanel } from './BackupNowPanel';
import { onBackupChanged } from './events';
import { joinPath } from './format';
import { VerifyPanel } from './VerifyPanel';

interface BackupScreenProps {
  role: Role;
  /** Administration → Backups (managers). */
  onOpenAdmin: () => void;
}

export function BackupScreen({ role, onOpenAdmin }: BackupScreenProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [history, setHistory] = useState<BackupHistoryRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [s, h] = await Promise.all([call('backup.status', {}), call('backup.history', { limit: 50 })]);
      setStatus(s);
      setHistory(h);
      setError(null);
    } catch (err) {
      setError(errorMessage(err, t));
    }
  }, [t]);

  useEffect(() => {
    void load();
    return onBackupChanged(() => void load());
  }, [load]);

  const newest = history?.[0];
  return (
    <section className="page backup-page" aria-labelledby="backup-title" data-testid="screen-backup">
      <h1 id="backup-title" tabIndex={-1}>
        {t('backup.title')}
      </h1>
      <p className="muted backup-page__intro">{t('backup.intro')}</p>
      {role === 'manager' ? (
        <p className="backup-page__admin">
          {t('backup.managerNote')}{' '}
          <button type="button" className="btn btn--link" onClick={onOpenAdmin} data-testid="backup-open-admin">
            {t('backup.managerLink')}
          </button>
        </p>
      ) : null}
      <div className="backup-grid">
        <BackupNowPanel lastFolder={status?.lastFolder ?? null} />
        <VerifyPanel suggestedFile={newest ? joinPath(newest.folder, newest.file) : null} lastFolder={status?.lastFolder ?? null} />
      </div>
      <BackupHistory rows={history} error={error} onRefresh={() => void load()} />
    </section>
  );
}
