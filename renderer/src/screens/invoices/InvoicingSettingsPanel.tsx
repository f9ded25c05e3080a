// Administration → Invoicing: the seller's bank details (no invoice without an IBAN), payment
// term, penalty interest margins, the reminder fee, the first invoice number; and the reference
// rates of the Interest Act as data. Numbers are typed the Finnish way (5,00 €; 7 %).
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { invoicingSettingsSchema, type InvoicingSettingsView } from '../../../../shared/api/invoices';
import { formatPhone } from '../../../../shared/format/phone';
import { call } from '../../api';
import { FormAlert, StatusMessage } from '../../components/Alerts';
import { bind, TextField } from '../../forms/fields';
import { applyServerError, errorMessage } from '../../forms/serverErrors';
import { BankFields } from './BankFields';
import { centsToInput, parseDecimal, parseEuros } from './format';
import { LegalRates } from './LegalRates';

const TEXT_KEYS = ['iban', 'bic', 'bankName', 'phone', 'email', 'web', 'accountingPartner', 'einvoiceIntermediator'] as const;
const INT_KEYS = ['paymentTermDays', 'complaintDays', 'reminderTermDays', 'invoiceNumberStart'] as const;
const PERCENT_KEYS = ['penaltyMarginConsumerBp', 'penaltyMarginBusinessBp'] as const;
const FIELDS = [...TEXT_KEYS, ...INT_KEYS, ...PERCENT_KEYS, 'reminderFeeCents', 'vatRegistered'];

const formSchema = z
  .object({
    iban: z.string(),
    bic: z.string(),
    bankName: z.string(),
    phone: z.string(),
    email: z.string(),
    web: z.string(),
    accountingPartner: z.string(),
    einvoiceIntermediator: z.string(),
    paymentTermDays: z.string(),
    complaintDays: z.string(),
    reminderTermDays: z.string(),
    invoiceNumberStart: z.string(),
    penaltyMarginConsumerBp: z.string(),
    penaltyMarginBusinessBp: z.string(),
    reminderFeeCents: z.string(),
    vatRegistered: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const r = invoicingSettingsSchema.safeParse(toSettings(v));
    if (!r.success) for (const i of r.error.issues) ctx.addIssue({ code: 'custom', path: i.path as (string | number)[], message: i.code === 'invalid_type' ? 'errors.range' : i.message });
  });
type FormValues = z.infer<typeof formSchema>;

function toSettings(v: FormValues) {
  const int = (s: string) => (/^\s*\d+\s*$/.test(s) ? Number(s) : Number.NaN);
  const pct = (s: string) => {
    const n = parseDecimal(s);
    return n === null ? Number.NaN : Math.round(n * 100);
  };
  return {
    ...Object.fromEntries(TEXT_KEYS.map((k) => [k, v[k]])),
    ...Object.fromEntries(INT_KEYS.map((k) => [k, int(v[k])])),
    ...Object.fromEntries(PERCENT_KEYS.map((k) => [k, pct(v[k])])),
    reminderFeeCents: parseEuros(v.reminderFeeCents) ?? Number.NaN,
    vatRegistered: v.vatRegistered,
  } as z.input<typeof invoicingSettingsSchema>;
}

function toForm(s: InvoicingSettingsView): FormValues {
  return {
    ...Object.fromEntries(TEXT_KEYS.map((k) => [k, k === 'iban' ? s.iban.replace(/(.{4})/g, '$1 ').trim() : k === 'phone' ? formatPhone(s.phone) : s[k]])),
    ...Object.fromEntries(INT_KEYS.map((k) => [k, String(s[k])])),
    ...Object.fromEntries(PERCENT_KEYS.map((k) => [k, String(s[k] / 100).replace('.', ',')])),
    reminderFeeCents: centsToInput(s.reminderFeeCents),
    vatRegistered: s.vatRegistered,
  } as FormValues;
}

export function InvoicingSettingsPanel() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<InvoicingSettingsView | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const form = useForm<FormValues>({ resolver: zodResolver(formSchema) });

  useEffect(() => {
    call('invoicing.settings.get', {}).then(
      (s) => {
        setSettings(s);
        form.reset(toForm(s));
      },
      (err: unknown) => setAlert(errorMessage(err, t)),
    );
  }, []);

  const submit = form.handleSubmit(async (v) => {
    setAlert(null);
    setStatus(null);
    try {
      const input = toSettings(v);
      // the number start is fixed after the first invoice: do not send it then
      if (settings?.lastInvoiceNumber !== null) delete (input as { invoiceNumberStart?: number }).invoiceNumberStart;
      const next = await call('invoicing.settings.update', input);
      setSettings(next);
      form.reset(toForm(next));
      setStatus(t('invoices.settings.saved'));
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: FIELDS }, t));
    }
  });

  if (!settings) return alert ? <FormAlert message={alert} /> : <p className="loading">{t('common.loading')}</p>;
  const fixed = settings.lastInvoiceNumber !== null;
  return (
    <div className="invoicing-settings" data-testid="invoicing-settings">
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <p className="muted">{t('invoices.settings.intro')}</p>
        {!settings.ready ? (
          <div className="alert alert--warning" role="note" data-testid="invoicing-not-ready">
            {t('invoices.settings.notReady')}
          </div>
        ) : null}
        <StatusMessage testId="invoicing-settings-status">{status}</StatusMessage>
        <FormAlert message={alert} />
        <fieldset className="fieldset">
          <legend>{t('invoices.settings.bank')}</legend>
          <div className="grid grid--3">
            <BankFields form={form} />
          </div>
          <div className="grid grid--3">
            <TextField label={t('invoices.settings.phone')} optional {...bind(form, 'phone')} />
            <TextField label={t('invoices.settings.email')} optional {...bind(form, 'email')} />
            <TextField label={t('invoices.settings.web')} optional {...bind(form, 'web')} />
          </div>
          <label className="checkline">
            <input type="checkbox" {...form.register('vatRegistered')} />
            {t('invoices.settings.vatRegistered')}
          </label>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('invoices.settings.terms')}</legend>
          <div className="grid grid--4">
            <TextField label={t('invoices.settings.paymentTermDays')} inputMode="numeric" hint={t('invoices.settings.days')} {...bind(form, 'paymentTermDays')} data-testid="settings-term" />
            <TextField label={t('invoices.settings.complaintDays')} inputMode="numeric" hint={t('invoices.settings.days')} {...bind(form, 'complaintDays')} />
            <TextField label={t('invoices.settings.penaltyConsumer')} inputMode="decimal" hint={t('invoices.settings.penaltyHint')} {...bind(form, 'penaltyMarginConsumerBp')} />
            <TextField label={t('invoices.settings.penaltyBusiness')} inputMode="decimal" hint={t('invoices.settings.penaltyHint')} {...bind(form, 'penaltyMarginBusinessBp')} />
          </div>
          <div className="grid grid--4">
            <TextField label={t('invoices.settings.reminderFee')} inputMode="decimal" hint={t('invoices.settings.reminderFeeHint')} {...bind(form, 'reminderFeeCents')} data-testid="settings-fee" />
            <TextField label={t('invoices.settings.reminderTermDays')} inputMode="numeric" hint={t('invoices.settings.reminderTermHint')} {...bind(form, 'reminderTermDays')} />
            <TextField
              label={t('invoices.settings.invoiceNumberStart')}
              inputMode="numeric"
              readOnly={fixed}
              hint={fixed ? t('invoices.settings.numberFixed', { last: settings.lastInvoiceNumber, next: settings.nextInvoiceNumber }) : t('invoices.settings.numberHint', { next: settings.nextInvoiceNumber })}
              {...bind(form, 'invoiceNumberStart')}
              data-testid="settings-number-start"
            />
            <TextField label={t('invoices.settings.accountingPartner')} optional {...bind(form, 'accountingPartner')} />
            <TextField label={t('invoices.settings.einvoiceIntermediator')} optional autoComplete="off" hint={t('invoices.settings.einvoiceIntermediatorHint')} {...bind(form, 'einvoiceIntermediator')} />
          </div>
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="btn btn--primary" disabled={form.formState.isSubmitting} data-testid="save-invoicing-settings">
            {form.formState.isSubmitting ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
      <LegalRates />
    </div>
  );
}
