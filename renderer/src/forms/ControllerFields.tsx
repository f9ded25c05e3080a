// The controller's and its contact person's details: the setup wizard and the settings screen
// show the same fields (paths "controller.<key>").
import { useTranslation } from 'react-i18next';
import type { controllerSchema } from '../../../shared/api/setup';
import { TextField, type FieldBinding } from './fields';

export type ControllerKey = keyof typeof controllerSchema.shape;

export const CONTROLLER_KEYS: readonly ControllerKey[] = [
  'name',
  'businessId',
  'street',
  'postalCode',
  'city',
  'contactName',
  'contactTitle',
  'contactStreet',
  'contactPostalCode',
  'contactCity',
  'contactPhone',
  'contactEmail',
];

export const CONTROLLER_FIELD_PATHS = CONTROLLER_KEYS.map((k) => `controller.${k}`);

export const EMPTY_CONTROLLER: Record<ControllerKey, string> = {
  name: '',
  businessId: '',
  street: '',
  postalCode: '',
  city: '',
  contactName: '',
  contactTitle: '',
  contactStreet: '',
  contactPostalCode: '',
  contactCity: '',
  contactPhone: '',
  contactEmail: '',
};

interface ControllerFieldsProps {
  field: (key: ControllerKey) => FieldBinding;
  companyLegend: string;
  contactLegend: string;
}

export function ControllerFields({ field, companyLegend, contactLegend }: ControllerFieldsProps) {
  const { t } = useTranslation();
  const label = (k: ControllerKey) => t(`fields.controller.${k}`);
  return (
    <>
      <fieldset className="fieldset">
        <legend>{companyLegend}</legend>
        <div className="grid grid--2">
          <TextField label={label('name')} autoComplete="organization" {...field('name')} />
          <TextField label={label('businessId')} hint={t('fields.controller.businessIdHint')} inputMode="numeric" fieldClassName="field--short" {...field('businessId')} />
        </div>
        <TextField label={label('street')} autoComplete="street-address" {...field('street')} />
        <div className="grid grid--postal">
          <TextField label={label('postalCode')} inputMode="numeric" autoComplete="postal-code" {...field('postalCode')} />
          <TextField label={label('city')} autoComplete="address-level2" {...field('city')} />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{contactLegend}</legend>
        <div className="grid grid--2">
          <TextField label={label('contactName')} autoComplete="name" {...field('contactName')} />
          <TextField label={label('contactTitle')} optional autoComplete="organization-title" {...field('contactTitle')} />
        </div>
        <TextField label={label('contactStreet')} autoComplete="street-address" {...field('contactStreet')} />
        <div className="grid grid--postal">
          <TextField label={label('contactPostalCode')} inputMode="numeric" autoComplete="postal-code" {...field('contactPostalCode')} />
          <TextField label={label('contactCity')} autoComplete="address-level2" {...field('contactCity')} />
        </div>
        <div className="grid grid--2">
          <TextField label={label('contactPhone')} type="tel" autoComplete="tel" hint={t('fields.controller.contactPhoneHint')} {...field('contactPhone')} />
          <TextField label={label('contactEmail')} type="email" autoComplete="email" {...field('contactEmail')} />
        </div>
      </fieldset>
    </>
  );
}
