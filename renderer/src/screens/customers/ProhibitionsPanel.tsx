// The six prohibitions (kielto-oikeus) as checkboxes; the ones in force stand out. Saved together
// with customers.setProhibitions (allowed for staff even on a restricted customer: a prohibition
// only narrows processing).
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROHIBITIONS, type Customer, type Prohibitions } from '../../../../shared/api/customers';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { errorMessage } from '../../forms/serverErrors';

export function ProhibitionsPanel({ customer, onSaved }: { customer: Customer; onSaved: (c: Customer) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<Prohibitions>(customer.prohibitions);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  useEffect(() => setValues(customer.prohibitions), [customer.prohibitions]);
  const dirty = PROHIBITIONS.some((p) => values[p] !== customer.prohibitions[p]);
  useUnsavedChanges(dirty);

  const save = async () => {
    setBusy(true);
    setAlert(null);
    try {
      const next = await call('customers.setProhibitions', { id: customer.id, prohibitions: values, reason });
      setReason('');
      onSaved(next);
    } catch (err) {
      setAlert(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="box" aria-labelledby={`${id}-title`} data-testid="prohibitions">
      <h3 id={`${id}-title`} className="box__title">
        {t('customers.prohibitions.title')}
      </h3>
      <p className="muted box__intro">{t('customers.prohibitions.intro')}</p>
      <FormAlert message={alert} />
      <fieldset className="prohibitions">
        <legend className="visually-hidden">{t('customers.prohibitions.title')}</legend>
        {PROHIBITIONS.map((p) => {
          const on = values[p];
          return (
            <label key={p} className={on ? 'prohibition prohibition--on' : 'prohibition'} data-testid={`prohibition-${p}`}>
              <input type="checkbox" checked={on} onChange={(e) => setValues({ ...values, [p]: e.target.checked })} />
              <span className="prohibition__name">{t(`customers.prohibitions.${p}`)}</span>
              <span className={on ? 'badge badge--danger' : 'badge badge--off'} data-testid={`prohibition-state-${p}`}>
                {on ? t('customers.prohibitions.on') : t('customers.prohibitions.off')}
              </span>
            </label>
          );
        })}
      </fieldset>
      {dirty ? (
        <div className="prohibitions__save">
          <div className="field">
            <label htmlFor={`${id}-reason`} className="field__label">
              {t('customers.prohibitions.reason')}
              <span className="field__optional"> ({t('common.optional')})</span>
            </label>
            <input id={`${id}-reason`} className="input" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
          </div>
          <div className="form__actions form__actions--end">
            <button type="button" className="btn btn--secondary" onClick={() => setValues(customer.prohibitions)}>
              {t('common.cancel')}
            </button>
            <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void save()} data-testid="save-prohibitions">
              {busy ? t('common.saving') : t('customers.prohibitions.save')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
