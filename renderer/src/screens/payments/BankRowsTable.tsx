// The preview's rows: one per bank transaction, with what the core found for it. Matched rows are
// ticked; an unmatched row can be allocated by hand to an invoice by its number, or left for later.
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankRow, BankRowStatus } from '../../../../shared/api/paymentsImport';
import { formatDate } from '../../../../shared/format/dates';
import { formatMoney } from '../../../../shared/format/money';
import { call } from '../../api';
import { DataTable } from '../../components/DataTable';
import { errorMessage } from '../../forms/serverErrors';

export interface Allocation {
  invoiceId: number;
  number: number;
  buyerName: string;
  ticked: boolean;
}

export const isSuggested = (s: BankRowStatus) => s === 'matched' || s === 'matchedByAmount' || s === 'underpaid' || s === 'overpaid';

const TONE: Record<BankRowStatus, string> = {
  matched: 'badge badge--ok',
  matchedByAmount: 'badge badge--warn',
  underpaid: 'badge badge--warn',
  overpaid: 'badge badge--warn',
  alreadyApplied: 'badge badge--muted',
  unmatched: 'badge badge--danger',
  ignored: 'badge badge--muted',
};

/** Finds an issued invoice by its number for a manual allocation. */
function AllocateControl({ row, onPick }: { row: BankRow; onPick: (a: Allocation | null) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <button type="button" className="btn btn--link" onClick={() => setOpen(true)} data-testid={`bank-allocate-${row.key}`}>
        {t('payments.allocate')}
      </button>
    );
  }
  const find = async () => {
    setError(null);
    const n = Number(number.trim());
    if (!Number.isInteger(n) || n <= 0) return setError(t('payments.allocateNotFound', { number }));
    try {
      const found = (await call('invoices.list', { number: n, filter: 'all', limit: 5 })).rows.find((r) => r.number === n && r.kind === 'invoice' && r.status !== 'draft');
      if (!found) return setError(t('payments.allocateNotFound', { number: n }));
      onPick({ invoiceId: found.id, number: n, buyerName: found.buyerName, ticked: true });
      setOpen(false);
    } catch (err) {
      setError(errorMessage(err, t));
    }
  };
  return (
    <span className="bank-allocate">
      <input
        className="input input--invoice-number"
        inputMode="numeric"
        aria-label={t('payments.allocateNumber')}
        value={number}
        onChange={(e) => setNumber(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void find();
          }
        }}
        data-testid={`bank-allocate-number-${row.key}`}
      />
      <button type="button" className="btn btn--secondary btn--small" onClick={() => void find()} data-testid={`bank-allocate-find-${row.key}`}>
        {t('payments.allocateFind')}
      </button>
      {error ? (
        <span className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

export function BankRowsTable({ rows, allocations, onAllocations }: { rows: BankRow[]; allocations: Map<string, Allocation>; onAllocations: (m: Map<string, Allocation>) => void }) {
  const { t } = useTranslation();
  const set = (key: string, a: Allocation | null) => {
    const next = new Map(allocations);
    if (a) next.set(key, a);
    else next.delete(key);
    onAllocations(next);
  };

  const columns = useMemo(() => {
    const col = createColumnHelper<BankRow>();
    return [
      col.display({
        id: 'apply',
        header: () => t('payments.col.apply'),
        cell: ({ row: { original: r } }) => {
          const a = allocations.get(r.key);
          if (!a) return null;
          return (
            <input
              type="checkbox"
              checked={a.ticked}
              aria-label={`${t('payments.col.apply')} ${r.entryRef} ${r.txRef}`}
              onChange={(e) => set(r.key, { ...a, ticked: e.target.checked })}
              data-testid={`bank-apply-${r.key}`}
            />
          );
        },
      }),
      col.accessor('bookingDate', { header: () => t('payments.col.bookingDate'), cell: (c) => (c.getValue() ? formatDate(c.getValue()) : '') }),
      col.accessor('amountCents', {
        header: () => t('payments.col.amount'),
        meta: { className: 'table__num' },
        cell: ({ row: { original: r } }) => (r.currency === 'EUR' ? formatMoney(r.amountCents) : `${r.currency} ${formatMoney(r.amountCents).replace(' €', '')}`),
      }),
      col.accessor('reference', {
        header: () => t('payments.col.reference'),
        cell: ({ row: { original: r } }) =>
          r.reference ? (
            <>
              {r.reference}
              {r.referenceKind === 'invalid' ? <span className="muted"> ({t('payments.reference.invalid')})</span> : null}
            </>
          ) : (
            <span className="muted">{r.message}</span>
          ),
      }),
      col.accessor('payerName', { header: () => t('payments.col.payer') }),
      col.accessor('entryRef', { header: () => t('payments.col.entryRef'), cell: ({ row: { original: r } }) => (r.txRef ? `${r.entryRef} / ${r.txRef}` : r.entryRef) }),
      col.accessor('status', {
        header: () => t('payments.col.status'),
        cell: ({ row: { original: r } }) => (
          <span data-testid={`bank-status-${r.key}`}>
            <span className={TONE[r.status]}>{t(`payments.status.${r.status}`)}</span>
            {r.reason ? <span className="muted"> — {t(`payments.reason.${r.reason}`)}</span> : null}
          </span>
        ),
      }),
      col.display({
        id: 'invoice',
        header: () => t('payments.col.invoice'),
        cell: ({ row: { original: r } }) => {
          const a = allocations.get(r.key);
          const manual = a && (!r.invoice || a.invoiceId !== r.invoice.id);
          if (r.status === 'unmatched') {
            return manual ? (
              <span>
                {a.number} {a.buyerName}{' '}
                <button type="button" className="btn btn--link" onClick={() => set(r.key, null)} data-testid={`bank-allocate-clear-${r.key}`}>
                  {t('payments.allocateClear')}
                </button>
              </span>
            ) : (
              <AllocateControl row={r} onPick={(x) => set(r.key, x)} />
            );
          }
          return r.invoice ? `${r.invoice.number} ${r.invoice.buyerName}` : null;
        },
      }),
      col.accessor('openAfterCents', {
        header: () => t('payments.col.openAfter'),
        meta: { className: 'table__num' },
        cell: (c) => (c.getValue() === null ? '' : formatMoney(c.getValue()!)),
      }),
    ];
    // set() closes over allocations: rebuilt when they change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, allocations]);

  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel() });
  return <DataTable table={table} label={t('payments.title')} empty={t('payments.nothingToApply')} testId="bank-rows" rowTestId={(r) => `bank-row-${r.entryRef}${r.txRef ? `-${r.txRef}` : ''}`} />;
}
