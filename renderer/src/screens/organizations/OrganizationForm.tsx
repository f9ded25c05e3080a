// A new organisation or corrections to one: name, business ID (check digit validated), address.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { organizationFields, type Organization } from '../../../../shared/api/organizations';
import { ApiCallError, call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { useLoad } from '../../components/useLoad';
import { LoadFailed } from '../../components/LoadFailed';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { bind, TextField } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';
import { BackButton } from '../../components/BackButton';
import type { CustomersNav } from '../customers/CustomersScreen';

type Input = z.input<typeof organizationFields>;
const KEYS = ['name', 'businessId', 'vatNumber', 'street', 'postalCode', 'city', 'country', 'einvoiceAddress', 'einvoiceOperator'] as const;
const EMPTY: Input = { name: '', businessId: '', vatNumber: '', street: '', postalCode: '', city: '', country: 'FI', einvoiceAddress: '', einvoiceOperator: '' };

export function OrganizationForm({ id, nav }: { id: number | null; nav: CustomersNav }) {
  const { t } = useTranslation();
  const [existing, setExisting] = useState<Organization | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [takenBy, setTakenBy] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm({ resolver: zodResolver(organizationFields), defaultValues: EMPTY, mode: 'onTouched' });
  const { isDirty, isSubmitting } = form.formState;
  useUnsavedChanges(isDirty && !saved);

  useEffect(() => {
    if (id === null) form.setFocus('name');
  }, [id]);
  const loadError = useLoad(
    id === null ? null : () => call('organizations.get', { id }),
    (o) => {
        setExisting(o);
        form.reset({
          name: o.name,
          businessId: o.businessId,
          vatNumber: o.vatNumber,
          street: o.street,
          postalCode: o.postalCode,
          city: o.city,
          country: o.country,
          einvoiceAddress: o.einvoiceAddress,
          einvoiceOperator: o.einvoiceOperator,
        });
        setTimeout(() => form.setFocus('name'), 0);
    },
    [id],
  );

  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    setTakenBy(null);
    try {
      if (id === null) {
        const o = await call('organizations.create', values);
        setSaved(true);
        nav.replace({ kind: 'org', id: o.id, notice: t('organizations.form.created', { name: o.name }) });
      } else {
        await call('organizations.update', { id, organization: values });
        setSaved(true);
        nav.done(t('organizations.form.saved'));
      }
    } catch (err) {
      if (err instanceof ApiCallError && typeof err.error.details?.organizationId === 'number') setTakenBy(err.error.details.organizationId);
      setAlert(applyServerError(err, { setError: form.setError, fields: [...KEYS] }, t));
    }
  });

  if (loadError) return <LoadFailed onBack={nav.back} message={loadError} />;
  if (id !== null && !existing) return <p className="loading">{t('common.loading')}</p>;

  const label = (k: (typeof KEYS)[number]) => t(`fields.organization.${k}`);
  return (
    <form className="customer-form customer-form--narrow" noValidate onSubmit={onSubmit} aria-labelledby="organization-form-title" data-testid="organization-form">
      <BackButton onBack={nav.back} label={t('common.cancel')} />
      <h2 id="organization-form-title" className="card-view__title">
        {existing ? t('organizations.form.editTitle', { name: existing.name }) : t('organizations.form.newTitle')}
      </h2>
      <fieldset className="fieldset">
        <legend>{t('organizations.form.identity')}</legend>
        <TextField label={label('name')} autoComplete="off" {...bind(form, 'name')} />
        <TextField label={label('businessId')} optional inputMode="numeric" fieldClassName="field--short" hint={t('fields.organization.businessIdHint')} {...bind(form, 'businessId')} />
        <TextField label={label('vatNumber')} optional autoComplete="off" fieldClassName="field--short" hint={t('fields.organization.vatNumberHint')} {...bind(form, 'vatNumber')} />
        {takenBy ? (
          <button type="button" className="btn btn--link" onClick={() => nav.replace({ kind: 'org', id: takenBy })} data-testid="open-taken-organization">
            {t('organizations.form.openTaken')}
          </button>
        ) : null}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('organizations.form.address')}</legend>
        <TextField label={label('street')} optional autoComplete="off" {...bind(form, 'street')} />
        <div className="grid grid--postal-wide">
          <TextField label={label('postalCode')} optional inputMode="numeric" autoComplete="off" {...bind(form, 'postalCode')} />
          <TextField label={label('city')} optional autoComplete="off" {...bind(form, 'city')} />
        </div>
        <TextField label={label('country')} fieldClassName="field--tiny" maxLength={2} hint={t('fields.customer.countryHint')} {...bind(form, 'country')} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('organizations.form.einvoice')}</legend>
        <TextField label={label('einvoiceAddress')} optional autoComplete="off" fieldClassName="field--short" hint={t('fields.organization.einvoiceAddressHint')} {...bind(form, 'einvoiceAddress')} />
        <TextField label={label('einvoiceOperator')} optional autoComplete="off" fieldClassName="field--short" hint={t('fields.organization.einvoiceOperatorHint')} {...bind(form, 'einvoiceOperator')} />
      </fieldset>
      <div className="form__actions form__actions--sticky">
        <FormAlert message={alert} />
        <button type="button" className="btn btn--secondary" onClick={nav.back}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={isSubmitting} data-testid="save-organization">
          {isSubmitting ? t('common.saving') : id === null ? t('organizations.form.create') : t('organizations.form.save')}
        </button>
      </div>
    </form>
  );
}
