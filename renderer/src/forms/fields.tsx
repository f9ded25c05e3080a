// Form fields: a real <label htmlFor>, the message under the field, aria-invalid and
// aria-describedby pointing at the hint and the message (role=alert: each message is
// announced as it appears, not only the one on the field that takes the focus). Messages from zod are i18n keys
// ("errors.required"); messages the core sent are already translated (type 'server').
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import {
  get,
  type FieldError,
  type FieldValues,
  type Path,
  type RegisterOptions,
  type UseFormRegisterReturn,
  type UseFormReturn,
} from 'react-hook-form';
import { MIN_PASSWORD_LENGTH } from '../../../shared/api/fields';

export interface FieldBinding {
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
}

/** register() plus the field's current error, for one field path of a form. */
export function bind<T extends FieldValues>(
  // any context and any parsed-output type: bind() only registers and reads errors
  form: UseFormReturn<T, any, any>,
  name: Path<T>,
  options?: RegisterOptions<T, Path<T>>,
): FieldBinding {
  return { registration: form.register(name, options), error: get(form.formState.errors, name) as FieldError | undefined };
}

export function useErrorText() {
  const { t } = useTranslation();
  return (error: FieldError | undefined): string | undefined => {
    if (!error) return undefined;
    const message = error.message ?? '';
    if (error.type === 'server') return message;
    if (message.startsWith('errors.')) return t(message, { min: MIN_PASSWORD_LENGTH });
    return t('errors.invalid');
  };
}

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: FieldError | undefined;
  optional?: boolean | undefined;
  className?: string | undefined;
  children: (describedBy: string | undefined) => ReactNode;
  /** Shown under the hint and error (e.g. what a folder check found). */
  after?: ReactNode;
}

export function FieldFrame({ id, label, hint, error, optional, className, children, after }: FieldFrameProps) {
  const { t } = useTranslation();
  const errorText = useErrorText()(error);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [errorText ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', errorText ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
        {optional ? <span className="field__optional"> ({t('common.optional')})</span> : null}
      </label>
      {children(describedBy)}
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
      {after}
    </div>
  );
}

type TextFieldProps = FieldBinding &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'onChange' | 'onBlur' | 'id'> & {
    label: string;
    hint?: string | undefined;
    optional?: boolean | undefined;
    fieldClassName?: string | undefined;
  };

export function TextField({ label, hint, optional, registration, error, fieldClassName, type = 'text', ...input }: TextFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional} className={fieldClassName}>
      {(describedBy) => (
        <input
          id={id}
          type={type}
          className="input"
          {...input}
          {...registration}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          aria-required={optional ? undefined : true}
        />
      )}
    </FieldFrame>
  );
}

type SelectFieldProps = FieldBinding &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'onChange' | 'onBlur' | 'id'> & {
    label: string;
    hint?: string | undefined;
    options: { value: string; label: string }[];
    fieldClassName?: string | undefined;
  };

export function SelectField({ label, hint, registration, error, options, fieldClassName, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={fieldClassName}>
      {(describedBy) => (
        <select id={id} className="input" {...select} {...registration} aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
