// A labelled multi-line field (reasons, notes): optional marker, hint and error tied to it for
// screen readers.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function TextArea({
  label,
  value,
  onChange,
  required,
  error,
  hint,
  testId,
  rows = 3,
  maxLength = 2000,
  autoFocus,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  required?: boolean;
  error?: string | undefined;
  hint?: string | undefined;
  testId?: string;
  rows?: number;
  maxLength?: number;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
        {required ? null : <span className="field__optional"> ({t('common.optional')})</span>}
      </label>
      <textarea
        id={id}
        className="input textarea"
        rows={rows}
        maxLength={maxLength}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
        autoFocus={autoFocus}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
