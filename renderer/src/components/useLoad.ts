// Loads what a screen shows once per key (a record's id): the value goes to `onLoaded` unless the
// screen has moved on meanwhile (an answer for an old id is dropped); a failure becomes the
// message in the user's language. `load` null: nothing to load (a new record's form).
import { useEffect, useState, type DependencyList } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../forms/serverErrors';

export function useLoad<T>(load: (() => Promise<T>) | null, onLoaded: (value: T) => void, deps: DependencyList): string | null {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (value) => live && onLoaded(value),
      (err: unknown) => live && setError(errorMessage(err, t)),
    );
    return () => {
      live = false;
    };
    // once per key: the callbacks are new on every render
  }, deps);
  return error;
}
