// The counter's first screen: one search box and the list under it. Typing searches
// (customers.search on every keystroke, stale answers dropped); an empty box shows the whole register
// (customers.list), fetched page by page as the virtual list scrolls. ↑ ↓ / Page keys move the
// selection, Enter or a double click opens the customer.
import { useCallback, useEffect, useId, useMemo, useReducer, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type Row, type SortingState, type VisibilityState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { CustomerSummary, SearchHit } from '../../../../shared/api/customers';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { ListToolbar, NewButton } from '../../components/ListToolbar';
import { TableHead } from '../../components/DataTable';
import { errorMessage } from '../../forms/serverErrors';
import { CustomerListRow } from './CustomerListRow';
import { COLUMN_IDS, customerColumns, HIDEABLE, SERVER_SORT, type ColumnId, type ColumnLayout, type ListRow } from './columns';

const PAGE = 100;
const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 38;
const SEARCH_LIMIT = 200;
const NO_ROWS: ListRow[] = [];

/** What the list remembers while a customer card is open. */
export interface ListMemory {
  query: string;
  selected: number;
  scrollTop: number;
}

interface CustomerListProps {
  memory: RefObject<ListMemory>;
  layout: ColumnLayout;
  onLayout: (layout: ColumnLayout) => void;
  onOpen: (id: number) => void;
  onNew: (query: string) => void;
  onImport: () => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

export function CustomerList({ memory, layout, onLayout, onOpen, onNew, onImport, searchRef }: CustomerListProps) {
  const { t, i18n } = useTranslation();
  const tableId = useId();
  const [query, setQuery] = useState(memory.current.query);
  const trimmed = query.trim();
  // The list shows the results of `shown` (the query last answered; '' = the whole register), not
  // of the box: a keystroke changes only the box, and the list changes once, when its answer is
  // in — not first to an empty "searching" table and then to the rows (bench:ui).
  const [shown, setShown] = useState(trimmed);
  const searching = shown !== '';
  const [selected, setSelected] = useState(memory.current.selected);
  const [error, setError] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  // For error texts only: a language switch must not refetch the list.
  const tRef = useRef(t);
  tRef.current = t;

  // The counter's first key goes to the search box.
  useEffect(() => {
    searchRef.current?.focus();
  }, [searchRef]);

  // --- search -------------------------------------------------------------------------------
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  // Back from a card with a query: its search is under way from the first render.
  const [pending, setPending] = useState(() => trimmed !== '');
  const searchSeq = useRef(0);
  const openWhenReady = useRef(false);
  const firstSearch = useRef(memory.current.query.trim() !== '');

  // The request leaves from the input's own event, before React renders the new box value: the
  // render (the whole list) then overlaps the round trip instead of preceding it.
  const runSearch = useCallback((text: string) => {
    const q = text.trim();
    const n = ++searchSeq.current;
    if (!q) {
      setHits(null);
      setShown('');
      setPending(false);
      return;
    }
    setPending(true);
    // No debounce: the core answers within a few ms at 100 000 customers and stale answers are
    // dropped by the sequence number; a 100 ms wait was 105 of the 145 ms from keystroke to
    // painted rows (npm run bench:ui, docs/performance.md).
    call('customers.search', { query: q, limit: SEARCH_LIMIT }).then(
      (found) => {
        if (n !== searchSeq.current) return; // a newer query is on its way
        setHits(found);
        setShown(q);
        setPending(false);
        setError(null);
        if (firstSearch.current) firstSearch.current = false;
        else setSelected(0);
      },
      (err: unknown) => {
        if (n !== searchSeq.current) return;
        setPending(false);
        setError(errorMessage(err, tRef.current));
      },
    );
  }, []);

  const changeQuery = (text: string) => {
    if (text.trim() !== trimmed) runSearch(text);
    setQuery(text);
  };

  // Back from a card with a query in the box: search it again.
  useEffect(() => {
    if (memory.current.query.trim()) runSearch(memory.current.query);
  }, [runSearch, memory]);

  // --- the full list, in pages ----------------------------------------------------------------
  const sorting: SortingState = useMemo(() => (layout.sort ? [{ id: layout.sort.id, desc: layout.sort.desc }] : []), [layout.sort]);
  const serverSortColumn = layout.sort && SERVER_SORT[layout.sort.id] ? layout.sort : null;
  const serverSort = serverSortColumn ? SERVER_SORT[serverSortColumn.id]! : 'name';
  const serverDesc = serverSortColumn?.desc ?? false;
  const [total, setTotal] = useState<number | null>(null);
  const pages = useRef(new Map<number, CustomerSummary[]>());
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const [pagesVersion, pageArrived] = useReducer((x: number) => x + 1, 0);

  const loadPage = useCallback(
    (page: number) => {
      if (pages.current.has(page) || loading.current.has(page)) return;
      loading.current.add(page);
      const gen = generation.current;
      call('customers.list', { sort: serverSort, descending: serverDesc, offset: page * PAGE, limit: PAGE }).then(
        (res) => {
          if (gen !== generation.current) return;
          loading.current.delete(page);
          pages.current.set(page, res.rows);
          setTotal(res.total);
          setError(null);
          pageArrived();
        },
        (err: unknown) => {
          if (gen !== generation.current) return;
          loading.current.delete(page);
          setError(errorMessage(err, tRef.current));
        },
      );
    },
    [serverSort, serverDesc],
  );

  useEffect(() => {
    if (searching) return;
    generation.current++;
    pages.current = new Map();
    loading.current = new Set();
    const first = Math.floor(Math.max(0, memory.current.scrollTop - HEADER_HEIGHT) / ROW_HEIGHT / PAGE);
    loadPage(first);
    // keep the memory's position only for the first load after returning
  }, [searching, loadPage, memory]);

  const summaryAt = (index: number): CustomerSummary | undefined => pages.current.get(Math.floor(index / PAGE))?.[index % PAGE];

  // --- the table ------------------------------------------------------------------------------
  const lang = i18n.language;
  const columns = useMemo(() => customerColumns(t, searching), [t, searching, lang]);
  const columnVisibility: VisibilityState = useMemo(
    () => Object.fromEntries(COLUMN_IDS.map((id) => [id, !layout.hidden.includes(id) && (id !== 'matchedOn' || searching)])),
    [layout.hidden, searching],
  );

  const count = searching ? (hits?.length ?? 0) : (total ?? 0);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    overscan: 5,
    initialOffset: () => memory.current.scrollTop,
  });
  const items = virtualizer.getVirtualItems();

  // In the full list the table holds only the rows on screen (its sort is done by the server).
  // The data must keep its identity between renders: react-table recomputes (and resets) on a
  // new array.
  const windowSummaries = searching ? [] : items.map((v) => summaryAt(v.index)).filter((r): r is CustomerSummary => r !== undefined);
  const windowKey = windowSummaries.map((r) => r.id).join(',');
  const windowRows = useMemo(() => windowSummaries, [windowKey, pagesVersion]);
  const data: ListRow[] = searching ? (hits ?? NO_ROWS) : windowRows;
  const table = useReactTable({
    data,
    columns,
    autoResetAll: false,
    state: { sorting, columnVisibility },
    manualSorting: !searching,
    sortDescFirst: false,
    getRowId: (r) => String(r.id),
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      onLayout({ ...layout, sort: first ? { id: first.id as ColumnId, desc: first.desc } : null });
    },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const modelRows = table.getRowModel().rows;
  const rowsById = useMemo(() => new Map(modelRows.map((r) => [r.original.id, r])), [modelRows]);
  const rowAt = (index: number): Row<ListRow> | undefined => {
    if (searching) return modelRows[index];
    const s = summaryAt(index);
    return s ? rowsById.get(s.id) : undefined;
  };

  // Back from a customer card: the same place in the list, once its rows are there.
  const restored = useRef(memory.current.scrollTop === 0);
  useEffect(() => {
    if (restored.current || count === 0) return;
    restored.current = true;
    virtualizer.scrollToOffset(memory.current.scrollTop);
  }, [count, virtualizer, memory]);

  // Another sort order starts at the top.
  const sortKey = `${serverSort}:${serverDesc}:${layout.sort?.id ?? ''}:${layout.sort?.desc ?? ''}`;
  const lastSort = useRef(sortKey);
  useEffect(() => {
    if (lastSort.current === sortKey) return;
    lastSort.current = sortKey;
    virtualizer.scrollToOffset(0);
    setSelected(0);
  }, [sortKey, virtualizer]);

  // Fetch the pages the visible rows need.
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (searching || total === null) return;
    for (let p = Math.floor(firstIndex / PAGE); p <= Math.floor(lastIndex / PAGE); p++) loadPage(p);
  }, [searching, total, firstIndex, lastIndex, loadPage]);

  // A new query starts at the top.
  const lastQuery = useRef(shown);
  useEffect(() => {
    if (lastQuery.current === shown) return;
    lastQuery.current = shown;
    // Only when not at the top already: a scroll command makes the virtualizer read the
    // element's scroll height (a forced layout) on this and the following frames — ~3 ms a
    // keystroke in a profile of typing (bench:ui).
    if ((virtualizer.scrollOffset ?? 0) > 0) virtualizer.scrollToOffset(0);
    if (!shown) setSelected(0);
  }, [shown, virtualizer]);

  // Remember where we were.
  useEffect(() => {
    memory.current.query = query;
    memory.current.selected = selected;
  }, [memory, query, selected]);

  const open = (index: number) => {
    const row = rowAt(index);
    if (row) onOpen(row.original.id);
  };
  // The rows get one stable function (memoised rows), which opens with the list as it is now.
  const openRef = useRef(open);
  openRef.current = open;
  const openByIndex = useCallback((index: number) => openRef.current(index), []);

  // Enter pressed before the answer came: open when it is here (and rendered, in its order).
  useEffect(() => {
    if (!openWhenReady.current || pending || (searching && hits === null)) return;
    openWhenReady.current = false;
    open(selected);
  });

  const select = (index: number) => {
    if (count === 0) return;
    const i = Math.max(0, Math.min(count - 1, index));
    setSelected(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
  };

  const onListKey = (e: React.KeyboardEvent) => {
    // Read only for the page keys: reading clientHeight forces a layout on every keystroke.
    const pageRows = () => Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    switch (e.key) {
      case 'ArrowDown':
        select(selected + 1);
        break;
      case 'ArrowUp':
        select(selected - 1);
        break;
      case 'PageDown':
        select(selected + pageRows());
        break;
      case 'PageUp':
        select(selected - pageRows());
        break;
      case 'Enter':
        if (pending || (searching && hits === null)) openWhenReady.current = true;
        else open(selected);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const onSearchKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape' && query) {
      e.preventDefault();
      e.stopPropagation();
      changeQuery('');
      return;
    }
    if (e.key === 'Home' || e.key === 'End') return;
    onListKey(e);
  };

  const status = (() => {
    if (searching) {
      if (hits === null) return t('customers.list.searching');
      if (hits.length === 0) return t('customers.list.noResults', { query: shown });
      return hits.length >= SEARCH_LIMIT ? t('customers.list.limited', { count: hits.length }) : t('customers.list.results', { count: hits.length });
    }
    if (pending) return t('customers.list.searching');
    if (total === null) return t('common.loading');
    return total === 0 ? t('customers.list.empty') : t('customers.list.total', { count: total, formatted: total.toLocaleString('fi-FI') });
  })();

  const visibleColumns = table.getVisibleLeafColumns();
  const selectedRow = count > 0 ? rowAt(selected) : undefined;
  const paddingTop = items.length ? items[0]!.start - HEADER_HEIGHT : 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items.at(-1)!.end : 0;

  return (
    <div className="customer-list" data-testid="customer-list">
      <ListToolbar
        search={{
          id: `${tableId}-search`,
          label: t('customers.search.label'),
          placeholder: t('customers.search.placeholder'),
          keysHint: t('customers.search.keys'),
          testId: 'customer-search',
          value: query,
          onChange: changeQuery,
          onKeyDown: onSearchKey,
          inputRef: searchRef,
          aria: {
            'aria-controls': tableId,
            'aria-activedescendant': selectedRow ? `${tableId}-row-${selected}` : undefined,
            'aria-keyshortcuts': '/ Control+K',
          },
        }}
      >
        <ColumnsMenu layout={layout} onLayout={onLayout} />
        <button type="button" className="btn btn--secondary" onClick={onImport} data-testid="customer-import">
          {t('customers.import.open')}
        </button>
        <NewButton label={t('customers.new')} onClick={() => onNew(query)} testId="customer-new" />
      </ListToolbar>
      <div className="customer-list__status">
        <p role="status" className="muted" data-testid="customer-list-status">
          {status}
        </p>
        {searching && hits !== null && hits.length === 0 ? (
          <button type="button" className="btn btn--link" onClick={() => onNew(query)}>
            {t('customers.list.addFromQuery')}
          </button>
        ) : null}
      </div>
      <FormAlert message={error} />
      <div
        className="table-wrap vtable-wrap"
        ref={scrollRef}
        tabIndex={-1}
        onKeyDown={onListKey}
        onScroll={(e) => {
          memory.current.scrollTop = e.currentTarget.scrollTop;
        }}
      >
        <table className="table vtable" id={tableId} aria-label={t('customers.list.tableLabel')} aria-rowcount={count + 1} data-testid="customer-table">
          <TableHead table={table} rowIndex sortTestIds />
          <tbody>
            {paddingTop > 0 ? (
              <tr aria-hidden="true" className="vtable__spacer">
                <td colSpan={visibleColumns.length} style={{ height: paddingTop }} />
              </tr>
            ) : null}
            {items.map((v) => {
              const row = rowAt(v.index);
              if (!row) {
                return (
                  <tr key={`pending-${v.index}`} className="vtable__row vtable__row--pending" aria-rowindex={v.index + 2}>
                    <td colSpan={visibleColumns.length}>{t('common.loading')}</td>
                  </tr>
                );
              }
              return <CustomerListRow key={row.id} row={row} index={v.index} selected={v.index === selected} domId={`${tableId}-row-${v.index}`} columns={visibleColumns} onSelect={setSelected} onOpen={openByIndex} />;
            })}
            {paddingBottom > 0 ? (
              <tr aria-hidden="true" className="vtable__spacer">
                <td colSpan={visibleColumns.length} style={{ height: paddingBottom }} />
              </tr>
            ) : null}
            {count === 0 ? (
              <tr>
                <td colSpan={visibleColumns.length} className="table__empty">
                  {searching ? (hits === null ? t('customers.list.searching') : t('customers.list.noResultsShort')) : total === null ? t('common.loading') : t('customers.list.emptyHint')}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Which columns show: a small menu of checkboxes, remembered per user. */
function ColumnsMenu({ layout, onLayout }: { layout: ColumnLayout; onLayout: (l: ColumnLayout) => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (e: MouseEvent) => {
      if (ref.current?.open && !ref.current.contains(e.target as Node)) ref.current.open = false;
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);
  const toggle = (id: ColumnId, show: boolean) =>
    onLayout({ ...layout, hidden: show ? layout.hidden.filter((h) => h !== id) : [...layout.hidden, id] });
  return (
    <details
      className="menu"
      ref={ref}
      data-testid="columns-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && ref.current?.open) {
          e.preventDefault();
          e.stopPropagation();
          ref.current.open = false;
          ref.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary className="btn btn--secondary">{t('customers.columnsMenu.open')}</summary>
      <fieldset className="menu__panel">
        <legend className="menu__title">{t('customers.columnsMenu.title')}</legend>
        {HIDEABLE.map((id) => (
          <label key={id} className="menu__item">
            <input type="checkbox" checked={!layout.hidden.includes(id)} onChange={(e) => toggle(id, e.target.checked)} data-testid={`column-toggle-${id}`} />
            {t(`customers.columns.${id}`)}
          </label>
        ))}
        <button type="button" className="btn btn--link" onClick={() => onLayout({ hidden: [], sort: null })}>
          {t('customers.columnsMenu.reset')}
        </button>
      </fieldset>
    </details>
  );
}
