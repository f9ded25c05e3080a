// The bar above a searchable list (customers, organisations): a labelled search box with its
// keyboard hint, and the list's tools on the right, ending with "+ New" (Alt+N).
import type { InputHTMLAttributes, KeyboardEvent, ReactNode, Ref } from 'react';

export interface ListSearch {
  /** The input's id; the hint below it is `${id}-keys`. */
  id: string;
  label: string;
  placeholder: string;
  keysHint: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** What the box drives in a listbox-like table (aria-controls, aria-activedescendant, shortcuts). */
  aria?: Pick<InputHTMLAttributes<HTMLInputElement>, 'aria-controls' | 'aria-activedescendant' | 'aria-keyshortcuts'>;
}

export function ListToolbar({ search, children }: { search: ListSearch; children: ReactNode }) {
  return (
    <div className="searchbar">
      <div className="searchbar__field">
        <label htmlFor={search.id} className="field__label">
          {search.label}
        </label>
        <input
          ref={search.inputRef}
          id={search.id}
          className="input input--search"
          type="search"
          data-autofocus
          data-testid={search.testId}
          autoComplete="off"
          spellCheck={false}
          placeholder={search.placeholder}
          aria-describedby={`${search.id}-keys`}
          {...search.aria}
          value={search.value}
          onChange={(e) => search.onChange(e.target.value)}
          onKeyDown={search.onKeyDown}
        />
        <p id={`${search.id}-keys`} className="field__hint">
          {search.keysHint}
        </p>
      </div>
      <div className="searchbar__tools">{children}</div>
    </div>
  );
}

/** "+ New …" with its shortcut shown (the list's screen listens for Alt+N). */
export function NewButton({ label, onClick, testId }: { label: string; onClick: () => void; testId: string }) {
  return (
    <button type="button" className="btn btn--primary" onClick={onClick} aria-keyshortcuts="Alt+N" data-testid={testId}>
      + {label}
      <kbd className="btn__key" aria-hidden="true">
        Alt+N
      </kbd>
    </button>
  );
}
