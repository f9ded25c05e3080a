// Restriction of processing (rajoittamisoikeus), manager only: restrict with a reason, or lift
// once the person has been told beforehand.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/api/customers';
import { LIFT_NOTICE_METHODS, type LiftNoticeMethod } from '../../../../shared/api/recipients';
import { helsinkiDate, isIsoDate } from '../../../../shared/format/dates';
import { call, ApiCallError } from '../../api';
import { DocumentActions } from '../../components/DocumentActions';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ReasonDialog } from '../../components/ReasonDialog';
import { TextArea } from '../../components/TextArea';
import { fullName } from './format';
import { DateField } from '../../components/DateField';

interface DialogProps {
  customer: Customer;
  onClose: () => void;
  onDone: (c: Customer) => void;
}

export function RestrictDialog({ customer, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      title={t('customers.restriction.restrictTitle')}
      confirmLabel={t('customers.restriction.restrictConfirm')}
      testId="restrict-dialog"
      onClose={onClose}
      body={<p>{t('customers.restriction.restrictBody', { name: fullName(customer) })}</p>}
      reason={{ label: t('customers.restriction.reason'), testId: 'restriction-reason' }}
      submit={async (reason) => onDone(await call('customers.setRestriction', { id: customer.id, restricted: true, reason }))}
    />
  );
}

/** Lifting: the person is told beforehand (GDPR Art. 18(3)) — the dialog prints the notice and
 * records when and how they were told; the core refuses a lift without that record. */
export function LiftRestrictionDialog({ customer, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [liftDate, setLiftDate] = useState(helsinkiDate());
  const [noticeDate, setNoticeDate] = useState(helsinkiDate());
  const [method, setMethod] = useState<LiftNoticeMethod | ''>('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <ConfirmDialog
      title={t('customers.restriction.liftTitle')}
      confirmLabel={t('customers.restriction.liftConfirm')}
      testId="lift-dialog"
      onClose={onClose}
      onConfirm={async () => {
        if (!noticeDate || !method) {
          setErrors({ notice: t('errors.liftNoticeRequired') });
          return;
        }
        try {
          onDone(await call('customers.setRestriction', { id: customer.id, restricted: false, reason, notice: { date: noticeDate, method } }));
        } catch (err) {
          if (err instanceof ApiCallError && err.fields['notice.date']) setErrors({ notice: err.message });
          else throw err;
        }
      }}
    >
      <p>{t('customers.restriction.liftBody', { name: fullName(customer) })}</p>
      <fieldset className="fieldset" data-testid="lift-notice">
        <legend>{t('customers.restriction.noticeTitle')}</legend>
        <p className="muted fieldset__intro">{t('customers.restriction.noticeIntro')}</p>
        <DateField label={t('customers.restriction.liftDate')} fieldClassName="field--short" min={helsinkiDate()} value={liftDate} onChange={setLiftDate} data-testid="lift-date" />
        <div className="field">
          <DocumentActions
            size="small"
            printLabel={t('customers.restriction.printNotice')}
            disabled={!isIsoDate(liftDate)}
            fetchFile={() => call('privacy.restriction.liftNotice', { customerId: customer.id, liftDate })}
            testId="lift-notice-print"
          />
        </div>
        <DateField label={t('customers.restriction.noticeDate')} fieldClassName="field--short" max={helsinkiDate()} value={noticeDate} onChange={(v) => (setNoticeDate(v), setErrors({}))} data-testid="notice-date" />
        <div className="field field--short">
          <label htmlFor={`${id}-method`} className="field__label">
            {t('customers.restriction.noticeMethod')}
          </label>
          <select id={`${id}-method`} className="input" value={method} onChange={(e) => (setMethod(e.target.value as LiftNoticeMethod), setErrors({}))} data-testid="notice-method">
            <option value="">{t('customers.restriction.chooseMethod')}</option>
            {LIFT_NOTICE_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`customers.restriction.methods.${m}`)}
              </option>
            ))}
          </select>
        </div>
        {errors.notice ? (
          <p className="field__error" role="alert" data-testid="notice-error">
            {errors.notice}
          </p>
        ) : null}
      </fieldset>
      <TextArea label={t('customers.restriction.liftReason')} value={reason} onChange={setReason} maxLength={500} testId="restriction-reason" autoFocus />
    </ConfirmDialog>
  );
}
