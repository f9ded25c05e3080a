// A search-as-you-type picker (ARIA combobox with a listbox, automatic selection): the first
// match is highlighted, Enter or a click picks the highlighted one, ↑ ↓ move from it; Esc closes
// the list. Used to pick a customer (merge, organisation contacts)
// and an organisation (customer form).
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchPickerProps<T> {
  label: string;
  hint?: string | undefined;
  /** Shows "(optional)" after the label. */
  optional?: boolean | undefined;
  placeholder?: string | undefined;
  /** Answers for a query; '' may answer a default list or nothing. */
  search: (query: string) => Promise<T[]>;
  itemKey: (item: T) => string | number;
  renderItem: (item: T) => ReactNode;
  /** Plain text of an item, for screen readers' announcement of the choice. */
  itemText: (item: T) => string;
  onPick: (item: T) => void;
  /** Search also with an empty box (e.g. the first organisations). */
  searchEmpty?: boolean;
  error?: string | undefined;
  testId?: string;
  autoFocus?: boolean;
}

/** What makes a text box a search combobox over a listbox (the WAI-ARIA combobox pattern), one
 * definition for every picker: the customer and organisation pickers and the order's catalogue search. */
export function comboboxProps(listId: string, open: boolean, activeOptionId: string | undefined) {
  return {
    className: 'input',
    type: 'search',
    role: 'combobox',
    autoComplete: 'off',
    spellCheck: false,
    'aria-expanded': open,
    'aria-controls': listId,
    'aria-autocomplete': 'list' as const,
    'aria-activedescendant': open ? activeOptionId : undefined,
  };
}

export function SearchPicker<T>({ label, hint, optional, placeholder, search, itemKey, renderItem, itemText, onPick, searchEmpty, error, testId, autoFocus }: SearchPickerProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<T[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [searched, setSearched] = useState(false);
  const seq = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const searchRef = useRef(search);
  searchRef.current = search;

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    if (!open) return;
    const q = query.trim();
    const n = ++seq.current;
    if (!q && !searchEmpty) {
      setItems([]);
      setSearched(false);
      return;
    }
    const timer = setTimeout(() => {
      searchRef.current(q).then(
        (found) => {
          if (n !== seq.current) return;
          setItems(found);
          setActive(0);
          setSearched(true);
        },
        () => {
          if (n === seq.current) setItems([]);
        },
      );
    }, 100);
    return () => clearTimeout(timer);
  }, [query, open, searchEmpty]);

  const pick = (item: T) => {
    onPick(item);
    setOpen(false);
    setQuery('');
    setItems([]);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((a) => Math.min(a + 1, items.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      if (open && items[active]) {
        e.preventDefault();
        pick(items[active]);
      }
    } else if (e.key === 'Escape') {
      if (open && (items.length > 0 || query)) {
        // close the list only, not the dialog or screen around it
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
      }
    }
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const showList = open && items.length > 0;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', 'picker', error ? 'field--invalid' : ''].filter(Boolean).join(' ')} data-testid={testId}>
      <label htmlFor={id} className="field__label">
        {label}
        {optional ? <span className="field__optional"> ({t('common.optional')})</span> : null}
      </label>
      <input
        ref={inputRef}
        id={id}
        {...comboboxProps(listId, showList, items[active] ? `${id}-opt-${itemKey(items[active])}` : undefined)}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => searchEmpty && setOpen(true)}
        // Closed at once, not after a delay: a delayed close fired even when the focus had come back
        // and the user was typing again (typed right after setting the order date, the answer
        // arrived into a closed list — no suggestions, no "no matches"). A click in the list does not
        // blur the box (its mousedown is prevented below), so nothing needs the delay.
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={label} className="picker__list" hidden={!showList} onMouseDown={(e) => e.preventDefault()}>
        {items.map((item, i) => (
          <li
            key={itemKey(item)}
            id={`${id}-opt-${itemKey(item)}`}
            role="option"
            aria-selected={i === active}
            className="picker__option"
            aria-label={itemText(item)}
            // Only a pointer that moves takes the highlight: a list opening under a resting pointer
            // (left there after a click) must not move it from the first match to the one beneath.
            onMouseMove={(e) => {
              if (e.movementX !== 0 || e.movementY !== 0) setActive(i);
            }}
            onClick={() => pick(item)}
          >
            {renderItem(item)}
          </li>
        ))}
      </ul>
      {open && searched && items.length === 0 ? (
        <p className="picker__empty" role="status">
          {t('picker.noMatches')}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
