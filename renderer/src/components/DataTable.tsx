// A plain, accessible table over a @tanstack/react-table instance: sortable headers are buttons
// and say their order with aria-sort. A list whose rows open (onOpen) behaves as the customer
// list: one row is highlighted, ↑ ↓ move it, Enter or a double click opens it.
import type { ReactNode } from 'react';
import { flexRender, type Table } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { useRowOpening, type KeysFrom } from './useRowOpening';

interface DataTableProps<T> {
  table: Table<T>;
  label: string;
  empty: string;
  testId?: string;
  rowTestId?: (row: T) => string;
  /** Makes the rows open: the highlighted row takes the Tab stop, Enter or a double click opens it. */
  onOpen?: (row: T) => void;
  /** A search box above the list whose ↑ ↓ move the highlight and whose Enter opens it. */
  keysFrom?: KeysFrom;
  /** A totals row under the rows (one cell per column; a report's sums). */
  totals?: ReactNode[];
}

export function DataTable<T>({ table, label, empty, testId, rowTestId, onOpen, keysFrom, totals }: DataTableProps<T>) {
  const { t } = useTranslation();
  const rows = table.getRowModel().rows;
  const opening = useRowOpening(rows, onOpen, keysFrom);
  return (
    <div className="table-wrap">
      <table className={onOpen ? 'table table--select' : 'table'} id={opening.tableId} aria-label={label} data-testid={testId}>
        <TableHead table={table} />
        <tbody onKeyDown={opening.onKeyDown}>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={table.getAllLeafColumns().length} className="table__empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row, i) => (
              <tr key={row.id} data-testid={rowTestId?.(row.original)} {...opening.rowProps(i)}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
        {totals && rows.length > 0 ? (
          <tfoot>
            <tr className="table__totals">
              {table.getAllLeafColumns().map((c, i) => (
                <td key={c.id} className={c.columnDef.meta?.className}>
                  {totals[i]}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

/** A table's header: each sortable column a button (▲/▼/↕, the direction read out), aria-sort on
 * the cell. Shared by the plain tables and the customers' virtual list (which numbers its rows). */
export function TableHead<T>({ table, rowIndex, sortTestIds }: { table: Table<T>; rowIndex?: boolean; sortTestIds?: boolean }) {
  const { t } = useTranslation();
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} aria-rowindex={rowIndex ? 1 : undefined}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const content = header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext());
            return (
              <th
                key={header.id}
                scope="col"
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                className={header.column.columnDef.meta?.className}
              >
                {header.column.getCanSort() ? (
                  <button type="button" className="table__sort" onClick={header.column.getToggleSortingHandler()} data-testid={sortTestIds ? `sort-${header.column.id}` : undefined}>
                    {content}
                    <span className={sorted ? 'table__sort-mark' : 'table__sort-mark table__sort-mark--none'} aria-hidden="true">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                    </span>
                    {sorted ? <span className="visually-hidden">, {t(sorted === 'asc' ? 'common.sortAscending' : 'common.sortDescending')}</span> : null}
                  </button>
                ) : (
                  content
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
