// The support log (managers only): read-only, newest first, and a copy saved for support. The log
// holds no personal data (electron/core/support/); opening and saving it are audited in the core.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import type { SupportLogEntry } from '../../../../shared/api/support';
import { formatInstant } from '../../../../shared/format/dates';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { DataTable } from '../../components/DataTable';
import { DownloadButton } from '../../components/Download';
import { errorMessage } from '../../forms/serverErrors';
import { currentLanguage } from '../../i18n';

const column = createColumnHelper<SupportLogEntry>();

export function SupportLogScreen() {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<SupportLogEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setEntries((await call('support.log.read', { limit: 1000 })).entries);
      setError(null);
    } catch (err) {
      setError(errorMessage(err, t));
    }
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  const lang = i18n.language;
  const columns = useMemo(
    () => [
      column.accessor('at', { header: () => t('support.log.columns.at'), cell: (c) => <span className="nowrap">{formatInstant(c.getValue(), currentLanguage())}</span> }),
      column.accessor('level', { header: () => t('support.log.columns.level'), cell: (c) => t(`support.log.levels.${c.getValue()}`, { defaultValue: c.getValue() }) }),
      column.accessor('event', { header: () => t('support.log.columns.event'), cell: (c) => <code>{c.getValue()}</code> }),
      column.display({
        id: 'details',
        header: () => t('support.log.columns.details'),
        cell: (c) => {
          const e = c.row.original;
          return (
            <>
              <span className="support-log__fields">{e.fields}</span>
              {e.frames.length ? (
                <details>
                  <summary>{t('support.log.frames', { count: e.frames.length })}</summary>
                  <pre className="support-log__frames">{e.frames.join('\n')}</pre>
                </details>
              ) : null}
            </>
          );
        },
      }),
    ],
    [t, lang],
  );
  const data = useMemo(() => entries ?? [], [entries]);
  const table = useReactTable({ data, columns, enableSorting: false, getCoreRowModel: getCoreRowModel() });

  return (
    <div className="panel" data-testid="support-log-screen">
      <div className="panel__header">
        <div>
          <h2>{t('support.log.title')}</h2>
          <p className="muted">{t('support.log.intro')}</p>
        </div>
        <div className="panel__tools">
          <button type="button" className="btn btn--secondary" onClick={() => void load()} data-testid="support-log-refresh">
            {t('support.log.refresh')}
          </button>
          <DownloadButton
            label={t('support.log.save')}
            busyLabel={t('support.log.saving')}
            className="btn btn--primary"
            fetchFile={() => call('support.log.export', {})}
            testId="support-log-save"
          />
        </div>
      </div>
      <FormAlert message={error} />
      {entries === null && !error ? (
        <p className="loading">{t('support.log.loading')}</p>
      ) : (
        <DataTable table={table} label={t('support.log.title')} empty={t('support.log.empty')} testId="support-log-table" />
      )}
    </div>
  );
}
