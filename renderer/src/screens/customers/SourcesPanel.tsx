// Where this person's data came from (tietolähteet), with dates, and a small form to add one.
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DATA_SOURCES, sourceEntry, type Customer } from '../../../../shared/api/customers';
import { formatDate, helsinkiDate } from '../../../../shared/format/dates';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { bind, SelectField, TextField } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';
import { FormDateField } from '../../components/DateField';

const FIELDS = ['source', 'date', 'note'];

export function SourcesPanel({ customer, onAdded }: { customer: Customer; onAdded: (c: Customer) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [adding, setAdding] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(sourceEntry), defaultValues: { source: 'customer_notice' as const, date: helsinkiDate(), note: '' } });
  useUnsavedChanges(adding && form.formState.isDirty);

  const onSubmit = form.handleSubmit(async (source) => {
    setAlert(null);
    try {
      const next = await call('customers.addSource', { id: customer.id, source });
      form.reset();
      setAdding(false);
      onAdded(next);
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: FIELDS }, t));
    }
  });

  return (
    <section className="box" aria-labelledby={`${id}-title`} data-testid="sources">
      <div className="box__header">
        <h3 id={`${id}-title`} className="box__title">
          {t('customers.sources.title')}
        </h3>
        {!adding ? (
          <button
            type="button"
            className="btn btn--secondary btn--small"
            onClick={() => {
              setAlert(null);
              setAdding(true);
              setTimeout(() => form.setFocus('source'), 0);
            }}
            data-testid="add-source"
          >
            + {t('customers.sources.add')}
          </button>
        ) : null}
      </div>
      {customer.sources.length === 0 ? (
        <p className="muted">{t('customers.sources.none')}</p>
      ) : (
        <table className="table table--compact" aria-labelledby={`${id}-title`}>
          <thead>
            <tr>
              <th scope="col">{t('customers.sources.source')}</th>
              <th scope="col">{t('customers.sources.date')}</th>
              <th scope="col">{t('customers.sources.note')}</th>
            </tr>
          </thead>
          <tbody>
            {customer.sources.map((s) => (
              <tr key={s.id}>
                <td>{t(`dataSources.${s.source}`)}</td>
                <td className="nowrap">{formatDate(s.date)}</td>
                <td>{s.note || <span className="muted">{t('common.none')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding ? (
        <form className="form inline-form" noValidate onSubmit={onSubmit} aria-label={t('customers.sources.add')} data-testid="add-source-form">
          <FormAlert message={alert} />
          <div className="grid grid--source">
            <SelectField label={t('customers.sources.source')} options={DATA_SOURCES.map((s) => ({ value: s, label: t(`dataSources.${s}`) }))} {...bind(form, 'source')} />
            <FormDateField form={form} name="date" label={t('customers.sources.date')} max={helsinkiDate()} />
            <TextField label={t('customers.sources.note')} optional maxLength={200} {...bind(form, 'note')} />
          </div>
          <div className="form__actions form__actions--end">
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() => {
                form.reset();
                setAdding(false);
              }}
            >
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn btn--primary" disabled={form.formState.isSubmitting}>
              {t('customers.sources.addSubmit')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
