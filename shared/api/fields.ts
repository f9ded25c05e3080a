// Field validators shared by the forms and the core. Messages are i18n keys ("errors.*"):
// the core translates them into the caller's language, the forms into the UI language.
import { z } from 'zod';
import { isValidBusinessId, normalizeBusinessId } from '../finnish/businessId';
import { normalizePhone } from '../finnish/phone';
import { helsinkiDate, isIsoDate } from '../format/dates';

export const MIN_PASSWORD_LENGTH = 10;

export const requiredText = (max = 200) =>
  z.string().trim().min(1, { message: 'errors.required' }).max(max, { message: 'errors.tooLong' });

export const optionalText = (max = 200) => z.string().trim().max(max, { message: 'errors.tooLong' }).default('');

export const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { message: 'errors.passwordTooShort' })
  .max(200, { message: 'errors.tooLong' });

/** Any non-empty string: used where an existing password is checked, not set. */
export const givenPassword = z.string().min(1, { message: 'errors.required' }).max(200, { message: 'errors.tooLong' });

/**
 * A username keeps the case it was typed in ("Maija" is shown as Maija) but is compared without it:
 * the key slot is found by a hash of the lower-case form (store/keyring usernameLookup) and the
 * users table is searched with COLLATE NOCASE, so "maija", "Maija" and "MAIJA" are one account,
 * and the lower-case usernames of existing registers log in as before.
 */
export const username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{3,32}$/, { message: 'errors.username' });

export const isoDate = z.string().min(1, { message: 'errors.required' }).refine((v) => v === '' || isIsoDate(v), { message: 'errors.date' });

/** A date that has already happened (e.g. when a confidentiality commitment was signed). */
export const pastDate = isoDate.refine((d) => d <= helsinkiDate(), { message: 'errors.dateInFuture' });

export const email = z.string().trim().toLowerCase().pipe(z.email({ message: 'errors.email' }));

export const phone = z
  .string()
  .trim()
  .refine((v) => normalizePhone(v) !== null, { message: 'errors.phone' })
  .transform((v) => normalizePhone(v)!);

/** Email that may be left empty. */
export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => v === '' || z.email().safeParse(v).success, { message: 'errors.email' })
  .default('');

/** Phone that may be left empty; normalised to E.164 when given. */
export const optionalPhone = z
  .string()
  .trim()
  .refine((v) => v === '' || normalizePhone(v) !== null, { message: 'errors.phone' })
  .transform((v) => (v === '' ? '' : normalizePhone(v)!))
  .default('');

/** ISO 3166-1 alpha-2, as the register keeps a country ('FI'). */
export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { message: 'errors.country' });

export const finnishPostalCode = z.string().trim().regex(/^\d{5}$/, { message: 'errors.postalCode' });

export const businessId = z
  .string()
  .trim()
  .refine(isValidBusinessId, { message: 'errors.businessId' })
  .transform((v) => normalizeBusinessId(v)!);

/** Business ID that may be left empty (e.g. a housing company without one). */
export const optionalBusinessId = z
  .string()
  .trim()
  .refine((v) => v === '' || isValidBusinessId(v), { message: 'errors.businessId' })
  .transform((v) => (v === '' ? '' : normalizeBusinessId(v)!))
  .default('');

export const language = z.enum(['fi', 'en']);
export type Language = z.infer<typeof language>;

export const role = z.enum(['staff', 'manager']);
export type Role = z.infer<typeof role>;

export const id = z.number().int().positive();
