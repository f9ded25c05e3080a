// Organisations: a search box (name or business ID) and the list; as in the customer list, ↑ ↓
// move the highlighted row, Enter or a double click opens it (the shared DataTable).
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { createColumnHelper, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import type { OrganizationSummary } from '../../../../shared/api/organizations';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { ListToolbar, NewButton } from '../../components/ListToolbar';
import { DataTable } from '../../components/DataTable';
import { errorMessage } from '../../forms/serverErrors';
import type { CustomersNav } from '../customers/CustomersScreen';
import { compareText } from '../customers/format';

const LIMIT = 500;
const column = createColumnHelper<OrganizationSummary>();

export function OrganizationList({ queryMemory, nav }: { queryMemory: RefObject<string>; nav: CustomersNav }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState(queryMemory.current);
  const [rows, setRows] = useState<OrganizationSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sorting, setSorting] = useState<SortingState>([]);
  const seq = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  useEffect(() => {
    queryMemory.current = query;
    const n = ++seq.current;
    const timer = setTimeout(() => {
      call('organizations.list', { query: query.trim(), limit: LIMIT }).then(
        (found) => {
          if (n !== seq.current) return;
          setRows(found);
          setError(null);
        },
        (err: unknown) => n === seq.current && setError(errorMessage(err, t)),
      );
    }, 100);
    return () => clearTimeout(timer);
  }, [query, queryMemory, t]);

  const lang = i18n.language;
  const columns = useMemo(
    () => [
      column.accessor('name', {
        header: () => t('organizations.columns.name'),
        cell: (c) => <span className="strong">{c.getValue()}</span>,
        sortingFn: (a, b) => compareText(a.original.name, b.original.name),
      }),
      column.accessor('businessId', { header: () => t('organizations.columns.businessId'), cell: (c) => <span className="mono">{c.getValue()}</span> }),
      column.accessor('city', { header: () => t('organizations.columns.city'), sortingFn: (a, b) => compareText(a.original.city, b.original.city) }),
      column.accessor('memberCount', { header: () => t('organizations.columns.members'), meta: { className: 'table__count' } }),
      column.accessor('activeContacts', { header: () => t('organizations.columns.activeContacts'), meta: { className: 'table__count' } }),
    ],
    [t, lang],
  );
  const data = useMemo(() => rows ?? [], [rows]);
  const table = useReactTable({ data, columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });

  // ↑ ↓ and Enter in the box belong to the list (DataTable's keysFrom); Esc empties the box.
  const onKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  };

  const status =
    rows === null
      ? t('common.loading')
      : rows.length === 0
        ? query.trim()
          ? t('organizations.list.noResults', { query: query.trim() })
          : t('organizations.list.empty')
        : t('organizations.list.count', { count: rows.length });

  return (
    <div className="customer-list" data-testid="organization-list">
      <ListToolbar
        search={{
          id: `${id}-search`,
          label: t('organizations.search.label'),
          placeholder: t('organizations.search.placeholder'),
          keysHint: t('organizations.search.keys'),
          testId: 'organization-search',
          value: query,
          onChange: setQuery,
          onKeyDown: onKey,
          inputRef,
        }}
      >
        <NewButton label={t('organizations.new')} onClick={() => nav.open({ kind: 'orgNew' })} testId="organization-new" />
      </ListToolbar>
      <p role="status" className="muted customer-list__status" data-testid="organization-list-status">
        {status}
      </p>
      <FormAlert message={error} />
      <DataTable
        table={table}
        label={t('organizations.list.tableLabel')}
        empty={rows === null ? '' : status}
        testId="organization-table"
        rowTestId={(o) => `organization-row-${o.id}`}
        onOpen={(o) => nav.open({ kind: 'org', id: o.id })}
        keysFrom={inputRef}
      />
    </div>
  );
}
