// The backups taken of this register, newest first.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import type { BackupHistoryRow } from '../../../../shared/api/backup';
import { formatInstant } from '../../../../shared/format/dates';
import { DataTable } from '../../components/DataTable';
import { FormAlert } from '../../components/Alerts';
import { currentLanguage } from '../../i18n';
import { formatBytes } from './format';

const column = createColumnHelper<BackupHistoryRow>();

interface BackupHistoryProps {
  rows: BackupHistoryRow[] | null;
  error: string | null;
  onRefresh: () => void;
}

export function BackupHistory({ rows, error, onRefresh }: BackupHistoryProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const columns = useMemo(
    () => [
      column.accessor('at', { header: () => t('backup.history.columns.at'), cell: (c) => <span className="nowrap">{formatInstant(c.getValue(), currentLanguage())}</span> }),
      column.accessor('folder', { header: () => t('backup.history.columns.folder'), cell: (c) => <span className="mono path">{c.getValue()}</span> }),
      column.accessor('file', { header: () => t('backup.history.columns.file'), cell: (c) => <span className="mono path">{c.getValue()}</span> }),
      column.accessor('size', {
        header: () => t('backup.history.columns.size'),
        meta: { className: 'table__right' },
        cell: (c) => <span className="nowrap">{formatBytes(c.getValue(), currentLanguage())}</span>,
      }),
      column.accessor('byName', { header: () => t('backup.history.columns.by'), cell: (c) => c.getValue() ?? <span className="muted">{t('common.none')}</span> }),
      column.accessor('verified', {
        header: () => t('backup.history.columns.verified'),
        cell: (c) =>
          c.getValue() ? <span className="badge badge--ok">{t('backup.history.verified')}</span> : <span className="badge badge--warn">{t('backup.history.notVerified')}</span>,
      }),
    ],
    // lang: re-render the cells in the new language
    [t, lang],
  );
  const data = useMemo(() => rows ?? [], [rows]);
  const table = useReactTable({ data, columns, enableSorting: false, getCoreRowModel: getCoreRowModel() });

  return (
    <section className="panel backup-panel backup-panel--wide" aria-labelledby="backup-history-title" data-testid="backup-history">
      <div className="panel__header">
        <div>
          <h2 id="backup-history-title">{t('backup.history.title')}</h2>
          <p className="muted">{t('backup.history.intro')}</p>
        </div>
        <button type="button" className="btn btn--secondary btn--small" onClick={onRefresh}>
          {t('backup.history.refresh')}
        </button>
      </div>
      <FormAlert message={error} />
      {rows === null && !error ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <DataTable table={table} label={t('backup.history.tableLabel')} empty={t('backup.history.empty')} testId="backup-history-table" rowTestId={(r) => `backup-row-${r.id}`} />
      )}
    </section>
  );
}
