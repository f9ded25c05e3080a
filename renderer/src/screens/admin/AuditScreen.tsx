// The audit log, newest first, and the check of its hash chain.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import type { AuditRow, AuditVerification } from '../../../../shared/api/audit';
import { formatInstant } from '../../../../shared/format/dates';
import { call } from '../../api';
import { FormAlert, StatusMessage } from '../../components/Alerts';
import { DataTable } from '../../components/DataTable';
import { errorMessage } from '../../forms/serverErrors';
import { currentLanguage } from '../../i18n';

const PAGE = 100;
const column = createColumnHelper<AuditRow>();

function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ');
}

export function AuditScreen() {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<AuditRow[] | null>(null);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifying, setVerifying] = useState(false);

  const load = useCallback(
    async (beforeId?: number) => {
      try {
        const page = await call('audit.list', beforeId ? { limit: PAGE, beforeId } : { limit: PAGE });
        setRows((prev) => (beforeId && prev ? [...prev, ...page] : page));
        setMore(page.length === PAGE);
        setError(null);
      } catch (err) {
        setError(errorMessage(err, t));
      }
    },
    [t],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const verify = async () => {
    setVerifying(true);
    setVerification(null);
    try {
      setVerification(await call('audit.verify', {}));
      setError(null);
    } catch (err) {
      setError(errorMessage(err, t));
    } finally {
      setVerifying(false);
    }
  };

  const lang = i18n.language;
  const columns = useMemo(
    () => [
      column.accessor('id', { header: () => t('audit.columns.id'), meta: { className: 'table__num' } }),
      column.accessor('at', { header: () => t('audit.columns.at'), cell: (c) => <span className="nowrap">{formatInstant(c.getValue(), currentLanguage())}</span> }),
      column.accessor('username', { header: () => t('audit.columns.user'), cell: (c) => c.getValue() ?? <span className="muted">{t('common.none')}</span> }),
      column.accessor('action', {
        header: () => t('audit.columns.action'),
        cell: (c) => t(`audit.actions.${c.getValue().replace(/\./g, '_')}`, { defaultValue: c.getValue() }),
      }),
      column.accessor('details', { header: () => t('audit.columns.details'), cell: (c) => <span className="details">{detailsText(c.getValue())}</span> }),
    ],
    [t, lang],
  );

  const data = useMemo(() => rows ?? [], [rows]);
  const table = useReactTable({ data, columns, enableSorting: false, getCoreRowModel: getCoreRowModel() });

  return (
    <div className="panel" data-testid="audit-screen">
      <div className="panel__header">
        <div>
          <h2>{t('audit.title')}</h2>
          <p className="muted">{t('audit.intro')}</p>
        </div>
        <div className="panel__tools">
          <button type="button" className="btn btn--secondary" onClick={() => void load()}>
            {t('audit.refresh')}
          </button>
          <button type="button" className="btn btn--primary" disabled={verifying} onClick={() => void verify()} data-testid="audit-verify">
            {verifying ? t('audit.verifying') : t('audit.verify')}
          </button>
        </div>
      </div>
      {verification && !verification.ok ? (
        <div role="alert" className="alert alert--error" data-testid="audit-verify-result">
          {t('audit.verifyBroken', { id: verification.brokenAtId, reason: t(`audit.reasons.${verification.reason}`), count: verification.count })}
        </div>
      ) : (
        <StatusMessage testId="audit-verify-result">{verification?.ok ? t('audit.verifyOk', { count: verification.count }) : null}</StatusMessage>
      )}
      <FormAlert message={error} />
      {rows === null && !error ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <DataTable table={table} label={t('audit.tableLabel')} empty={t('audit.empty')} testId="audit-table" />
      )}
      {more ? (
        <div className="form__actions">
          <button type="button" className="btn btn--secondary" onClick={() => void load(rows?.at(-1)?.id)}>
            {t('audit.loadMore')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
