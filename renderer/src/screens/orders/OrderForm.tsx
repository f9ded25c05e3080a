// A new order at the counter, for the keyboard alone: the customer search (Enter picks the highlighted match), the channel
// and dates, then the lines — Enter in a line adds the next one (or moves to it), Alt+R adds a
// line, Ctrl+Enter saves. Prices are typed in euros (12,50) with VAT included — the shop's shelf
// prices — unless the "prices include VAT" switch is turned off; the totals per VAT rate are
// computed live with the same arithmetic the core stores.
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/api/customers';
import { ORDER_CHANNELS, totalsOf, type LineInput, type Order } from '../../../../shared/api/orders';
import { isIsoDate } from '../../../../shared/format/dates';
import { formatMoney } from '../../../../shared/format/money';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { CustomerPicker } from '../../components/CustomerPicker';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { bind, SelectField, TextField, useErrorText } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';
import { fullName } from '../customers/format';
import { formatRate, today } from '../invoices/format';
import { filledLines } from './filledLines';
import { checkLines, emptyLine, lineFieldPaths, lineForm, LinesFieldset, toLineInput, useLineEditor, withLineFieldPaths } from './LineEditor';
import { FormDateField } from '../../components/DateField';

const orderForm = z
  .object({
    customerId: z.number().int().min(1, { message: 'errors.required' }),
    channel: z.enum(ORDER_CHANNELS),
    date: z.string().refine(isIsoDate, { message: 'errors.date' }),
    deliveryDate: z.string().refine((d) => d === '' || isIsoDate(d), { message: 'errors.date' }),
    note: z.string().max(1000, { message: 'errors.tooLong' }),
    pricesIncludeVat: z.boolean(),
    lines: z.array(lineForm).min(1, { message: 'errors.linesRequired' }),
  })
  .superRefine((v, ctx) => checkLines(v.lines, ctx));
type OrderFormValues = z.infer<typeof orderForm>;

export function OrderForm({ onSaved, onCancel }: { onSaved: (order: Order) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [alert, setAlert] = useState<string | null>(null);
  const [customer, setCustomer] = useState<SearchHit | null>(null);
  const saved = useRef(false);
  const form = useForm<OrderFormValues>({
    resolver: zodResolver(orderForm),
    defaultValues: { customerId: 0, channel: 'shop', date: today(), deliveryDate: '', note: '', pricesIncludeVat: true, lines: [emptyLine()] },
  });
  const date = useWatch({ control: form.control, name: 'date' });
  const deliveryDate = useWatch({ control: form.control, name: 'deliveryDate' });
  const { isSubmitting, isDirty, errors } = form.formState;
  useUnsavedChanges(isDirty && !saved.current);
  const rateDate = deliveryDate || date;
  const formRef = useRef<HTMLFormElement>(null);

  // The customer search first — after the shell has focused the section's heading (the picker's own
  // autoFocus would lose the focus to the heading, and its blur would close the list as you type).
  useEffect(() => {
    const timer = setTimeout(() => formRef.current?.querySelector<HTMLInputElement>('[role="combobox"]')?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);

  const editor = useLineEditor(form, rateDate);
  const { live, focusLine, addLine } = editor;

  const submit = form.handleSubmit(async (v) => {
    setAlert(null);
    try {
      const order = await call('orders.create', {
        customerId: v.customerId,
        channel: v.channel,
        date: v.date,
        ...(v.deliveryDate ? { deliveryDate: v.deliveryDate } : {}),
        note: v.note,
        pricesIncludeVat: v.pricesIncludeVat,
        lines: filledLines(v.lines).map((l) => toLineInput(l) as LineInput),
      });
      saved.current = true;
      onSaved(order);
    } catch (err) {
      const fields = ['customerId', 'channel', 'date', 'deliveryDate', 'note', ...lineFieldPaths(v.lines.length)];
      setAlert(applyServerError(withLineFieldPaths(err), { setError: form.setError, fields }, t));
    }
  });

  // Ctrl+Enter saves, Alt+R adds a line — anywhere on the form.
  const onFormKey = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    } else if (e.altKey && e.code === 'KeyR') {
      e.preventDefault();
      addLine();
    }
  };
  const pickCustomer = (c: SearchHit) => {
    setCustomer(c);
    form.setValue('customerId', c.id, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    // the usual counter sale goes straight to the products (or the lines, without a catalogue);
    // Shift+Tab goes back to the channel and dates
    editor.focusStart();
  };

  return (
    <form ref={formRef} className="form order-form" noValidate onSubmit={(e) => void submit(e)} onKeyDown={onFormKey} data-testid="order-form" aria-labelledby="order-form-title">
      <h2 id="order-form-title" className="step-title">
        {t('orders.form.title')}
      </h2>
      <p className="muted small">{t('orders.form.keys')}</p>
      <FormAlert message={alert} />
      <div className="order-form__head">
        {customer ? (
          <div className="field">
            <span className="field__label">{t('orders.form.customer')}</span>
            <div className="chosen-customer order-form__customer" data-testid="order-customer">
              <span className="strong">{fullName(customer)}</span>
              <span className="mono muted">#{customer.customerNumber}</span>
              {customer.organizationName ? <span className="muted">{customer.organizationName}</span> : null}
              <button
                type="button"
                className="btn btn--link"
                onClick={() => {
                  setCustomer(null);
                  form.setValue('customerId', 0);
                }}
              >
                {t('orders.form.changeCustomer')}
              </button>
            </div>
          </div>
        ) : (
          <CustomerPicker label={t('orders.form.customer')} hint={t('orders.form.customerHint')} onPick={pickCustomer} error={errorText(errors.customerId)} testId="order-customer-picker" />
        )}
        <div className="grid grid--4">
          <SelectField label={t('orders.form.channel')} options={ORDER_CHANNELS.map((c) => ({ value: c, label: t(`orders.channel.${c}`) }))} {...bind(form, 'channel')} />
          <FormDateField form={form} name="date" label={t('orders.form.date')} />
          <FormDateField form={form} name="deliveryDate" label={t('orders.form.deliveryDate')} optional hint={t('orders.form.deliveryHint')} />
          <TextField label={t('orders.form.note')} optional {...bind(form, 'note')} />
        </div>
      </div>

      <LinesFieldset editor={editor} />

      <TotalsBox totals={live.totals} testId="order-totals" />

      <div className="form__actions form__actions--end">
        <button type="button" className="btn btn--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn--primary btn--large" disabled={isSubmitting} aria-keyshortcuts="Control+Enter" data-testid="save-order">
          {isSubmitting ? t('common.saving') : t('orders.form.save')} <kbd className="btn__key" aria-hidden="true">Ctrl+Enter</kbd>
        </button>
      </div>
    </form>
  );
}

/** VAT per rate and the totals, as on the receipt and the invoice. */
export function TotalsBox({ totals, testId }: { totals: ReturnType<typeof totalsOf>; testId?: string }) {
  const { t } = useTranslation();
  return (
    <div className="totals" data-testid={testId}>
      <table className="table table--compact totals__table" aria-label={t('orders.totals.title')}>
        <thead>
          <tr>
            <th scope="col">{t('orders.totals.rate')}</th>
            <th scope="col" className="col-money">{t('orders.totals.net')}</th>
            <th scope="col" className="col-money">{t('orders.totals.vat')}</th>
            <th scope="col" className="col-money">{t('orders.totals.gross')}</th>
          </tr>
        </thead>
        <tbody>
          {totals.vatRows.length === 0 ? (
            <tr>
              <td colSpan={4} className="table__empty">
                {t('orders.totals.none')}
              </td>
            </tr>
          ) : (
            totals.vatRows.map((r) => (
              <tr key={r.rateBp} data-testid={`vat-row-${r.rateBp}`}>
                <td>{t('orders.totals.vatRate', { rate: formatRate(r.rateBp) })}</td>
                <td className="col-money money">{formatMoney(r.netCents)}</td>
                <td className="col-money money">{formatMoney(r.vatCents)}</td>
                <td className="col-money money">{formatMoney(r.grossCents)}</td>
              </tr>
            ))
          )}
        </tbody>
        <tfoot>
          <tr className="totals__sum">
            <th scope="row">{t('orders.totals.total')}</th>
            <td className="col-money money">{formatMoney(totals.netCents)}</td>
            <td className="col-money money">{formatMoney(totals.vatCents)}</td>
            <td className="col-money money totals__gross" data-testid={testId ? `${testId}-gross` : undefined}>
              {formatMoney(totals.grossCents)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
