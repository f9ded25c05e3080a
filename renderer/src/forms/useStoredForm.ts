// A settings form over one stored record (backup settings, the register's settings): loaded once
// into the form, saved with the core's field messages under their fields, "saved" until the next edit.
import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../components/useLoad';
import { applyServerError } from './serverErrors';

interface StoredFormOptions<S, V extends FieldValues> {
  form: UseFormReturn<V>;
  load: () => Promise<S>;
  save: (values: V) => Promise<S>;
  /** The stored record as the form shows it. */
  toForm: (stored: S) => V;
  /** The form's field paths the core may name in its errors. */
  fields: string[];
  onSaved?: (stored: S) => void;
}

export function useStoredForm<S, V extends FieldValues>({ form, load, save, toForm, fields, onSaved }: StoredFormOptions<S, V>) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const loadError = useLoad(
    load,
    (stored) => {
      form.reset(toForm(stored));
      setLoaded(true);
    },
    [form],
  );
  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    setSaved(false);
    try {
      const stored = await save(values);
      form.reset(toForm(stored));
      setSaved(true);
      onSaved?.(stored);
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields }, t));
    }
  });
  return { loaded, loadError, alert, saved, setSaved, onSubmit };
}
