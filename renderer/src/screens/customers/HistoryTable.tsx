// The field history: what changed, from what to what, when, by whom and why. Newest first.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import type { HistoryEntry } from '../../../../shared/api/customers';
import { formatInstant } from '../../../../shared/format/dates';
import { DataTable } from '../../components/DataTable';
import { currentLanguage } from '../../i18n';
import { historyFieldLabel, historyReason, historyValue } from './labels';

const column = createColumnHelper<HistoryEntry>();

export function HistoryTable({ entries }: { entries: HistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const columns = useMemo(
    () => [
      column.accessor('at', { header: () => t('customers.history.at'), cell: (c) => <span className="nowrap">{formatInstant(c.getValue(), currentLanguage())}</span> }),
      column.accessor('field', { header: () => t('customers.history.field'), cell: (c) => <span className="strong">{historyFieldLabel(t, c.getValue())}</span> }),
      column.display({
        id: 'change',
        header: () => t('customers.history.change'),
        cell: (c) => {
          const e = c.row.original;
          return (
            <span className="change">
              <span className="change__old">{historyValue(t, e.field, e.oldValue)}</span>
              <span className="change__arrow" aria-label={t('customers.history.to')}>
                {' → '}
              </span>
              <span className="change__new">{historyValue(t, e.field, e.newValue)}</span>
            </span>
          );
        },
      }),
      column.accessor('userName', { header: () => t('customers.history.user'), cell: (c) => c.getValue() ?? <span className="muted">{t('common.none')}</span> }),
      column.accessor((e) => historyReason(t, e), { id: 'reason', header: () => t('customers.history.reason'), cell: (c) => c.getValue() || <span className="muted">{t('common.none')}</span> }),
    ],
    [t, lang],
  );
  const table = useReactTable({ data: entries, columns, enableSorting: false, getCoreRowModel: getCoreRowModel() });
  return <DataTable table={table} label={t('customers.history.title')} empty={t('customers.history.none')} testId="history-table" />;
}
