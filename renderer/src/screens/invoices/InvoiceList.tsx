// Invoices with the filters a shop uses (open, overdue, in collection, drafts, paid…), an invoice
// date range and a search by number or buyer; the sums of what the filter shows. A row opens as in
// the customer list: ↑ ↓ in the search box or on a row, Enter or a double click.
import { useEffect, useMemo, useRef, useState } from 'react';
import { createColumnHelper, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { INVOICE_FILTERS, type InvoiceSummary } from '../../../../shared/api/invoices';
import { formatDate, isIsoDate } from '../../../../shared/format/dates';
import { formatMoney } from '../../../../shared/format/money';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { DataTable } from '../../components/DataTable';
import { errorMessage } from '../../forms/serverErrors';
import { InvoiceStatusBadge } from './format';
import { DateField } from '../../components/DateField';

export type InvoiceFilter = (typeof INVOICE_FILTERS)[number];
const SHOWN: InvoiceFilter[] = ['open', 'overdue', 'inCollection', 'drafts', 'paid', 'credited', 'creditNotes', 'all'];

export interface InvoiceListState {
  filter: InvoiceFilter;
  from: string;
  to: string;
  query: string;
}

const column = createColumnHelper<InvoiceSummary>();
/** One empty array for "not loaded yet": a new [] on every render sent the table into an endless
 * re-render when the user typed in the search before the first page had loaded (the window froze). */
const NO_ROWS: InvoiceSummary[] = [];

export function InvoiceList({ state, onState, onOpen }: { state: InvoiceListState; onState: (s: InvoiceListState) => void; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const [data, setData] = useState<{ total: number; rows: InvoiceSummary[]; sums: { grossCents: number; openCents: number } } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sorting, setSorting] = useState<SortingState>([]);
  const { filter, from, to, query } = state;
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      call('invoices.list', {
        filter,
        ...(isIsoDate(from) ? { from } : {}),
        ...(isIsoDate(to) ? { to } : {}),
        query: query.trim(),
        offset: 0,
        limit: 500,
      }).then(
        (d) => {
          if (!live) return;
          setData(d);
          setError(null);
        },
        (err: unknown) => live && setError(errorMessage(err, t)),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [filter, from, to, query]);

  const columns = useMemo(
    () => [
      column.accessor((r) => r.number ?? 0, {
        id: 'number',
        header: () => t('invoices.list.number'),
        cell: (c) => (
          <button type="button" className="btn btn--link mono" onClick={() => onOpen(c.row.original.id)} data-testid={`open-invoice-${c.row.original.id}`}>
            {c.row.original.number ?? t('invoices.list.draft')}
          </button>
        ),
        meta: { className: 'col-number' },
      }),
      column.accessor('buyerName', { header: () => t('invoices.list.buyer'), cell: (c) => <span className="strong">{c.getValue()}</span> }),
      column.accessor((r) => r.invoiceDate ?? '', { id: 'date', header: () => t('invoices.list.date'), cell: (c) => (c.getValue() ? formatDate(c.getValue()) : ''), meta: { className: 'nowrap' } }),
      column.accessor((r) => r.effectiveDueDate ?? r.dueDate ?? '', {
        id: 'due',
        header: () => t('invoices.list.due'),
        cell: (c) => (
          <span className={c.row.original.overdue ? 'text-danger nowrap' : 'nowrap'}>
            {c.getValue() ? formatDate(c.getValue()) : ''}
            {c.row.original.overdue ? ` (+${c.row.original.daysOverdue})` : ''}
          </span>
        ),
      }),
      column.accessor('grossCents', { header: () => t('invoices.list.gross'), cell: (c) => formatMoney(c.getValue()), meta: { className: 'col-money money' } }),
      column.accessor((r) => (r.status === 'draft' ? 0 : r.openCents), {
        id: 'open',
        header: () => t('invoices.list.open'),
        // A draft is owed by no one until it is sent: no open amount, as on its card and in the sums
        // above (the row said 109,27 € while the sums said "0,00 € avoinna").
        cell: (c) =>
          c.row.original.status === 'draft' ? (
            <span className="muted" title={t('invoices.list.draftNotOpen')} aria-label={t('invoices.list.draftNotOpen')}>
              –
            </span>
          ) : (
            formatMoney(c.getValue())
          ),
        meta: { className: 'col-money money' },
      }),
      column.accessor('status', {
        header: () => t('invoices.list.status'),
        cell: (c) => (
          <span className="badges">
            <InvoiceStatusBadge status={c.getValue()} t={t} />
            {c.row.original.reminderCount ? <span className="badge badge--muted">{t('invoices.list.reminders', { count: c.row.original.reminderCount })}</span> : null}
          </span>
        ),
      }),
    ],
    [t, onOpen],
  );
  const table = useReactTable({ data: data?.rows ?? NO_ROWS, columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });

  return (
    <div className="invoice-list" data-testid="invoice-list">
      <nav className="subnav subnav--small invoice-filters" aria-label={t('invoices.list.filters')}>
        {SHOWN.map((f) => (
          <button key={f} type="button" className="subnav__item" aria-current={f === filter ? 'page' : undefined} onClick={() => onState({ ...state, filter: f })} data-testid={`invoice-filter-${f}`}>
            {t(`invoices.filter.${f}`)}
          </button>
        ))}
      </nav>
      <div className="list-toolbar">
        <div className="field field--search">
          <label htmlFor="invoice-query" className="field__label">
            {t('invoices.list.search')}
          </label>
          <input ref={searchRef} id="invoice-query" className="input input--search" type="search" value={query} aria-describedby="invoice-query-keys" placeholder={t('invoices.list.searchPlaceholder')} onChange={(e) => onState({ ...state, query: e.target.value })} data-autofocus data-testid="invoice-search" />
          <p id="invoice-query-keys" className="field__hint">
            {t('common.listKeys')}
          </p>
        </div>
        <DateField label={t('invoices.list.from')} optional fieldClassName="field--short" value={from} onChange={(v) => onState({ ...state, from: v })} data-testid="invoice-from" />
        <DateField label={t('invoices.list.to')} optional fieldClassName="field--short" value={to} onChange={(v) => onState({ ...state, to: v })} data-testid="invoice-to" />
        {data ? (
          <div className="stats list-toolbar__sums" role="status" data-testid="invoice-sums">
            <div className="stat">
              <span className="stat__value">{data.total}</span>
              <span className="stat__label">{t('invoices.list.countLabel', { count: data.total })}</span>
            </div>
            <div className="stat">
              <span className="stat__value stat__value--money">{formatMoney(data.sums.grossCents)}</span>
              <span className="stat__label">{t('invoices.list.sumGross')}</span>
            </div>
            <div className="stat">
              <span className="stat__value stat__value--money" data-testid="invoice-sum-open">
                {formatMoney(data.sums.openCents)}
              </span>
              <span className="stat__label">{t('invoices.list.sumOpen')}</span>
            </div>
          </div>
        ) : null}
      </div>
      <FormAlert message={error} />
      <DataTable table={table} label={t('invoices.list.label')} empty={t('invoices.list.empty')} testId="invoices-table" rowTestId={(r) => `invoice-row-${r.id}`} onOpen={(r) => onOpen(r.id)} keysFrom={searchRef} />
    </div>
  );
}
