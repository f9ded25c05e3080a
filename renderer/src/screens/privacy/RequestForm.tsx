// A written privacy request logged at the counter: what is asked, by whom, how it came in, whether
// it is signed and how identity was checked; the scans of the signed paper are attached after the
// request is saved. The rules are the contract's (createRequestInput).
import { useEffect, useId, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Customer } from '../../../../shared/api/customers';
import { ATTACHMENT_TYPES, CHANNELS, createRequestInput, ID_DOCUMENT_TYPES, IDENTITY_METHODS, MAX_ATTACHMENT_BYTES, REQUEST_TYPES, SIGNATURE_REQUIRED } from '../../../../shared/api/privacy';
import { formatDate, helsinkiDate } from '../../../../shared/format/dates';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { BackButton } from '../../components/BackButton';
import { CustomerPicker } from '../../components/CustomerPicker';
import { readFileAsBase64 } from '../../components/Download';
import { Icon } from '../../components/Icon';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { bind, SelectField, TextField, useErrorText } from '../../forms/fields';
import { applyServerError, errorMessage } from '../../forms/serverErrors';
import { formatPhone, fullName } from '../customers/format';
import type { RequestsNav } from './PrivacyScreen';
import { formatSize } from './texts';
import { FormDateField } from '../../components/DateField';

type FormInput = z.input<typeof createRequestInput>;
type FormOutput = z.output<typeof createRequestInput>;

const FIELDS = ['types', 'customerId', 'requesterName', 'requesterAddress', 'requesterEmail', 'receivedDate', 'channel', 'language', 'signed', 'identityMethod', 'identityDocument', 'identityNote', 'details'];

const defaults = (): FormInput => ({
  types: [],
  customerId: null,
  requesterName: '',
  requesterAddress: '',
  requesterEmail: '',
  receivedDate: helsinkiDate(),
  channel: 'counter',
  language: 'fi',
  signed: false,
  identityMethod: 'id_document',
  identityNote: '',
  identityDocument: 'id_card',
  details: '',
});

export function RequestForm({ nav }: { nav: RequestsNav }) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const [alert, setAlert] = useState<string | null>(null);
  const [mode, setMode] = useState<'customer' | 'other'>('customer');
  const [customer, setCustomer] = useState<Customer | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(createRequestInput), defaultValues: defaults(), mode: 'onTouched' });
  const { isDirty, isSubmitting, errors } = form.formState;
  useUnsavedChanges((isDirty || files.length > 0) && !saved);

  useEffect(() => {
    form.setFocus('types');
  }, [form]);

  const [types, signed, identityMethod] = useWatch({ control: form.control, name: ['types', 'signed', 'identityMethod'] });
  // An identity document seen at the counter confirms identity as a signature would (the notice's way).
  const needsSignature = (types ?? []).some((x) => SIGNATURE_REQUIRED.includes(x)) && !signed && identityMethod !== 'id_document';

  const pickCustomer = async (customerId: number) => {
    try {
      const c = await call('customers.get', { id: customerId });
      setCustomer(c);
      form.setValue('customerId', c.id, { shouldDirty: true });
      form.setValue('requesterName', fullName(c), { shouldDirty: true, shouldValidate: true });
      form.setValue('language', c.language, { shouldDirty: true });
      form.clearErrors(['customerId', 'requesterName', 'requesterAddress']);
    } catch (err) {
      setAlert(errorMessage(err, t));
    }
  };

  const toMode = (next: 'customer' | 'other') => {
    setMode(next);
    setCustomer(null);
    form.setValue('customerId', null);
    form.setValue('requesterName', '');
    form.clearErrors();
  };

  const addFiles = (list: FileList | null) => {
    setFileError(null);
    const chosen = Array.from(list ?? []);
    const tooLarge = chosen.filter((f) => f.size > MAX_ATTACHMENT_BYTES);
    if (tooLarge.length) setFileError(`${tooLarge.map((f) => f.name).join(', ')}: ${t('errors.attachmentTooLarge')}`);
    setFiles((prev) => [...prev, ...chosen.filter((f) => f.size <= MAX_ATTACHMENT_BYTES)]);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    if (mode === 'customer' && values.customerId === null) {
      form.setError('customerId', { type: 'server', message: t('privacyPanel.form.pickCustomer') });
      return;
    }
    let created;
    try {
      created = await call('privacy.requests.create', values);
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: FIELDS }, t));
      return;
    }
    setSaved(true);
    // The scans: each on its own, so one refused file does not lose the others.
    const failed: string[] = [];
    for (const file of files) {
      try {
        await call('privacy.requests.attach', { id: created.id, filename: file.name, base64: await readFileAsBase64(file) });
      } catch (err) {
        failed.push(`${file.name}: ${errorMessage(err, t)}`);
      }
    }
    nav.toCard(
      created.id,
      t('privacyPanel.form.created', { number: created.number, date: formatDate(created.effectiveDueDate) }),
      failed.length ? t('privacyPanel.form.attachFailed', { files: failed.join(' ') }) : undefined,
    );
  });

  const customerError = errors.customerId ? errorText(errors.customerId) : mode === 'customer' && errors.requesterName ? t('privacyPanel.form.pickCustomer') : undefined;
  const typesError = errorText(errors.types as Parameters<typeof errorText>[0]);
  const address = customer ? [customer.street, [customer.postalCode, customer.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '';

  return (
    <form className="customer-form request-form" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`} data-testid="request-form">
      <BackButton onBack={nav.toList} label={t('common.cancel')} testId="request-form-cancel" escape={false} />
      <h2 id={`${id}-title`} className="card-view__title">
        {t('privacyPanel.form.title')}
      </h2>
      <p className="muted">{t('privacyPanel.form.intro')}</p>
      <FormAlert message={alert} />

      <fieldset className="fieldset" aria-describedby={typesError ? `${id}-types-error` : undefined}>
        <legend>{t('privacyPanel.form.types')}</legend>
        <div className="checkgrid" data-testid="request-types">
          {REQUEST_TYPES.map((type) => (
            <label key={type} className="checkline">
              <input type="checkbox" value={type} {...form.register('types')} data-testid={`type-${type}`} />
              <span>{t(`privacy.type.${type}`)}</span>
              {SIGNATURE_REQUIRED.includes(type) ? <span className="muted small">({t('privacyPanel.form.signatureRequired')})</span> : null}
            </label>
          ))}
        </div>
        {typesError ? (
          <p id={`${id}-types-error`} className="field__error" role="alert">
            {typesError}
          </p>
        ) : null}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('privacyPanel.form.requester')}</legend>
        <div className="radios" role="radiogroup" aria-label={t('privacyPanel.form.requester')}>
          <label className="checkline">
            <input type="radio" name={`${id}-mode`} checked={mode === 'customer'} onChange={() => toMode('customer')} data-testid="requester-customer" />
            {t('privacyPanel.form.existingCustomer')}
          </label>
          <label className="checkline">
            <input type="radio" name={`${id}-mode`} checked={mode === 'other'} onChange={() => toMode('other')} data-testid="requester-other" />
            {t('privacyPanel.form.notInRegister')}
          </label>
        </div>
        {mode === 'customer' ? (
          customer ? (
            <div className="org-field__chosen chosen-customer" data-testid="chosen-customer">
              <div>
                <span className="strong">{fullName(customer)}</span> <span className="mono muted">#{customer.customerNumber}</span>
                <div className="muted">{[address, customer.email, formatPhone(customer.phone)].filter(Boolean).join(' · ') || t('privacyPanel.form.noContact')}</div>
              </div>
              <button type="button" className="btn btn--link" onClick={() => toMode('customer')}>
                {t('privacyPanel.form.changeCustomer')}
              </button>
            </div>
          ) : (
            <CustomerPicker label={t('privacyPanel.form.customer')} hint={t('privacyPanel.form.customerHint')} onPick={(c) => void pickCustomer(c.id)} error={customerError} testId="request-customer-picker" />
          )
        ) : (
          <>
            <TextField label={t('privacyPanel.form.requesterName')} autoComplete="off" {...bind(form, 'requesterName')} />
            <div className={errors.requesterAddress ? 'field field--invalid' : 'field'}>
              <label htmlFor={`${id}-address`} className="field__label">
                {t('privacyPanel.form.replyAddress')}
              </label>
              <textarea
                id={`${id}-address`}
                className="input textarea"
                rows={3}
                {...form.register('requesterAddress')}
                aria-invalid={errors.requesterAddress ? true : undefined}
                aria-describedby={`${id}-address-hint${errors.requesterAddress ? ` ${id}-address-error` : ''}`}
              />
              <p id={`${id}-address-hint`} className="field__hint">
                {t('privacyPanel.form.replyAddressHint')}
              </p>
              {errors.requesterAddress ? (
                <p id={`${id}-address-error`} className="field__error" role="alert">
                  {errorText(errors.requesterAddress)}
                </p>
              ) : null}
            </div>
            <TextField label={t('privacyPanel.form.replyEmail')} type="email" optional autoComplete="off" spellCheck={false} {...bind(form, 'requesterEmail')} />
          </>
        )}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('privacyPanel.form.received')}</legend>
        <div className="grid grid--3">
          <FormDateField form={form} name="receivedDate" label={t('privacyPanel.form.receivedDate')} max={helsinkiDate()} hint={t('privacyPanel.form.receivedHint')} />
          <SelectField label={t('privacyPanel.form.channel')} options={CHANNELS.map((c) => ({ value: c, label: t(`privacy.channel.${c}`) }))} {...bind(form, 'channel')} />
          <SelectField
            label={t('privacyPanel.form.language')}
            hint={t('privacyPanel.form.languageHint')}
            options={(['fi', 'en'] as const).map((l) => ({ value: l, label: t(`customers.languages.${l}`) }))}
            {...bind(form, 'language')}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('privacyPanel.form.signatureAndIdentity')}</legend>
        <Controller
          control={form.control}
          name="signed"
          render={({ field }) => (
            <div className="radios" role="radiogroup" aria-label={t('privacyPanel.form.signed')}>
              <span className="field__label">{t('privacyPanel.form.signed')}</span>
              <label className="checkline">
                <input type="radio" name={field.name} checked={field.value === true} onChange={() => field.onChange(true)} data-testid="signed-yes" />
                {t('privacyPanel.form.signedYes')}
              </label>
              <label className="checkline">
                <input type="radio" name={field.name} checked={field.value === false} onChange={() => field.onChange(false)} data-testid="signed-no" />
                {t('privacyPanel.form.signedNo')}
              </label>
            </div>
          )}
        />
        {needsSignature ? (
          <div className="alert alert--warning alert--icon" role="note" data-testid="signature-warning">
            <Icon name="warning" />
            <span>
              <strong>{t('privacyPanel.form.signatureWarningTitle')}</strong> {t('privacyPanel.form.signatureWarning')}
            </span>
          </div>
        ) : null}
        <div className="grid grid--2">
          <SelectField label={t('privacyPanel.form.identityMethod')} options={IDENTITY_METHODS.map((m) => ({ value: m, label: t(`privacy.identity.${m}`) }))} {...bind(form, 'identityMethod')} />
          {identityMethod === 'id_document' ? (
            <SelectField label={t('privacyPanel.signed.documentType')} hint={t('privacyPanel.signed.documentHint')} options={ID_DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`privacyPanel.signed.documents.${d}`) }))} {...bind(form, 'identityDocument')} />
          ) : null}
          <TextField label={t('privacyPanel.form.identityNote')} optional hint={t('privacyPanel.form.identityNoteHint')} autoComplete="off" {...bind(form, 'identityNote')} />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('privacyPanel.form.detailsTitle')}</legend>
        <div className="field">
          <label htmlFor={`${id}-details`} className="field__label">
            {t('privacyPanel.form.details')}
            <span className="field__optional"> ({t('common.optional')})</span>
          </label>
          <textarea id={`${id}-details`} className="input textarea" rows={4} {...form.register('details')} aria-describedby={`${id}-details-hint`} data-testid="request-details" />
          <p id={`${id}-details-hint`} className="field__hint">
            {t('privacyPanel.form.detailsHint')}
          </p>
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('privacyPanel.form.scans')}</legend>
        <p className="muted fieldset__intro">{t('privacyPanel.attachments.hint')}</p>
        <div className="field">
          <label htmlFor={`${id}-files`} className="field__label">
            {t('privacyPanel.attachments.choose')}
          </label>
          <input
            id={`${id}-files`}
            type="file"
            className="input input--file"
            multiple
            accept={[...ATTACHMENT_TYPES, '.pdf', '.jpg', '.jpeg', '.png'].join(',')}
            onChange={(e) => {
              addFiles(e.target.files);
              e.target.value = '';
            }}
            data-testid="request-files"
          />
          {fileError ? (
            <p className="field__error" role="alert">
              {fileError}
            </p>
          ) : null}
        </div>
        {files.length ? (
          <ul className="plain-list file-list" data-testid="pending-files">
            {files.map((f, i) => (
              <li key={`${f.name}-${i}`}>
                <span className="strong">{f.name}</span> <span className="muted">{formatSize(f.size)}</span>{' '}
                <button type="button" className="btn btn--link" onClick={() => setFiles((prev) => prev.filter((_, j) => j !== i))}>
                  {t('privacyPanel.attachments.remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </fieldset>

      <div className="form__actions form__actions--end">
        <button type="button" className="btn btn--secondary" onClick={nav.toList}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={isSubmitting} data-testid="save-request">
          {isSubmitting ? t('common.saving') : t('privacyPanel.form.save')}
        </button>
      </div>
    </form>
  );
}
