// Merge two records of one person (manager): pick the other record by search, choose which one
// stays, confirm. Orders, sources, history and contact roles move to the one that stays; empty
// fields are filled from the other; the other record is removed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer, CustomerSummary, SearchHit } from '../../../../shared/api/customers';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { CustomerPicker } from '../../components/CustomerPicker';
import { Modal } from '../../components/Modal';
import { errorMessage } from '../../forms/serverErrors';
import { formatPhone, fullName } from './format';

interface MergeDialogProps {
  customer: Customer;
  onClose: () => void;
  onMerged: (survivor: Customer, mergedNumber: number) => void;
}

function Summary({ c, testId }: { c: Pick<CustomerSummary, 'firstName' | 'lastName' | 'customerNumber' | 'email' | 'phone' | 'city'>; testId: string }) {
  return (
    <span className="merge-choice__summary" data-testid={testId}>
      <span className="strong">{fullName(c)}</span> <span className="mono muted">#{c.customerNumber}</span>
      <span className="muted merge-choice__details">{[c.email, formatPhone(c.phone), c.city].filter(Boolean).join(' · ')}</span>
    </span>
  );
}

export function MergeDialog({ customer, onClose, onMerged }: MergeDialogProps) {
  const { t } = useTranslation();
  const [other, setOther] = useState<SearchHit | null>(null);
  const [keepThis, setKeepThis] = useState(true);
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const survivor = keepThis ? customer : other;
  const merged = keepThis ? other : customer;

  const merge = async () => {
    if (!other || !survivor || !merged) return;
    setBusy(true);
    setAlert(null);
    try {
      onMerged(await call('customers.merge', { survivorId: survivor.id, mergedId: merged.id }), merged.customerNumber);
    } catch (err) {
      setAlert(errorMessage(err, t));
      setBusy(false);
    }
  };

  return (
    <Modal title={t('customers.merge.title', { name: fullName(customer) })} onClose={onClose} testId="merge-dialog">
      <FormAlert message={alert} />
      {!other ? (
        <>
          <p className="muted">{t('customers.merge.pickIntro')}</p>
          <CustomerPicker label={t('customers.merge.pickLabel')} exclude={[customer.id]} onPick={setOther} testId="merge-picker" autoFocus />
          <div className="form__actions form__actions--end">
            <button type="button" className="btn btn--secondary" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      ) : (
        <>
          <fieldset className="fieldset merge-choice">
            <legend>{t('customers.merge.keepLegend')}</legend>
            <label className="merge-choice__option">
              <input type="radio" name="survivor" checked={keepThis} onChange={() => setKeepThis(true)} />
              <Summary c={customer} testId="merge-this" />
            </label>
            <label className="merge-choice__option">
              <input type="radio" name="survivor" checked={!keepThis} onChange={() => setKeepThis(false)} />
              <Summary c={other} testId="merge-other" />
            </label>
          </fieldset>
          <div className="alert alert--warning" role="note" data-testid="merge-explanation">
            <p className="strong">{t('customers.merge.confirmTitle', { survivor: survivor!.customerNumber, merged: merged!.customerNumber })}</p>
            <ul className="bullets">
              <li>{t('customers.merge.explainMove', { survivor: survivor!.customerNumber })}</li>
              <li>{t('customers.merge.explainFill')}</li>
              <li>{t('customers.merge.explainProhibitions')}</li>
              <li>{t('customers.merge.explainRemove', { merged: merged!.customerNumber })}</li>
            </ul>
          </div>
          <div className="form__actions form__actions--split">
            <button type="button" className="btn btn--link" onClick={() => setOther(null)}>
              {t('customers.merge.pickAnother')}
            </button>
            <span className="form__actions">
              <button type="button" className="btn btn--secondary" onClick={onClose}>
                {t('common.cancel')}
              </button>
              <button type="button" className="btn btn--danger" disabled={busy} onClick={() => void merge()} data-testid="merge-confirm">
                {busy ? t('customers.merge.merging') : t('customers.merge.confirm', { merged: merged!.customerNumber, survivor: survivor!.customerNumber })}
              </button>
            </span>
          </div>
        </>
      )}
    </Modal>
  );
}
