import { z } from 'zod';
import { method } from './define';

/** Per-user UI preferences (e.g. the customer list's column layout). Not personal data of customers. */
export const preferenceKey = z.string().regex(/^[a-z][a-zA-Z0-9.]{1,60}$/);

export const preferencesContract = {
  'preferences.get': method<unknown>()(z.object({ key: preferenceKey }), 'user'),
  'preferences.set': method<Record<string, never>>()(z.object({ key: preferenceKey, value: z.json() }), 'user'),
};
