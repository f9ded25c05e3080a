// The customer list's columns, and the per-user column layout kept with preferences.set.
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { CustomerSummary, SearchHit } from '../../../../shared/api/customers';
import { compareText, formatPhone, listName } from './format';

/** A row of the list: a search hit, or a summary from the paged full list (no matchedOn). */
export type ListRow = CustomerSummary & { matchedOn?: SearchHit['matchedOn'] };

export const COLUMN_IDS = ['customerNumber', 'name', 'email', 'phone', 'city', 'organization', 'restricted', 'matchedOn'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** Columns the full list can be sorted by (on the server): the column -> customers.list sort. */
export const SERVER_SORT: Partial<Record<ColumnId, 'number' | 'name' | 'city'>> = { customerNumber: 'number', name: 'name', city: 'city' };

/** The name column cannot be hidden; "matched on" only exists while searching. */
export const HIDEABLE: ColumnId[] = ['customerNumber', 'email', 'phone', 'city', 'organization', 'restricted', 'matchedOn'];

export interface ColumnLayout {
  hidden: ColumnId[];
  sort: { id: ColumnId; desc: boolean } | null;
}

export const DEFAULT_LAYOUT: ColumnLayout = { hidden: [], sort: null };
export const LAYOUT_KEY = 'customers.columns';

/** A stored layout, checked: anything unknown falls back to the default. */
export function parseLayout(value: unknown): ColumnLayout {
  if (!value || typeof value !== 'object') return DEFAULT_LAYOUT;
  const v = value as { hidden?: unknown; sort?: unknown };
  const isId = (x: unknown): x is ColumnId => typeof x === 'string' && (COLUMN_IDS as readonly string[]).includes(x);
  const hidden = Array.isArray(v.hidden) ? v.hidden.filter(isId).filter((id) => HIDEABLE.includes(id)) : [];
  const s = v.sort as { id?: unknown; desc?: unknown } | null | undefined;
  const sort = s && isId(s.id) ? { id: s.id, desc: s.desc === true } : null;
  return { hidden, sort };
}

const column = createColumnHelper<ListRow>();

export function customerColumns(t: TFunction, searching: boolean) {
  const sortable = (id: ColumnId) => searching || SERVER_SORT[id] !== undefined;
  return [
    column.accessor('customerNumber', {
      id: 'customerNumber',
      header: () => t('customers.columns.customerNumber'),
      cell: (c) => <span className="mono">{c.getValue()}</span>,
      enableSorting: sortable('customerNumber'),
      meta: { className: 'col-number' },
    }),
    column.accessor((r) => listName(r), {
      id: 'name',
      header: () => t('customers.columns.name'),
      cell: (c) => (
        <span className="strong" title={c.getValue()}>
          {c.getValue()}
        </span>
      ),
      sortingFn: (a, b) => compareText(a.getValue<string>('name'), b.getValue<string>('name')),
      enableSorting: sortable('name'),
      meta: { className: 'col-name' },
    }),
    column.accessor('email', {
      id: 'email',
      header: () => t('customers.columns.email'),
      cell: (c) => <span title={c.getValue()}>{c.getValue()}</span>,
      enableSorting: sortable('email'),
      meta: { className: 'col-email' },
    }),
    column.accessor((r) => formatPhone(r.phone), {
      id: 'phone',
      header: () => t('customers.columns.phone'),
      cell: (c) => <span className="nowrap">{c.getValue()}</span>,
      enableSorting: sortable('phone'),
      meta: { className: 'col-phone' },
    }),
    column.accessor('city', {
      id: 'city',
      header: () => t('customers.columns.city'),
      sortingFn: (a, b) => compareText(a.original.city, b.original.city),
      enableSorting: sortable('city'),
      meta: { className: 'col-city' },
    }),
    column.accessor((r) => r.organizationName ?? '', {
      id: 'organization',
      header: () => t('customers.columns.organization'),
      cell: (c) => <span title={c.getValue()}>{c.getValue()}</span>,
      sortingFn: (a, b) => compareText(a.getValue<string>('organization'), b.getValue<string>('organization')),
      enableSorting: sortable('organization'),
      meta: { className: 'col-org' },
    }),
    column.accessor('restricted', {
      id: 'restricted',
      header: () => t('customers.columns.restricted'),
      cell: (c) => (c.getValue() ? <span className="badge badge--warn">{t('customers.restrictedShort')}</span> : null),
      enableSorting: sortable('restricted'),
      meta: { className: 'col-restricted' },
    }),
    column.accessor((r) => r.matchedOn ?? '', {
      id: 'matchedOn',
      header: () => t('customers.columns.matchedOn'),
      cell: (c) => (c.getValue() ? <span className="muted">{t(`customers.matchedOn.${c.getValue()}`)}</span> : null),
      enableSorting: sortable('matchedOn'),
      meta: { className: 'col-matched' },
    }),
  ];
}
