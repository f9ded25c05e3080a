// Organisations: a search box (name or business ID) and the list; ↑ ↓ and Enter open one.
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { createColumnHelper, flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import type { OrganizationSummary } from '../../../../shared/api/organizations';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
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
  const [selected, setSelected] = useState(0);
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
          setSelected(0);
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
  const model = table.getRowModel().rows;

  const select = (i: number) => {
    const next = Math.max(0, Math.min(model.length - 1, i));
    setSelected(next);
    document.getElementById(`${id}-row-${next}`)?.scrollIntoView({ block: 'nearest' });
  };
  const open = (i: number) => {
    const row = model[i];
    if (row) nav.open({ kind: 'org', id: row.original.id });
  };

  const onKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') select(selected + 1);
    else if (e.key === 'ArrowUp') select(selected - 1);
    else if (e.key === 'Enter') open(selected);
    else if (e.key === 'Escape' && query) setQuery('');
    else return;
    e.preventDefault();
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
      <div className="searchbar">
        <div className="searchbar__field">
          <label htmlFor={`${id}-search`} className="field__label">
            {t('organizations.search.label')}
          </label>
          <input
            ref={inputRef}
            id={`${id}-search`}
            className="input input--search"
            type="search"
            data-autofocus
            data-testid="organization-search"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('organizations.search.placeholder')}
            aria-controls={id}
            aria-activedescendant={model[selected] ? `${id}-row-${selected}` : undefined}
            aria-describedby={`${id}-keys`}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onKey}
          />
          <p id={`${id}-keys`} className="field__hint">
            {t('organizations.search.keys')}
          </p>
        </div>
        <div className="searchbar__tools">
          <button type="button" className="btn btn--primary" onClick={() => nav.open({ kind: 'orgNew' })} aria-keyshortcuts="Alt+N" data-testid="organization-new">
            + {t('organizations.new')}
            <kbd className="btn__key" aria-hidden="true">
              Alt+N
            </kbd>
          </button>
        </div>
      </div>
      <p role="status" className="muted customer-list__status" data-testid="organization-list-status">
        {status}
      </p>
      <FormAlert message={error} />
      <div className="table-wrap">
        <table className="table table--select" id={id} aria-label={t('organizations.list.tableLabel')} data-testid="organization-table">
          <thead>
            {table.getHeaderGroups().map((g) => (
              <tr key={g.id}>
                {g.headers.map((h) => {
                  const sorted = h.column.getIsSorted();
                  return (
                    <th key={h.id} scope="col" className={h.column.columnDef.meta?.className} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                      <button type="button" className="table__sort" onClick={h.column.getToggleSortingHandler()}>
                        {flexRender(h.column.columnDef.header, h.getContext())}
                        <span className={sorted ? 'table__sort-mark' : 'table__sort-mark table__sort-mark--none'} aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {model.map((row, i) => (
              <tr
                key={row.id}
                id={`${id}-row-${i}`}
                aria-selected={i === selected}
                className={i === selected ? 'vtable__row vtable__row--selected' : 'vtable__row'}
                data-testid={`organization-row-${row.original.id}`}
                onClick={() => setSelected(i)}
                onDoubleClick={() => open(i)}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
            {rows !== null && model.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="table__empty">
                  {status}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
