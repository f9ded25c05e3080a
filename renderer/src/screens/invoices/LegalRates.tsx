// Administration → Invoicing: the legal parameters kept as data (issue #16 §2) — the Interest Act's
// reference rate each half-year, the VAT rates and the maximum reminder fee on a consumer debt —
// each listed with its first day, its source and who added it. A change in the law is one added
// row with its source; the rows known at release are marked as shipped. One table and one add-form
// serve all three.
import { useEffect, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { ReferenceRate } from '../../../../shared/api/invoices';
import type { ReminderFeeLimit, VatRateEntry } from '../../../../shared/api/legal';
import { VAT_CATEGORIES, type VatCategoryId } from '../../../../shared/finnish/vatRates';
import { formatDate } from '../../../../shared/format/dates';
import { formatMoney } from '../../../../shared/format/money';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { FormDateField } from '../../components/DateField';
import { bind, SelectField, TextField } from '../../forms/fields';
import { applyServerError, errorMessage } from '../../forms/serverErrors';
import { forgetVatTable } from '../orders/useVatTable';
import { formatRate, parseDecimal, parseEuros } from './format';

interface DatedRow {
  key: string;
  validFrom: string;
  /** The category (VAT rates only). */
  what?: string;
  value: string;
  source: string;
  addedByName: string | null;
}

const addForm = z.object({
  category: z.string(),
  validFrom: z.string().min(1, { message: 'errors.required' }),
  // A decimal in Finnish notation (2,5 or 5,00): checked here, the amount itself by the core.
  value: z.string().refine((v) => parseDecimal(v) !== null, { message: 'errors.range' }),
  source: z.string().trim().min(1, { message: 'errors.required' }),
});
type AddValues = z.infer<typeof addForm>;

interface BoxProps {
  id: string;
  title: string;
  intro: string;
  rows: DatedRow[] | null;
  valueLabel: string;
  valuePlaceholder: string;
  categories?: { value: string; label: string }[];
  /** Checks and sends the typed value; returns the new rows. */
  onAdd: (v: AddValues) => Promise<void>;
  note?: ReactNode;
}

function DatedValuesBox({ id, title, intro, rows, valueLabel, valuePlaceholder, categories, onAdd, note }: BoxProps) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm<AddValues>({ resolver: zodResolver(addForm), defaultValues: { category: categories?.[0]?.value ?? '', validFrom: '', value: '', source: '' } });
  const submit = form.handleSubmit(async (v) => {
    setAlert(null);
    try {
      await onAdd(v);
      form.reset({ category: v.category, validFrom: '', value: '', source: '' });
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: ['validFrom', 'source', 'value'] }, t));
    }
  });
  return (
    <section className="box" aria-labelledby={`${id}-title`} data-testid={id}>
      <h3 id={`${id}-title`} className="box__title">
        {title}
      </h3>
      <p className="muted box__intro">{intro}</p>
      <FormAlert message={alert} />
      {rows && rows.length > 0 ? (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('invoices.settings.validFrom')}</th>
              {categories ? <th scope="col">{t('invoices.legal.category')}</th> : null}
              <th scope="col" className="col-money">
                {valueLabel}
              </th>
              <th scope="col">{t('invoices.legal.source')}</th>
              <th scope="col">{t('invoices.settings.addedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td className="nowrap">{formatDate(r.validFrom)}</td>
                {categories ? <td>{r.what}</td> : null}
                <td className="col-money">{r.value}</td>
                <td>{r.source || <span className="muted">{t('common.none')}</span>}</td>
                <td className="muted">{r.addedByName ?? t('invoices.settings.builtIn')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{rows ? t('invoices.settings.noRates') : t('common.loading')}</p>
      )}
      <form className="inline-form" noValidate onSubmit={(e) => void submit(e)}>
        {categories ? <SelectField label={t('invoices.legal.category')} options={categories} {...bind(form, 'category')} /> : null}
        <FormDateField form={form} name="validFrom" label={t('invoices.settings.validFrom')} />
        <TextField label={valueLabel} inputMode="decimal" placeholder={valuePlaceholder} fieldClassName="field--short" {...bind(form, 'value')} />
        <TextField label={t('invoices.legal.source')} hint={t('invoices.legal.sourceHint')} autoComplete="off" {...bind(form, 'source')} />
        <button type="submit" className="btn btn--secondary" disabled={form.formState.isSubmitting} data-testid={`${id}-add`}>
          {t('invoices.legal.add')}
        </button>
      </form>
      {note ? <p className="muted small">{note}</p> : null}
    </section>
  );
}

export function LegalRates() {
  const { t, i18n } = useTranslation();
  const [reference, setReference] = useState<ReferenceRate[] | null>(null);
  const [vat, setVat] = useState<VatRateEntry[] | null>(null);
  const [fees, setFees] = useState<ReminderFeeLimit[] | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  useEffect(() => {
    const failed = (err: unknown) => setAlert(errorMessage(err, t));
    call('invoicing.referenceRates.list', {}).then(setReference, failed);
    call('legal.vatRates.list', {}).then(setVat, failed);
    call('legal.reminderFeeLimits.list', {}).then(setFees, failed);
  }, []);
  const lang = i18n.language === 'en' ? 'en' : 'fi';
  const categoryName = (id: VatCategoryId) => VAT_CATEGORIES.find((c) => c.id === id)?.[lang] ?? id;
  const categories = VAT_CATEGORIES.filter((c) => c.id !== 'zero').map((c) => ({ value: c.id, label: categoryName(c.id) }));
  const percent = (s: string) => Math.round(parseDecimal(s)! * 100);

  return (
    <>
      <FormAlert message={alert} />
      <DatedValuesBox
        id="reference-rates"
        title={t('invoices.settings.referenceRates')}
        intro={t('invoices.settings.referenceRatesIntro')}
        rows={reference?.map((r) => ({ key: r.validFrom, validFrom: r.validFrom, value: formatRate(r.rateBp), source: r.source, addedByName: r.addedByName })) ?? null}
        valueLabel={t('invoices.settings.rate')}
        valuePlaceholder="2,5"
        onAdd={async (v) => setReference(await call('invoicing.referenceRates.add', { validFrom: v.validFrom, rateBp: percent(v.value), source: v.source }))}
        note={t('invoices.settings.ratesNote')}
      />
      <DatedValuesBox
        id="vat-rates"
        title={t('invoices.legal.vatTitle')}
        intro={t('invoices.legal.vatIntro')}
        rows={vat?.map((r) => ({ key: `${r.category}-${r.validFrom}`, validFrom: r.validFrom, what: categoryName(r.category), value: formatRate(r.rateBp), source: r.source, addedByName: r.addedByName })) ?? null}
        valueLabel={t('invoices.legal.vatRate')}
        valuePlaceholder="25,5"
        categories={categories}
        onAdd={async (v) => {
          setVat(await call('legal.vatRates.add', { category: v.category as VatCategoryId, validFrom: v.validFrom, rateBp: percent(v.value), source: v.source }));
          forgetVatTable();
        }}
        note={t('invoices.legal.vatNote')}
      />
      <DatedValuesBox
        id="reminder-fee-limits"
        title={t('invoices.legal.feeTitle')}
        intro={t('invoices.legal.feeIntro')}
        rows={fees?.map((r) => ({ key: r.validFrom, validFrom: r.validFrom, value: formatMoney(r.maxCents), source: r.source, addedByName: r.addedByName })) ?? null}
        valueLabel={t('invoices.legal.feeMax')}
        valuePlaceholder="5,00"
        onAdd={async (v) => setFees(await call('legal.reminderFeeLimits.add', { validFrom: v.validFrom, maxCents: parseEuros(v.value) ?? Math.round(parseDecimal(v.value)! * 100), source: v.source }))}
      />
    </>
  );
}
