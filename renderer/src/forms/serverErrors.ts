// Maps a failed call onto a form: field messages from the core go under their fields (paths
// like "controller.name" or "username"), everything else becomes the alert at the top.
import type { TFunction } from 'i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiCallError } from '../api';

export interface ServerErrorTarget<T extends FieldValues> {
  setError: UseFormSetError<T>;
  /** Field paths this form shows. */
  fields: readonly string[];
}

/** Returns the text for the form's alert box (null if there is nothing more to say). */
export function applyServerError<T extends FieldValues>(err: unknown, target: ServerErrorTarget<T>, t: TFunction): string {
  if (!(err instanceof ApiCallError)) return t('common.connectionError');
  const unmapped: string[] = [];
  let first = true;
  for (const [path, message] of Object.entries(err.fields)) {
    if (target.fields.includes(path)) {
      target.setError(path as Path<T>, { type: 'server', message }, { shouldFocus: first });
      first = false;
    } else {
      unmapped.push(message);
    }
  }
  if (err.code === 'VALIDATION') return [t('errors.validation'), ...unmapped].join(' ');
  return err.message;
}

/** Splits field errors between several forms (the setup wizard's steps). */
export function fieldErrorsByPrefix(err: unknown, prefix: string): [string, string][] {
  if (!(err instanceof ApiCallError)) return [];
  return Object.entries(err.fields).filter(([path]) => path.startsWith(`${prefix}.`));
}

export function errorMessage(err: unknown, t: TFunction): string {
  return err instanceof ApiCallError ? err.message : t('common.connectionError');
}
