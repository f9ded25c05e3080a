// The line editor's product search: type a code or name (accent-insensitive, as the customer
// search) and pick with ↑ ↓ Enter, or scan a barcode. A USB scanner "types" the digits and Enter
// within a few milliseconds — faster than the list can answer — so Enter never waits for the list:
// it asks the core for the box's text right then and takes the first answer (an exact barcode or
// code comes first). The product is added as a line copying its text, unit, price and class, or
// the line already holding it gets one more. The focus stays here, ready for the next product.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/api/products';
import { formatMoney } from '../../../../shared/format/money';
import { call } from '../../api';
import { comboboxProps } from '../../components/SearchPicker';

interface Props {
  onPick: (product: Product) => string;
  inputRef: React.RefObject<HTMLInputElement | null>;
}

export function CatalogueSearch({ onPick, inputRef }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; items: Product[] }>({ query: '', items: [] });
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState('');
  const seq = useRef(0);

  // as you type: the list, a moment after the last key (a scanner's burst asks only once)
  useEffect(() => {
    const q = query.trim();
    const n = ++seq.current;
    if (!q) {
      setFound({ query: '', items: [] });
      return;
    }
    const timer = setTimeout(() => {
      call('products.search', { query: q, limit: 8 }).then(
        (items) => {
          if (n !== seq.current) return;
          setFound({ query: q, items });
          setActive(0);
        },
        () => undefined,
      );
    }, 120);
    return () => clearTimeout(timer);
  }, [query]);

  // Enters are served in the order they came: a scanner may send the next code while the core is
  // still answering the last one, so the box is emptied at once and the lookups queue here.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const take = (q: string, listed: Product | undefined) => {
    seq.current++;
    setQuery('');
    setFound({ query: '', items: [] });
    queue.current = queue.current.then(async () => {
      const p = listed ?? (await call('products.search', { query: q, limit: 1 }).catch(() => [] as Product[]))[0];
      setStatus(p ? onPick(p) : t('orders.catalogue.noMatch', { query: q }));
    });
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, Math.min(a + (e.key === 'ArrowDown' ? 1 : -1), found.items.length - 1)));
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      e.stopPropagation();
      setQuery('');
    } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault(); // never submits the order
      const q = e.currentTarget.value.trim();
      if (q) take(q, found.query === q ? found.items[active] : undefined);
    }
  };

  const name = (p: Product) => (i18n.language === 'en' && p.nameEn ? p.nameEn : p.nameFi);
  const showList = found.items.length > 0 && found.query === query.trim();
  return (
    <div className="field picker catalogue-search" data-testid="catalogue-search">
      <label htmlFor={id} className="field__label">
        {t('orders.catalogue.label')}
      </label>
      <input
        ref={inputRef}
        id={id}
        {...comboboxProps(listId, showList, found.items[active] ? `${id}-opt-${found.items[active]!.id}` : undefined)}
        aria-describedby={`${id}-hint`}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        data-testid="catalogue-input"
      />
      <ul id={listId} role="listbox" aria-label={t('orders.catalogue.label')} className="picker__list" hidden={!showList} onMouseDown={(e) => e.preventDefault()}>
        {found.items.map((p, i) => (
          <li key={p.id} id={`${id}-opt-${p.id}`} role="option" aria-selected={i === active} className="picker__option" onClick={() => take(found.query, p)}>
            <span className="picker__row">
              <span className="mono">{p.code}</span>
              <span className="strong">{name(p)}</span>
              <span className="muted">{formatMoney(p.priceCents)} {t(p.priceIncludesVat ? 'products.priceWith' : 'products.priceWithout')}</span>
              {p.barcode ? <span className="mono muted picker__details">{p.barcode}</span> : null}
            </span>
          </li>
        ))}
      </ul>
      <p id={`${id}-hint`} className="field__hint">
        {t('orders.catalogue.hint')}
      </p>
      <p className="field__hint" role="status" data-testid="catalogue-status">
        {status}
      </p>
    </div>
  );
}
