// Orders, newest first, with a status filter; a row opens the order (Enter on the highlighted row,
// a double click, or its number).
import { useEffect, useMemo, useState } from 'react';
import { createColumnHelper, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { ORDER_STATUSES, type OrderStatus, type OrderSummary } from '../../../../shared/api/orders';
import { formatDate } from '../../../../shared/format/dates';
import { formatMoney } from '../../../../shared/format/money';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { DataTable } from '../../components/DataTable';
import { errorMessage } from '../../forms/serverErrors';
import { OrderStatusBadge } from '../invoices/format';

const column = createColumnHelper<OrderSummary>();
/** One empty array for "not loaded yet": a new [] on every render is what froze the invoice list
 * when the user typed in its search before the first page had loaded (same pattern here). */
const NO_ROWS: OrderSummary[] = [];

export function OrderList({ onOpen, customerId }: { onOpen: (id: number) => void; customerId?: number }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const [data, setData] = useState<{ total: number; rows: OrderSummary[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sorting, setSorting] = useState<SortingState>([]);

  useEffect(() => {
    let live = true;
    call('orders.list', { ...(status ? { status } : {}), ...(customerId ? { customerId } : {}), offset: 0, limit: 200 }).then(
      (d) => live && setData(d),
      (err: unknown) => live && setError(errorMessage(err, t)),
    );
    return () => {
      live = false;
    };
  }, [status, customerId]);

  const columns = useMemo(
    () => [
      column.accessor('id', {
        header: () => t('orders.list.number'),
        cell: (c) => (
          <button type="button" className="btn btn--link mono" onClick={() => onOpen(c.getValue())} data-testid={`open-order-${c.getValue()}`}>
            {c.getValue()}
          </button>
        ),
        meta: { className: 'col-number' },
      }),
      column.accessor('date', { header: () => t('orders.list.date'), cell: (c) => formatDate(c.getValue()), meta: { className: 'nowrap' } }),
      column.accessor('customerName', { header: () => t('orders.list.customer'), cell: (c) => <span className="strong">{c.getValue()}</span> }),
      column.accessor('channel', { header: () => t('orders.list.channel'), cell: (c) => t(`orders.channel.${c.getValue()}`) }),
      column.accessor('lineCount', { header: () => t('orders.list.lines'), meta: { className: 'col-money' } }),
      column.accessor('grossCents', { header: () => t('orders.list.gross'), cell: (c) => formatMoney(c.getValue()), meta: { className: 'col-money money' } }),
      column.accessor('status', { header: () => t('orders.list.status'), cell: (c) => <OrderStatusBadge status={c.getValue()} t={t} /> }),
      column.accessor((r) => r.invoiceNumber ?? r.receiptNumber ?? 0, {
        id: 'document',
        header: () => t('orders.list.document'),
        cell: (c) =>
          c.row.original.invoiceNumber
            ? t('orders.list.invoice', { number: c.row.original.invoiceNumber })
            : c.row.original.receiptNumber
              ? t('orders.list.receipt', { number: c.row.original.receiptNumber })
              : c.row.original.invoiceId
                ? t('orders.card.invoiceDraft')
                : '',
      }),
    ],
    [t, onOpen],
  );
  const table = useReactTable({ data: data?.rows ?? NO_ROWS, columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });

  return (
    <div className="order-list" data-testid="order-list">
      <div className="list-toolbar">
        <div className="field field--short">
          <label htmlFor="order-status-filter" className="field__label">
            {t('orders.list.statusFilter')}
          </label>
          <select id="order-status-filter" className="input" value={status} onChange={(e) => setStatus(e.target.value as OrderStatus | '')} data-testid="order-status-filter">
            <option value="">{t('orders.list.allStatuses')}</option>
            {ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`orders.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <p className="muted list-toolbar__count" role="status">
          {data ? t('orders.list.count', { count: data.total }) : t('common.loading')}
        </p>
        <p className="muted small list-toolbar__count">{t('common.listKeys')}</p>
      </div>
      <FormAlert message={error} />
      <DataTable table={table} label={t('orders.list.label')} empty={t('orders.list.empty')} testId="orders-table" rowTestId={(r) => `order-row-${r.id}`} onOpen={(r) => onOpen(r.id)} />
    </div>
  );
}
