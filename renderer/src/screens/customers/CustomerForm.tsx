// A new customer, or corrections to one. The fields and their rules are the contract's
// (customerFields / createCustomerInput), so the form and the core agree on every message.
// A new customer is checked against the register for possible duplicates while it is typed, and
// the core refuses to save one (CONFLICT) until the clerk confirms it is a different person.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch, type FieldError } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  createCustomerInput,
  customerFields,
  DATA_SOURCES,
  NO_PROHIBITIONS,
  PROHIBITIONS,
  prohibitionsSchema,
  sourceEntry,
  updateCustomerInput,
  type Customer,
  type DuplicateMatch,
  type ErasedBefore,
} from '../../../../shared/api/customers';
import { helsinkiDate } from '../../../../shared/format/dates';
import { ApiCallError, call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { useLoad } from '../../components/useLoad';
import { LoadFailed } from '../../components/LoadFailed';
import { Icon } from '../../components/Icon';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { bind, SelectField, TextField, useErrorText } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';
import { BackButton } from '../../components/BackButton';
import type { CustomersNav } from './CustomersScreen';
import { DuplicatesDialog, DuplicateList } from './DuplicatesDialog';
import { ErasedBeforeDialog, ErasedHint } from './ErasedBefore';
import { formatPhone, fullName } from './format';
import { FormDateField } from '../../components/DateField';

const createSchema = z.object({
  customer: customerFields,
  sources: createCustomerInput.shape.sources,
  prohibitions: prohibitionsSchema,
  reason: updateCustomerInput.shape.reason,
});
const editSchema = createSchema.extend({ sources: z.array(sourceEntry) });
type FormInput = z.input<typeof createSchema>;
type FormOutput = z.output<typeof createSchema>;

const CUSTOMER_KEYS = ['firstName', 'lastName', 'email', 'phone', 'street', 'postalCode', 'city', 'country', 'language', 'organizationId', 'relationshipStart', 'relationshipEnd'] as const;
const FIELDS = [...CUSTOMER_KEYS.map((k) => `customer.${k}`), 'reason', ...PROHIBITIONS.map((p) => `prohibitions.${p}`)];

export type CustomerPrefill = Partial<Record<'firstName' | 'lastName' | 'email' | 'phone', string>>;

/** What the search box held becomes a start for the new customer: a phone, an email or a name. */
export function initialFromQuery(query: string): CustomerPrefill {
  const q = query.trim();
  if (!q) return {};
  if (/^[+(\d][\d\s\-()./]*$/.test(q)) return /\d{5,}/.test(q.replace(/\D/g, '')) ? { phone: q } : {};
  if (/@/.test(q)) return { email: q };
  const words = q.split(/\s+/);
  if (words.length === 1) return { lastName: words[0]! };
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1)! };
}

function emptyValues(prefill: CustomerPrefill): FormInput {
  const today = helsinkiDate();
  return {
    customer: {
      firstName: prefill.firstName ?? '',
      lastName: prefill.lastName ?? '',
      email: prefill.email ?? '',
      phone: prefill.phone ?? '',
      street: '',
      postalCode: '',
      city: '',
      country: 'FI',
      language: 'fi',
      organizationId: null,
      relationshipStart: today,
      relationshipEnd: '',
    },
    sources: [{ source: 'shop_purchase', date: today, note: '' }],
    prohibitions: { ...NO_PROHIBITIONS },
    reason: '',
  };
}

function valuesOf(c: Customer): FormInput {
  return {
    customer: {
      firstName: c.firstName,
      lastName: c.lastName,
      email: c.email,
      phone: formatPhone(c.phone),
      street: c.street,
      postalCode: c.postalCode,
      city: c.city,
      country: c.country,
      language: c.language,
      organizationId: c.organizationId,
      relationshipStart: c.relationshipStart,
      relationshipEnd: c.relationshipEnd ?? '',
    },
    sources: [],
    prohibitions: c.prohibitions,
    reason: '',
  };
}

type Mode = { kind: 'create'; prefill: CustomerPrefill } | { kind: 'edit'; id: number };

export function CustomerForm({ mode, isManager, nav }: { mode: Mode; isManager: boolean; nav: CustomersNav }) {
  const { t } = useTranslation();
  const creating = mode.kind === 'create';
  const [existing, setExisting] = useState<Customer | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [orgName, setOrgName] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ duplicates: DuplicateMatch[]; values: FormOutput; confirmErasedReturn: boolean } | null>(null);
  const [erasedConflict, setErasedConflict] = useState<{ erased: ErasedBefore[]; values: FormOutput } | null>(null);
  const saved = useRef(false);

  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(creating ? createSchema : editSchema),
    defaultValues: creating ? emptyValues(mode.prefill) : emptyValues({}),
    mode: 'onTouched',
  });
  const { isDirty, isSubmitting } = form.formState;
  useUnsavedChanges(isDirty && !saved.current);
  const sources = useFieldArray({ control: form.control, name: 'sources' });

  const editId = mode.kind === 'edit' ? mode.id : null;
  useEffect(() => {
    if (editId === null) form.setFocus('customer.firstName');
  }, [editId]);
  const loadError = useLoad(
    editId === null ? null : () => call('customers.get', { id: editId }),
    (c) => {
        setExisting(c);
        setOrgName(c.organization?.name ?? null);
        form.reset(valuesOf(c));
        setTimeout(() => form.setFocus('customer.firstName'), 0);
    },
    [editId],
  );

  const finish = (c: Customer, created: boolean) => {
    saved.current = true;
    if (created) nav.replace({ kind: 'card', id: c.id, notice: t('customers.form.created', { name: fullName(c), number: c.customerNumber }) });
    else nav.done(t('customers.form.saved'));
  };

  // Two confirmations the core may ask for, one at a time: an erased person's return, then duplicates.
  const create = async (values: FormOutput, confirmNotDuplicate: boolean, confirmErasedReturn = false) => {
    setAlert(null);
    try {
      const c = await call('customers.create', { customer: clean(values.customer), sources: values.sources, prohibitions: values.prohibitions, confirmNotDuplicate, confirmErasedReturn });
      finish(c, true);
    } catch (err) {
      const details = err instanceof ApiCallError && err.code === 'CONFLICT' ? err.error.details : undefined;
      const duplicates = details?.duplicates as DuplicateMatch[] | undefined;
      const erased = details?.erased as ErasedBefore[] | undefined;
      if (duplicates?.length) setConflict({ duplicates, values, confirmErasedReturn });
      else if (erased?.length) setErasedConflict({ erased, values });
      else setAlert(applyServerError(err, { setError: form.setError, fields: [...FIELDS, ...sourceFieldPaths(values.sources.length)] }, t));
    }
  };

  const onSubmit = form.handleSubmit(async (values) => {
    if (creating) return create(values, false);
    setAlert(null);
    try {
      finish(await call('customers.update', { id: editId!, customer: clean(values.customer), reason: values.reason }), false);
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: FIELDS }, t));
    }
  });

  // Possible duplicates while a new customer is typed.
  const probe = useWatch({ control: form.control, name: ['customer.email', 'customer.phone', 'customer.firstName', 'customer.lastName', 'customer.postalCode'] });
  const [possible, setPossible] = useState<DuplicateMatch[]>([]);
  const [erasedBefore, setErasedBefore] = useState<ErasedBefore[]>([]);
  const probeKey = JSON.stringify(probe);
  useEffect(() => {
    if (!creating) return;
    const [email, phone, firstName, lastName, postalCode] = probe.map((v) => (v ?? '').trim());
    if (!email && !phone && !(firstName && lastName && postalCode)) {
      setPossible([]);
      setErasedBefore([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      call('customers.findDuplicates', { email: email!, phone: phone!, firstName: firstName!, lastName: lastName!, postalCode: postalCode! }).then(
        (found) => {
          if (!live) return;
          setPossible(found.duplicates);
          setErasedBefore(found.erasedBefore);
        },
        () => undefined,
      );
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [creating, probeKey]);

  const openExisting = useCallback((id: number) => {
    saved.current = true;
    nav.replace({ kind: 'card', id });
  }, [nav]);

  const field = (k: (typeof CUSTOMER_KEYS)[number]) => bind(form, `customer.${k}`);
  const label = (k: string) => t(`fields.customer.${k}`);
  const errorText = useErrorText();
  const sourcesErrors = form.formState.errors.sources;
  const sourcesError = errorText((sourcesErrors?.root ?? (sourcesErrors?.message ? sourcesErrors : undefined)) as FieldError | undefined);
  const restrictedForStaff = !creating && existing?.restriction && !isManager;

  if (loadError) return <LoadFailed onBack={nav.back} message={loadError} />;
  if (!creating && !existing) return <p className="loading">{t('common.loading')}</p>;

  const title = creating ? t('customers.form.newTitle') : t('customers.form.editTitle', { name: fullName(existing!), number: existing!.customerNumber });

  return (
    <form className="customer-form" noValidate onSubmit={onSubmit} aria-labelledby="customer-form-title" data-testid="customer-form">
      <BackButton onBack={nav.back} label={t('common.cancel')} />
      <h2 id="customer-form-title" className="card-view__title">
        {title}
      </h2>
      {restrictedForStaff ? (
        <div className="alert alert--warning alert--icon" role="note" data-testid="restricted-form-note">
          <Icon name="lock" />
          <span>{t('customers.form.restrictedNote')}</span>
        </div>
      ) : null}
      <div className="form-columns">
        <div className="form-columns__main">
          <fieldset className="fieldset">
            <legend>{t('customers.form.person')}</legend>
            <div className="grid grid--2">
              <TextField label={label('firstName')} autoComplete="off" {...field('firstName')} />
              <TextField label={label('lastName')} autoComplete="off" {...field('lastName')} />
            </div>
            <div className="grid grid--2">
              <TextField label={label('email')} type="email" optional autoComplete="off" spellCheck={false} {...field('email')} />
              <TextField label={label('phone')} type="tel" optional autoComplete="off" hint={t('fields.customer.phoneHint')} {...field('phone')} />
            </div>
          </fieldset>
          <fieldset className="fieldset">
            <legend>{t('customers.form.address')}</legend>
            <TextField label={label('street')} optional autoComplete="off" {...field('street')} />
            <div className="grid grid--postal-wide">
              <TextField label={label('postalCode')} optional inputMode="numeric" autoComplete="off" {...field('postalCode')} />
              <TextField label={label('city')} optional autoComplete="off" {...field('city')} />
            </div>
            <TextField label={label('country')} fieldClassName="field--tiny" maxLength={2} autoComplete="off" hint={t('fields.customer.countryHint')} {...field('country')} />
          </fieldset>
          <fieldset className="fieldset">
            <legend>{t('customers.form.relationship')}</legend>
            <div className="grid grid--2">
              <SelectField
                label={label('language')}
                hint={t('fields.customer.languageHint')}
                options={[
                  { value: 'fi', label: t('customers.languages.fi') },
                  { value: 'en', label: t('customers.languages.en') },
                ]}
                {...field('language')}
              />
              <OrganizationField
                name={orgName}
                error={errorText(form.formState.errors.customer?.organizationId)}
                onPick={(id, name) => {
                  form.setValue('customer.organizationId', id, { shouldDirty: true });
                  form.clearErrors('customer.organizationId');
                  setOrgName(name);
                }}
              />
            </div>
            <div className="grid grid--2">
              <FormDateField form={form} name="customer.relationshipStart" label={label('relationshipStart')} />
              <FormDateField form={form} name="customer.relationshipEnd" label={label('relationshipEnd')} optional />
            </div>
          </fieldset>
          {creating ? (
            <fieldset className="fieldset" data-testid="form-sources">
              <legend>{t('customers.form.sources')}</legend>
              <p className="muted fieldset__intro">{t('customers.form.sourcesIntro')}</p>
              {sources.fields.map((s, i) => (
                <div key={s.id} className="grid grid--source-row">
                  <SelectField
                    label={t('customers.sources.source')}
                    options={DATA_SOURCES.map((d) => ({ value: d, label: t(`dataSources.${d}`) }))}
                    {...bind(form, `sources.${i}.source`)}
                  />
                  <FormDateField form={form} name={`sources.${i}.date`} label={t('customers.sources.date')} max={helsinkiDate()} />
                  {sources.fields.length > 1 ? (
                    <button type="button" className="btn btn--link grid__end" onClick={() => sources.remove(i)}>
                      {t('customers.form.removeSource')}
                    </button>
                  ) : (
                    <span />
                  )}
                </div>
              ))}
              {sourcesError ? <p className="field__error" role="alert">{sourcesError}</p> : null}
              {sources.fields.length < 20 ? (
                <button type="button" className="btn btn--link" onClick={() => sources.append({ source: 'customer_notice', date: helsinkiDate(), note: '' })}>
                  + {t('customers.form.addSource')}
                </button>
              ) : null}
            </fieldset>
          ) : null}
          {creating ? (
            <fieldset className="fieldset" data-testid="form-prohibitions">
              <legend>{t('customers.prohibitions.title')}</legend>
              <p className="muted fieldset__intro">{t('customers.form.prohibitionsIntro')}</p>
              <div className="prohibitions prohibitions--form">
                {PROHIBITIONS.map((p) => (
                  <label key={p} className="prohibition">
                    <input type="checkbox" {...form.register(`prohibitions.${p}`)} data-testid={`form-prohibition-${p}`} />
                    <span className="prohibition__name">{t(`customers.prohibitions.${p}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ) : (
            <fieldset className="fieldset">
              <legend>{t('customers.form.reasonLegend')}</legend>
              <TextField label={t('customers.form.reason')} optional hint={t('customers.form.reasonHint')} maxLength={500} {...bind(form, 'reason')} />
            </fieldset>
          )}
        </div>
        {creating ? (
          <aside className="form-columns__side" aria-label={t('customers.duplicates.hintTitle')}>
            <div role="status" data-testid="duplicate-hint">
              {erasedBefore.length > 0 ? <ErasedHint erased={erasedBefore} /> : null}
              {possible.length > 0 ? (
                <div className="alert alert--warning">
                  <p className="strong">{t('customers.duplicates.hintTitle')}</p>
                  <p>{t('customers.duplicates.hintText')}</p>
                  <DuplicateList duplicates={possible} onOpen={openExisting} compact />
                </div>
              ) : erasedBefore.length === 0 ? (
                <p className="muted side-note">{t('customers.duplicates.none')}</p>
              ) : null}
            </div>
          </aside>
        ) : null}
      </div>
      <div className="form__actions form__actions--sticky">
        <FormAlert message={alert} />
        <button type="button" className="btn btn--secondary" onClick={nav.back}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={isSubmitting} data-testid="save-customer">
          {isSubmitting ? t('common.saving') : creating ? t('customers.form.create') : t('customers.form.save')}
        </button>
      </div>
      {conflict ? (
        <DuplicatesDialog
          duplicates={conflict.duplicates}
          onOpen={openExisting}
          onClose={() => setConflict(null)}
          onSaveAnyway={async () => {
            const { values, confirmErasedReturn } = conflict;
            setConflict(null);
            await create(values, true, confirmErasedReturn);
          }}
        />
      ) : null}
      {erasedConflict ? (
        <ErasedBeforeDialog
          erased={erasedConflict.erased}
          onClose={() => setErasedConflict(null)}
          onSaveAnyway={async () => {
            const { values } = erasedConflict;
            setErasedConflict(null);
            await create(values, false, true);
          }}
        />
      ) : null}
    </form>
  );
}

/** An empty end date is "no end" (null), as the register stores it: '' would read as a change. */
const clean = (c: FormOutput['customer']): FormOutput['customer'] => ({ ...c, relationshipEnd: c.relationshipEnd || null });

const sourceFieldPaths = (n: number) => Array.from({ length: n }, (_, i) => [`sources.${i}.source`, `sources.${i}.date`]).flat();

/** The organisation the person represents: shown with Change / Remove, or a picker. */
function OrganizationField({ name, error, onPick }: { name: string | null; error: string | undefined; onPick: (id: number | null, name: string | null) => void }) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const label = t('fields.customer.organization');
  if (picking || !name) {
    return (
      <div className="org-field">
        <OrganizationPicker
          label={label}
          optional
          hint={t('fields.customer.organizationHint')}
          error={error}
          testId="organization-picker"
          onPick={(o) => {
            onPick(o.id, o.name);
            setPicking(false);
          }}
        />
        {picking ? (
          <button type="button" className="btn btn--link" onClick={() => setPicking(false)}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <div className={error ? 'field field--invalid' : 'field'} role="group" aria-label={label}>
      <span className="field__label">{label}</span>
      <div className="org-field__chosen" data-testid="organization-chosen">
        <span className="strong">{name}</span>
        <button type="button" className="btn btn--link" onClick={() => setPicking(true)}>
          {t('customers.form.changeOrganization')}
        </button>
        <button type="button" className="btn btn--link" onClick={() => onPick(null, null)}>
          {t('customers.form.removeOrganization')}
        </button>
      </div>
      {error ? <p className="field__error" role="alert">{error}</p> : null}
    </div>
  );
}
