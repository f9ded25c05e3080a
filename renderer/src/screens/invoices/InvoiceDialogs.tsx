// The invoice card's dialogs: issue a draft, record a payment, send a reminder (what the law
// allows today, from reminderOptions), credit, hand the claim to a collection agency, and (a
// manager) cancel a payment recorded by mistake. Each is
// a react-hook-form over the shared schema's fields; the core's messages land under the fields.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { collectionInput, creditNoteInput, type Invoice, type Payment } from '../../../../shared/api/invoices';
import { PAYMENT_METHODS, paymentMethod } from '../../../../shared/api/orders';
import { formatDate, isIsoDate } from '../../../../shared/format/dates';
import { formatMoney } from '../../../../shared/format/money';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { Modal } from '../../components/Modal';
import { bind, SelectField, TextField } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';
import { addDays, centsToInput, parseEuros, today } from './format';
import { FormDateField } from '../../components/DateField';
import { useSessionRole } from './useSessionRole';

interface DialogProps {
  invoice: Invoice;
  onClose: () => void;
  onDone: (next: Invoice) => void;
}

const isoDate = z.string().refine(isIsoDate, { message: 'errors.date' });

function Actions({ onClose, submitLabel, busy, testId }: { onClose: () => void; submitLabel: string; busy: boolean; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="form__actions form__actions--end">
      <button type="button" className="btn btn--secondary" onClick={onClose}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="btn btn--primary" disabled={busy} data-testid={`${testId}-submit`}>
        {busy ? t('common.saving') : submitLabel}
      </button>
    </div>
  );
}

const issueForm = z.object({ invoiceDate: isoDate });

export function IssueDialog({ invoice, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(issueForm), defaultValues: { invoiceDate: invoice.invoiceDate ?? today() } });
  useEffect(() => form.setFocus('invoiceDate'), [form]);
  const submit = form.handleSubmit(async (v) => {
    setAlert(null);
    try {
      onDone(await call('invoices.issue', { id: invoice.id, invoiceDate: v.invoiceDate }));
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: ['invoiceDate'] }, t));
    }
  });
  return (
    <Modal title={t('invoices.issue.title')} onClose={onClose} size="small" testId="issue-dialog">
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <p className="muted">{t('invoices.issue.intro', { amount: formatMoney(invoice.grossCents), name: invoice.buyer.name })}</p>
        <FormAlert message={alert} />
        <FormDateField form={form} name="invoiceDate" label={t('invoices.issue.date')} hint={t('invoices.issue.dateHint', { days: invoice.paymentTermDays })} />
        <Actions onClose={onClose} submitLabel={t('invoices.issue.submit')} busy={form.formState.isSubmitting} testId="issue" />
      </form>
    </Modal>
  );
}

const payForm = z.object({
  date: isoDate,
  amount: z.string().refine((s) => (parseEuros(s) ?? 0) > 0, { message: 'errors.money' }),
  method: paymentMethod,
  note: z.string().max(200, { message: 'errors.tooLong' }),
  allowOverpayment: z.boolean(),
});

export function PaymentDialog({ invoice, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const [overpaid, setOverpaid] = useState(false);
  const form = useForm({
    resolver: zodResolver(payForm),
    defaultValues: { date: today(), amount: centsToInput(Math.max(0, invoice.openCents)), method: 'bank_transfer' as const, note: '', allowOverpayment: false },
  });
  useEffect(() => form.setFocus('amount'), [form]);
  const submit = form.handleSubmit(async (v) => {
    setAlert(null);
    try {
      onDone(await call('invoices.addPayment', { invoiceId: invoice.id, date: v.date, amountCents: parseEuros(v.amount)!, method: v.method, note: v.note, allowOverpayment: v.allowOverpayment }));
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: ['date', 'method', 'note'] }, t));
      if (/paymentExceedsOpen|liikasuoritus|overpayment/i.test(String((err as Error).message))) setOverpaid(true);
    }
  });
  return (
    <Modal title={t('invoices.pay.title')} onClose={onClose} size="small" testId="payment-dialog">
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <p className="muted">{t('invoices.pay.intro', { open: formatMoney(invoice.openCents) })}</p>
        <FormAlert message={alert} />
        <div className="grid grid--2">
          <TextField label={t('invoices.pay.amount')} inputMode="decimal" hint={t('invoices.pay.amountHint')} {...bind(form, 'amount')} data-testid="payment-amount" />
          <FormDateField form={form} name="date" label={t('invoices.pay.date')} />
        </div>
        <SelectField label={t('invoices.pay.method')} options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`orders.method.${m}`) }))} {...bind(form, 'method')} />
        <TextField label={t('invoices.pay.note')} optional {...bind(form, 'note')} />
        {overpaid ? (
          <label className="checkline">
            <input type="checkbox" {...form.register('allowOverpayment')} />
            {t('invoices.pay.allowOverpayment')}
          </label>
        ) : null}
        <Actions onClose={onClose} submitLabel={t('invoices.pay.submit')} busy={form.formState.isSubmitting} testId="payment" />
      </form>
    </Modal>
  );
}

const remindForm = z.object({ date: isoDate, chargeFee: z.boolean(), businessCompensation: z.boolean(), dueDate: isoDate });

const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / 86_400_000);

export function ReminderDialog({ invoice, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const o = invoice.reminderOptions;
  const form = useForm({
    resolver: zodResolver(remindForm),
    defaultValues: { date: o?.date ?? today(), chargeFee: o?.feeAllowed ?? false, businessCompensation: false, dueDate: o?.defaultDueDate ?? today() },
  });
  // A reminder recorded for an earlier day (sent on paper): the new due date moves with it.
  const date = form.watch('date');
  useEffect(() => {
    if (!o || !isIsoDate(date) || date === o.date) return;
    form.setValue('dueDate', addDays(date, daysBetween(o.date, o.defaultDueDate)));
  }, [date]);
  const submit = form.handleSubmit(async (v) => {
    setAlert(null);
    try {
      onDone(await call('invoices.remind', { invoiceId: invoice.id, date: v.date, chargeFee: v.chargeFee, businessCompensation: v.businessCompensation, dueDate: v.dueDate }));
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: ['date', 'dueDate', 'chargeFee', 'businessCompensation'] }, t));
    }
  });
  const chargeFee = form.watch('chargeFee');
  const comp = form.watch('businessCompensation');
  const total = o ? o.principalCents + o.interestCents + (chargeFee && o.feeAllowed ? o.feeCents : 0) + (comp && o.compensationAllowed ? o.compensationCents : 0) : 0;
  return (
    <Modal title={t('invoices.remind.title')} onClose={onClose} testId="reminder-dialog">
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <FormAlert message={alert} />
        {o ? (
          <>
            <dl className="record-facts">
              <dt>{t('invoices.remind.debtor')}</dt>
              <dd>{t(`invoices.debtor.${o.debtorKind}`)}</dd>
              <dt>{t('invoices.remind.principal')}</dt>
              <dd className="money">{formatMoney(o.principalCents)}</dd>
              <dt>{t('invoices.remind.interest')}</dt>
              <dd className="money">{o.interestRateMissing ? '–' : formatMoney(o.interestCents)}</dd>
            </dl>
            {o.interestRateMissing ? (
              <div className="alert alert--error" role="alert" data-testid="reminder-rate-missing">
                {t('errors.referenceRateMissing', { from: formatDate(o.interestRateMissing) })}
              </div>
            ) : null}
            <div className={o.feeAllowed ? 'notice-box' : 'alert alert--info'} data-testid="reminder-fee-rule">
              {o.feeAllowed
                ? t('invoices.remind.feeAllowed', { fee: formatMoney(o.feeCents) })
                : t(`invoices.remind.feeRefused.${o.feeRefusal ?? 'tooEarly'}`, { date: o.feeAllowedFrom ? formatDate(o.feeAllowedFrom) : '' })}
            </div>
            <label className="checkline">
              <input type="checkbox" disabled={!o.feeAllowed} {...form.register('chargeFee')} data-testid="reminder-charge-fee" />
              {t('invoices.remind.chargeFee', { fee: formatMoney(o.feeCents) })}
            </label>
            {o.debtorKind === 'business' ? (
              <label className="checkline">
                <input type="checkbox" disabled={!o.compensationAllowed} {...form.register('businessCompensation')} data-testid="reminder-compensation" />
                {t('invoices.remind.compensation', { amount: formatMoney(o.compensationCents) })}
              </label>
            ) : (
              <p className="muted small">{t('invoices.remind.noCompensationConsumer')}</p>
            )}
            <div className="grid grid--2">
            <FormDateField form={form} name="date" label={t('invoices.remind.date')} max={today()} hint={t('invoices.remind.dateHint')} data-testid="reminder-date" />
            <FormDateField form={form} name="dueDate" label={t('invoices.remind.dueDate')} hint={t('invoices.remind.dueHint')} data-testid="reminder-due" />
            </div>
            <p className="reminder-total">
              {t('invoices.remind.total')} <span className="money strong" data-testid="reminder-total">{formatMoney(total)}</span>
            </p>
          </>
        ) : (
          <p>{t('invoices.remind.notAvailable')}</p>
        )}
        <Actions onClose={onClose} submitLabel={t('invoices.remind.submit')} busy={form.formState.isSubmitting} testId="reminder" />
      </form>
    </Modal>
  );
}

const creditForm = creditNoteInput.pick({ reason: true });

export function CreditNoteDialog({ invoice, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(creditForm), defaultValues: { reason: '' } });
  useEffect(() => form.setFocus('reason'), [form]);
  const submit = form.handleSubmit(async (v) => {
    setAlert(null);
    try {
      onDone(await call('invoices.creditNote', { invoiceId: invoice.id, reason: v.reason }));
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: ['reason'] }, t));
    }
  });
  return (
    <Modal title={t('invoices.credit.title', { number: invoice.number })} onClose={onClose} size="small" testId="credit-dialog">
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <p className="muted">{t('invoices.credit.intro', { amount: formatMoney(invoice.grossCents) })}</p>
        <FormAlert message={alert} />
        <TextField label={t('invoices.credit.reason')} {...bind(form, 'reason')} data-testid="credit-reason" />
        <Actions onClose={onClose} submitLabel={t('invoices.credit.submit')} busy={form.formState.isSubmitting} testId="credit" />
      </form>
    </Modal>
  );
}

const collectionForm = collectionInput.pick({ agency: true, note: true, withoutReminderReason: true });

export function CollectionDialog({ invoice, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const role = useSessionRole();
  // A consumer is reminded before collection; a manager may skip it with a reason (the core decides).
  const unreminded = invoice.debtorKind === 'consumer' && invoice.reminders.length === 0;
  const form = useForm({ resolver: zodResolver(collectionForm), defaultValues: { agency: '', note: '', withoutReminderReason: '' } });
  useEffect(() => form.setFocus('agency'), [form]);
  const submit = form.handleSubmit(async (v) => {
    setAlert(null);
    if (unreminded && !v.withoutReminderReason) {
      form.setError('withoutReminderReason', { type: 'required', message: t('errors.required') });
      return;
    }
    try {
      onDone(await call('invoices.sendToCollection', { invoiceId: invoice.id, agency: v.agency, note: v.note, ...(unreminded ? { withoutReminderReason: v.withoutReminderReason } : {}) }));
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: ['agency', 'note', 'withoutReminderReason'] }, t));
    }
  });
  return (
    <Modal title={t('invoices.collection.title')} onClose={onClose} size="small" testId="collection-dialog">
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <p className="muted">{t('invoices.collection.intro', { open: formatMoney(invoice.openCents) })}</p>
        <FormAlert message={alert} />
        <TextField label={t('invoices.collection.agency')} {...bind(form, 'agency')} data-testid="collection-agency" />
        <TextField label={t('invoices.collection.note')} optional {...bind(form, 'note')} />
        {unreminded ? (
          <div className="alert alert--warning small" role="note" data-testid="collection-no-reminder">
            {role === 'manager' ? t('invoices.collection.noReminderManager') : t('invoices.collection.noReminderStaff')}
          </div>
        ) : null}
        {unreminded && role === 'manager' ? <TextField label={t('invoices.collection.withoutReminderReason')} {...bind(form, 'withoutReminderReason')} data-testid="collection-reason" /> : null}
        <p className="alert alert--info small">{t('invoices.collection.disclosureNote')}</p>
        <Actions onClose={onClose} submitLabel={t('invoices.collection.submit')} busy={form.formState.isSubmitting} testId="collection" />
      </form>
    </Modal>
  );
}

const cancelPaymentForm = z.object({ reason: z.string().trim().min(1, { message: 'errors.required' }).max(500, { message: 'errors.tooLong' }) });

/** A payment recorded by mistake (wrong invoice, a returned transfer): a manager cancels it with a reason; it stays listed as cancelled. */
export function CancelPaymentDialog({ invoice, payment, onClose, onDone }: DialogProps & { payment: Payment }) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(cancelPaymentForm), defaultValues: { reason: '' } });
  useEffect(() => form.setFocus('reason'), [form]);
  const submit = form.handleSubmit(async (v) => {
    setAlert(null);
    try {
      onDone(await call('invoices.cancelPayment', { paymentId: payment.id, reason: v.reason }));
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: ['reason'] }, t));
    }
  });
  return (
    <Modal title={t('invoices.cancelPayment.title')} onClose={onClose} size="small" testId="cancel-payment-dialog">
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <dl className="record-facts record-facts--tight">
          <dt>{t('invoices.payments.amount')}</dt>
          <dd className="money strong">{formatMoney(payment.amountCents)}</dd>
          <dt>{t('invoices.payments.date')}</dt>
          <dd>{formatDate(payment.date)}</dd>
          <dt>{t('invoices.payments.method')}</dt>
          <dd>{t(`orders.method.${payment.method}`)}</dd>
        </dl>
        <p className="alert alert--info small">{t('invoices.cancelPayment.intro', { open: formatMoney(invoice.openCents + payment.amountCents) })}</p>
        <FormAlert message={alert} />
        <TextField label={t('invoices.cancelPayment.reason')} hint={t('invoices.cancelPayment.reasonHint')} {...bind(form, 'reason')} data-testid="cancel-payment-reason" />
        <div className="form__actions form__actions--end">
          <button type="button" className="btn btn--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn--danger" disabled={form.formState.isSubmitting} data-testid="cancel-payment-submit">
            {form.formState.isSubmitting ? t('common.saving') : t('invoices.cancelPayment.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
