import { z } from 'zod';
import { method } from './define';
import * as f from './fields';
import { controllerSchema } from './setup';

/** The supervisory authority every letter names. Defaults are what the office publishes today;
 * the privacy notice's own address is out of date (see PRODUCT.md §4). */
export const ombudsmanSchema = z.object({
  nameFi: f.requiredText(),
  nameEn: f.requiredText(),
  postalAddressFi: f.requiredText(),
  postalAddressEn: f.requiredText(),
  visitingAddress: f.requiredText(),
  phoneFi: f.requiredText(50),
  phoneEn: f.requiredText(50),
  email: f.email,
  web: f.requiredText(100),
});
export type Ombudsman = z.infer<typeof ombudsmanSchema>;

export const DEFAULT_OMBUDSMAN: Ombudsman = {
  nameFi: 'Tietosuojavaltuutetun toimisto',
  nameEn: 'Office of the Data Protection Ombudsman',
  postalAddressFi: 'PL 800, 00531 Helsinki',
  postalAddressEn: 'P.O. Box 800, FI-00531 Helsinki',
  visitingAddress: 'Lintulahdenkuja 4, 00530 Helsinki',
  phoneFi: '029 566 6700',
  phoneEn: '+358 29 566 6700',
  email: 'tietosuoja@om.fi',
  web: 'tietosuoja.fi',
};

export const settingsSchema = z.object({
  idleLockMinutes: z.number().int().min(1, { message: 'errors.range' }).max(120, { message: 'errors.range' }),
  controller: controllerSchema,
  ombudsman: ombudsmanSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_IDLE_LOCK_MINUTES = 5;

export const settingsContract = {
  'settings.get': method<Settings>()(z.object({}), 'user'),
  'settings.update': method<Settings>()(settingsSchema.partial(), 'manager'),
};
