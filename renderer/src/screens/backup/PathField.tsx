// A path typed or pasted, with a Browse… button beside it. The native picker (Electron) fills the
// field; when there is none (the browser harness) or it is cancelled, the typed value stays.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText, type FieldBinding } from '../../forms/fields';

interface PathFieldProps extends FieldBinding {
  label: string;
  hint?: string;
  /** Opens the picker. */
  onBrowse: () => void;
  /** While busy: the path cannot be changed (read-only, so the form keeps its value). */
  disabled?: boolean;
  testId: string;
  /** Shown under the field: e.g. what the folder check found. */
  children?: ReactNode;
}

export function PathField({ label, hint, registration, error, onBrowse, disabled, testId, children }: PathFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText()(error);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [errorText ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', 'pathfield', errorText ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="pathfield__row">
        <input
          id={id}
          type="text"
          className="input mono pathfield__input"
          spellCheck={false}
          autoComplete="off"
          readOnly={disabled}
          data-testid={testId}
          {...registration}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          aria-required
        />
        <button type="button" className="btn btn--secondary" onClick={onBrowse} disabled={disabled} data-testid={`${testId}-browse`}>
          {t('backup.browse')}
        </button>
      </div>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {errorText ? (
        <p id={errorId} className="field__error" role="alert">
          {errorText}
        </p>
      ) : null}
      {children}
    </div>
  );
}
