// The one date field of the app: a text field that shows 3.12.2026 whatever the language of the
// OS or the browser (a native <input type="date"> follows the browser's locale and showed
// mm/dd/yyyy on an English Windows), and gives the form the register's 'YYYY-MM-DD'.
// Typing reads day first (3.12.2026, 03.12.2026, 3.12.); ArrowUp/ArrowDown move a day (from today
// when empty); a text that is not a date stays as typed, so the form's own check refuses it too,
// and the field says so in the user's language once the person leaves it.
import { useEffect, useId, useRef, useState, type InputHTMLAttributes, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useController, type FieldError, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { addDays, parseDateInput } from '../../../shared/format/dateInput';
import { formatDate, helsinkiDate, isIsoDate } from '../../../shared/format/dates';
import { FieldFrame } from '../forms/fields';

type InputAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur' | 'type' | 'min' | 'max' | 'id' | 'form'>;

export type DateFieldProps = InputAttributes & {
  label: string;
  /** 'YYYY-MM-DD', '' for none, or the text typed when it is not a date. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: (() => void) | undefined;
  hint?: string | undefined;
  optional?: boolean | undefined;
  fieldClassName?: string | undefined;
  /** A message already in the user's language, or a FieldError from the form or the core. */
  error?: FieldError | string | undefined;
  /** Earliest and latest allowed 'YYYY-MM-DD': the arrow keys stop there, and a date outside is named. */
  min?: string | undefined;
  max?: string | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
};

/** What the form receives for a typed text: '' when empty, the date when it reads as one, else the text. */
function valueOf(text: string): string {
  return text.trim() === '' ? '' : (parseDateInput(text, helsinkiDate()) ?? text);
}

const shown = (value: string) => (isIsoDate(value) ? formatDate(value) : value);

export function DateField({ label, value, onChange, onBlur, hint, optional, fieldClassName, error, min, max, inputRef, onKeyDown, ...input }: DateFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(() => shown(value));
  const [left, setLeft] = useState(false);
  // The value changed from outside (form reset, a quick-pick button): show it.
  const latest = useRef(text);
  latest.current = text;
  useEffect(() => {
    if (valueOf(latest.current) !== value) setText(shown(value));
  }, [value]);

  const typed = valueOf(text);
  const local = !left || typed === '' ? undefined : !isIsoDate(typed) ? t('errors.date') : min && typed < min ? t('errors.dateBefore', { date: formatDate(min) }) : max && typed > max ? t('errors.dateAfter', { date: formatDate(max) }) : undefined;
  const shownError: FieldError | undefined = local ? { type: 'server', message: local } : typeof error === 'string' ? { type: 'server', message: error } : error;

  const set = (next: string) => {
    setText(next);
    onChange(valueOf(next));
  };
  const step = (e: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(e);
    if (e.defaultPrevented || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const today = helsinkiDate();
    let next = isIsoDate(typed) ? addDays(typed, e.key === 'ArrowUp' ? 1 : -1) : today;
    if (min && next < min) next = min;
    if (max && next > max) next = max;
    set(formatDate(next));
  };

  return (
    <FieldFrame id={id} label={label} hint={hint} error={shownError} optional={optional} className={fieldClassName}>
      {(describedBy) => (
        <input
          id={id}
          type="text"
          className="input input--date"
          inputMode="decimal"
          autoComplete="off"
          placeholder={t('common.datePlaceholder')}
          {...input}
          ref={inputRef}
          value={text}
          onChange={(e) => {
            setLeft(false);
            set(e.target.value);
          }}
          onKeyDown={step}
          onBlur={() => {
            setLeft(true);
            if (isIsoDate(typed)) setText(formatDate(typed)); // 03.12.26 -> 3.12.2026
            onBlur?.();
          }}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={describedBy}
          aria-required={optional ? undefined : true}
        />
      )}
    </FieldFrame>
  );
}

type FormDateFieldProps<T extends FieldValues> = Omit<DateFieldProps, 'value' | 'onChange' | 'onBlur' | 'error' | 'inputRef'> & {
  // any context and any parsed-output type, as bind() in forms/fields
  form: UseFormReturn<T, any, any>;
  name: Path<T>;
};

/** DateField bound to one field of a react-hook-form form (its value, error, touched state and focus). */
export function FormDateField<T extends FieldValues>({ form, name, ...props }: FormDateFieldProps<T>) {
  const { field, fieldState } = useController({ control: form.control, name });
  return <DateField {...props} name={name} value={(field.value as string | undefined) ?? ''} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} error={fieldState.error} />;
}
