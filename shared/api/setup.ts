import { z } from 'zod';
import { method } from './define';
import * as f from './fields';
import { invoicingBankSchema } from './invoices';

/** The controller (rekisterinpitäjä) and the register's contact person, as in the privacy notice. */
export const controllerSchema = z.object({
  name: f.requiredText(),
  businessId: f.businessId,
  street: f.requiredText(),
  postalCode: f.finnishPostalCode,
  city: f.requiredText(100),
  contactName: f.requiredText(),
  contactTitle: f.optionalText(100),
  contactStreet: f.requiredText(),
  contactPostalCode: f.finnishPostalCode,
  contactCity: f.requiredText(100),
  contactPhone: f.phone,
  contactEmail: f.email,
});
export type Controller = z.infer<typeof controllerSchema>;

export const firstManagerSchema = z.object({
  fullName: f.requiredText(),
  username: f.username,
  password: f.password,
  commitmentDate: f.pastDate,
});

export const createRegisterInput = z.object({
  controller: controllerSchema,
  manager: firstManagerSchema,
  language: f.language,
  /** The bank details for invoices; left out when the step was skipped (a reminder on home then). */
  invoicing: invoicingBankSchema.optional(),
});

export interface SetupStatus {
  /** 'new': no register in the data folder yet; 'ready': a register exists. */
  state: 'new' | 'ready';
}

export interface CreatedRegister {
  /** Shown once; it opens the register if every password is lost. */
  recoveryCode: string;
  /** The one-page PDF to print and keep in the locked fireproof safe. */
  recoveryPdf: { filename: string; base64: string };
}

/** A forgotten manager password is replaced with the printed recovery code. */
export const recoverInput = z.object({
  recoveryCode: z.string().trim().min(1, { message: 'errors.required' }).max(100, { message: 'errors.tooLong' }),
  username: f.username,
  newPassword: f.password,
});

export const setupContract = {
  'setup.status': method<SetupStatus>()(z.object({}), 'public'),
  'setup.createRegister': method<CreatedRegister>()(createRegisterInput, 'public'),
  'setup.recover': method<Record<string, never>>()(recoverInput, 'public'),
};
