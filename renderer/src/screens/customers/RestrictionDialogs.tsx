// Restriction of processing (rajoittamisoikeus), manager only: restrict with a reason, or lift.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/api/customers';
import { call, ApiCallError } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { fullName } from './format';

function ReasonField({ label, value, onChange, required, error }: { label: string; value: string; onChange: (v: string) => void; required: boolean; error?: string | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
        {required ? null : <span className="field__optional"> ({t('common.optional')})</span>}
      </label>
      <textarea
        id={id}
        className="input textarea"
        rows={3}
        maxLength={500}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        data-testid="restriction-reason"
        autoFocus
      />
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface DialogProps {
  customer: Customer;
  onClose: () => void;
  onDone: (c: Customer) => void;
}

export function RestrictDialog({ customer, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <ConfirmDialog
      title={t('customers.restriction.restrictTitle')}
      confirmLabel={t('customers.restriction.restrictConfirm')}
      testId="restrict-dialog"
      onClose={onClose}
      onConfirm={async () => {
        if (!reason.trim()) {
          setError(t('errors.required'));
          return;
        }
        try {
          onDone(await call('customers.setRestriction', { id: customer.id, restricted: true, reason }));
        } catch (err) {
          if (err instanceof ApiCallError && err.fields.reason) setError(err.fields.reason);
          else throw err;
        }
      }}
    >
      <p>{t('customers.restriction.restrictBody', { name: fullName(customer) })}</p>
      <ReasonField label={t('customers.restriction.reason')} value={reason} onChange={(v) => (setReason(v), setError(undefined))} required error={error} />
    </ConfirmDialog>
  );
}

export function LiftRestrictionDialog({ customer, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <ConfirmDialog
      title={t('customers.restriction.liftTitle')}
      confirmLabel={t('customers.restriction.liftConfirm')}
      testId="lift-dialog"
      onClose={onClose}
      onConfirm={async () => onDone(await call('customers.setRestriction', { id: customer.id, restricted: false, reason }))}
    >
      <p>{t('customers.restriction.liftBody', { name: fullName(customer) })}</p>
      <ReasonField label={t('customers.restriction.liftReason')} value={reason} onChange={setReason} required={false} />
    </ConfirmDialog>
  );
}
