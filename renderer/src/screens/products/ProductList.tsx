// The catalogue as a table (DataTable, sortable), searched by code, name or barcode as you type;
// ↑ ↓ in the search move the highlight and Enter opens the product.
import { useEffect, useMemo, useRef, useState } from 'react';
import { createColumnHelper, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/api/products';
import { formatMoney } from '../../../../shared/format/money';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { DataTable } from '../../components/DataTable';
import { errorMessage } from '../../forms/serverErrors';

const column = createColumnHelper<Product>();
const NO_ROWS: Product[] = [];

export function ProductList({ onOpen, reload }: { onOpen: (p: Product) => void; reload: number }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [data, setData] = useState<{ total: number; rows: Product[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sorting, setSorting] = useState<SortingState>([]);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      call('products.list', { query, includeInactive, limit: 500 }).then(
        (d) => live && setData(d),
        (err: unknown) => live && setError(errorMessage(err, t)),
      );
    }, 100);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, includeInactive, reload]);

  const columns = useMemo(
    () => [
      column.accessor('code', { header: () => t('products.fields.code'), cell: (c) => <span className="mono">{c.getValue()}</span> }),
      column.accessor((p) => (i18n.language === 'en' && p.nameEn ? p.nameEn : p.nameFi), { id: 'name', header: () => t('products.fields.nameFi'), cell: (c) => <span className="strong">{c.getValue()}</span> }),
      column.accessor('barcode', { header: () => t('products.fields.barcode'), cell: (c) => <span className="mono muted">{c.getValue()}</span> }),
      column.accessor('unit', { header: () => t('products.fields.unit') }),
      column.accessor('priceCents', {
        header: () => t('products.fields.price'),
        cell: (c) => `${formatMoney(c.getValue())} ${t(c.row.original.priceIncludesVat ? 'products.priceWith' : 'products.priceWithout')}`,
        meta: { className: 'col-money money' },
      }),
      column.accessor('vatCategory', { header: () => t('products.fields.vatCategory'), cell: (c) => t(`products.classes.${c.getValue()}`) }),
      column.accessor('active', { header: () => t('products.fields.active'), cell: (c) => (c.getValue() ? '' : <span className="badge">{t('products.inactive')}</span>) }),
    ],
    [t, i18n.language],
  );
  const table = useReactTable({ data: data?.rows ?? NO_ROWS, columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });

  return (
    <div className="product-list" data-testid="product-list">
      <div className="list-toolbar">
        <div className="field">
          <label htmlFor="product-search" className="field__label">
            {t('products.search')}
          </label>
          <input id="product-search" ref={searchRef} className="input" type="search" placeholder={t('products.searchHint')} value={query} onChange={(e) => setQuery(e.target.value)} data-autofocus data-testid="product-search" />
        </div>
        <label className="checkline">
          <input type="checkbox" checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} /> {t('products.showInactive')}
        </label>
        <p className="muted list-toolbar__count" role="status">
          {data ? t('products.count', { count: data.total }) : t('common.loading')}
        </p>
      </div>
      <FormAlert message={error} />
      <DataTable table={table} label={t('products.title')} empty={t('products.none')} testId="products-table" rowTestId={(p) => `product-row-${p.code}`} onOpen={onOpen} keysFrom={searchRef} />
    </div>
  );
}
