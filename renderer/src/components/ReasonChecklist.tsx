// The legal grounds of a refusal, ticked from a fixed list (a rectification refused, a request
// refused): one checkbox per ground, the error under the list, anything more (the free-text
// explanation) inside the same fieldset.
import { useId, type ReactNode } from 'react';

interface ReasonChecklistProps<R extends string> {
  legend: string;
  intro: string;
  options: readonly R[];
  labelOf: (r: R) => string;
  value: R[];
  onChange: (next: R[]) => void;
  error?: string | undefined;
  testId: string;
  /** data-testid of each checkbox */
  optionTestId: (r: R) => string;
  errorTestId?: string;
  children?: ReactNode;
}

export function ReasonChecklist<R extends string>({ legend, intro, options, labelOf, value, onChange, error, testId, optionTestId, errorTestId, children }: ReasonChecklistProps<R>) {
  const id = useId();
  return (
    <fieldset className="fieldset refusal-reasons" aria-describedby={error ? `${id}-error` : undefined} data-testid={testId}>
      <legend>{legend}</legend>
      <p className="muted fieldset__intro">{intro}</p>
      {options.map((r) => (
        <label key={r} className="checkline checkline--top">
          <input
            type="checkbox"
            checked={value.includes(r)}
            onChange={(e) => onChange(e.target.checked ? [...value, r] : value.filter((x) => x !== r))}
            data-testid={optionTestId(r)}
          />
          <span>{labelOf(r)}</span>
        </label>
      ))}
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert" data-testid={errorTestId}>
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
