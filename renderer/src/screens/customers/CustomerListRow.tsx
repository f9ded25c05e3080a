// One row of the customer list, memoised: a keystroke re-renders the list (the box's value), and
// the rows on screen — the same customers until the search answers — must not be rebuilt each
// time (that render stood between the keystroke and the next painted frame; bench:ui).
import { memo } from 'react';
import { flexRender, type Column, type Row } from '@tanstack/react-table';
import type { ListRow } from './columns';

interface CustomerListRowProps {
  row: Row<ListRow>;
  index: number;
  selected: boolean;
  domId: string;
  /** Changes identity when the columns or their visibility (or language) change: the cells then render again. */
  columns: Column<ListRow>[];
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
}

export const CustomerListRow = memo(function CustomerListRow({ row, index, selected, domId, onSelect, onOpen }: CustomerListRowProps) {
  return (
    <tr
      id={domId}
      className={selected ? 'vtable__row vtable__row--selected' : 'vtable__row'}
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-testid={`customer-row-${row.original.customerNumber}`}
      onClick={() => onSelect(index)}
      onDoubleClick={() => onOpen(index)}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={cell.column.columnDef.meta?.className}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
});
