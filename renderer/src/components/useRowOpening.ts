// Rows that open, as in the customer list (issue #15: orders and invoices opened only from the
// number, organisations only from their search box): one row is highlighted — the first when the
// rows come — ↑ ↓ (and Page, Home, End on a row) move it, Enter or a double click opens it. The
// highlighted row is the table's one Tab stop (roving tabindex), so the list is reachable without
// a mouse; a search box above it can lend its ↑ ↓ and Enter, keeping the focus in the box, which
// names the highlighted row with aria-activedescendant (as the customer search does).
import { useEffect, useId, useRef, useState, type HTMLAttributes, type KeyboardEvent, type RefObject } from 'react';

export type KeysFrom = RefObject<HTMLInputElement | null>;

const PAGE = 10;

/** Where a key moves the highlight from `from`, 'open', or null for a key the list leaves alone. */
function step(key: string, from: number): number | 'open' | null {
  switch (key) {
    case 'ArrowDown':
      return from + 1;
    case 'ArrowUp':
      return from - 1;
    case 'PageDown':
      return from + PAGE;
    case 'PageUp':
      return from - PAGE;
    case 'Enter':
      return 'open';
    default:
      return null;
  }
}

export function useRowOpening<T>(rows: { id: string; original: T }[], onOpen: ((row: T) => void) | undefined, keysFrom?: KeysFrom) {
  const tableId = useId();
  const [selected, setSelected] = useState(0);
  const current = Math.max(0, Math.min(selected, rows.length - 1));
  const rowId = (i: number) => `${tableId}-row-${i}`;
  // The native listener on the search box reads the list as it is now.
  const latest = useRef({ rows, current, onOpen });
  latest.current = { rows, current, onOpen };

  // Other rows (another filter, search or sort order) start from their first row.
  const rowsKey = rows.map((r) => r.id).join();
  useEffect(() => setSelected(0), [rowsKey]);

  const move = (to: number, focusRow: boolean) => {
    const n = latest.current.rows.length;
    if (n === 0) return;
    const i = Math.max(0, Math.min(n - 1, to));
    setSelected(i);
    const row = document.getElementById(rowId(i));
    row?.scrollIntoView({ block: 'nearest' });
    if (focusRow) row?.focus();
  };
  const open = (i: number) => {
    const { rows: now, onOpen: opener } = latest.current;
    const row = now[i];
    if (row && opener) opener(row.original);
  };

  const canOpen = onOpen !== undefined;
  useEffect(() => {
    const box = keysFrom?.current;
    if (!box || !canOpen) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const next = step(e.key, latest.current.current);
      if (next === null) return;
      e.preventDefault();
      if (next === 'open') open(latest.current.current);
      else move(next, false);
    };
    box.addEventListener('keydown', onKey);
    box.setAttribute('aria-controls', tableId);
    return () => box.removeEventListener('keydown', onKey);
  });
  useEffect(() => {
    const box = keysFrom?.current;
    if (!box) return;
    if (canOpen && rows.length > 0) box.setAttribute('aria-activedescendant', rowId(current));
    else box.removeAttribute('aria-activedescendant');
  });

  /** Keys pressed on a focused row (not on a button or field inside it). */
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!canOpen || !(e.target instanceof HTMLTableRowElement)) return;
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? rows.length - 1 : step(e.key, current);
    if (next === null) return;
    e.preventDefault();
    if (next === 'open') open(current);
    else move(next, true);
  };

  const rowProps = (i: number): HTMLAttributes<HTMLTableRowElement> =>
    canOpen
      ? {
          id: rowId(i),
          tabIndex: i === current ? 0 : -1,
          'aria-selected': i === current,
          className: i === current ? 'vtable__row vtable__row--selected' : 'vtable__row',
          onClick: () => setSelected(i),
          onDoubleClick: () => open(i),
        }
      : {};

  return { tableId, onKeyDown, rowProps };
}
