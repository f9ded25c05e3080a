// A new order at the counter, for the keyboard alone: the customer search (↓ Enter), the channel
// and dates, then the lines — Enter in a line adds the next one (or moves to it), Alt+R adds a
// line, Ctrl+Enter saves. Prices are typed in euros without VAT (12,50); the totals per VAT rate
// are computed live with the same arithmetic the core stores.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/api/customers';
import { EXEMPTION_REASON_IDS, lineInput, lineNetCents, ORDER_CHANNELS, percentToBp, quantityMilli, totalsOf, VAT_CATEGORY_IDS, type LineInput, type Order } from '../../../../shared/api/orders';
import { VAT_EXEMPTION_REASONS, vatRateOn } from '../../../../shared/finnish/vatRates';
import { isIsoDate } from '../../../../shared/format/dates';
import { formatMoney } from '../../../../shared/format/money';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { CustomerPicker } from '../../components/CustomerPicker';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { bind, SelectField, TextField, useErrorText } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';
import { fullName } from '../customers/format';
import { formatRate, parseDecimal, parseEuros, today } from '../invoices/format';

const lineForm = z.object({
  description: z.string(),
  quantity: z.string(),
  unit: z.string(),
  price: z.string(),
  discount: z.string(),
  vatCategory: z.enum(VAT_CATEGORY_IDS),
  exemptionReason: z.string(),
});
type LineForm = z.infer<typeof lineForm>;

/** A typed line as the API wants it (numbers may be NaN: the shared schema then refuses them). */
function toLineInput(l: LineForm): Record<string, unknown> {
  return {
    description: l.description,
    quantity: parseDecimal(l.quantity) ?? Number.NaN,
    unit: l.unit,
    unitPriceCents: parseEuros(l.price) ?? Number.NaN,
    discountPercent: l.discount.trim() === '' ? 0 : (parseDecimal(l.discount) ?? Number.NaN),
    vatCategory: l.vatCategory,
    ...(l.vatCategory === 'zero' && l.exemptionReason ? { exemptionReason: l.exemptionReason } : {}),
  };
}

/** Where the shared line schema's fields are on this form. */
const FIELD_OF: Record<string, keyof LineForm> = {
  description: 'description',
  quantity: 'quantity',
  unit: 'unit',
  unitPriceCents: 'price',
  discountPercent: 'discount',
  vatCategory: 'vatCategory',
  exemptionReason: 'exemptionReason',
};

const orderForm = z
  .object({
    customerId: z.number().int().min(1, { message: 'errors.required' }),
    channel: z.enum(ORDER_CHANNELS),
    date: z.string().refine(isIsoDate, { message: 'errors.date' }),
    deliveryDate: z.string().refine((d) => d === '' || isIsoDate(d), { message: 'errors.date' }),
    note: z.string().max(1000, { message: 'errors.tooLong' }),
    lines: z.array(lineForm).min(1, { message: 'errors.linesRequired' }),
  })
  .superRefine((v, ctx) => {
    // each typed line through the shared schema, its messages under the typed fields
    v.lines.forEach((l, i) => {
      const r = lineInput.safeParse(toLineInput(l));
      if (r.success) return;
      for (const issue of r.error.issues) {
        const field = FIELD_OF[String(issue.path[0])] ?? 'description';
        const message = issue.code === 'invalid_type' ? (field === 'price' ? 'errors.money' : 'errors.quantity') : issue.message;
        ctx.addIssue({ code: 'custom', path: ['lines', i, field], message });
      }
    });
  });
type OrderFormValues = z.infer<typeof orderForm>;

const emptyLine = (): LineForm => ({ description: '', quantity: '1', unit: 'kpl', price: '', discount: '', vatCategory: 'general', exemptionReason: '' });

/** The rate a category has on a date ('' or an invalid date: today). */
function rateOf(category: LineForm['vatCategory'], date: string): number | null {
  try {
    return vatRateOn(category, isIsoDate(date) ? date : today());
  } catch {
    return null;
  }
}

export function OrderForm({ onSaved, onCancel }: { onSaved: (order: Order) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fi';
  const errorText = useErrorText();
  const [alert, setAlert] = useState<string | null>(null);
  const [customer, setCustomer] = useState<SearchHit | null>(null);
  const saved = useRef(false);
  const form = useForm<OrderFormValues>({
    resolver: zodResolver(orderForm),
    defaultValues: { customerId: 0, channel: 'shop', date: today(), deliveryDate: '', note: '', lines: [emptyLine()] },
  });
  const lines = useFieldArray({ control: form.control, name: 'lines' });
  const watched = useWatch({ control: form.control, name: 'lines' });
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

  /** The live net of each line (null while a field is not a number yet) and the totals. */
  const live = useMemo(() => {
    const nets = (watched ?? []).map((l) => {
      const q = parseDecimal(l.quantity);
      const p = parseEuros(l.price);
      const d = l.discount.trim() === '' ? 0 : parseDecimal(l.discount);
      const rate = rateOf(l.vatCategory, rateDate);
      if (q === null || p === null || d === null || rate === null || q <= 0 || d < 0 || d > 100) return null;
      return { netCents: lineNetCents(quantityMilli(q), p, percentToBp(d)), vatRateBp: rate };
    });
    return { nets, totals: totalsOf(nets.filter((n): n is { netCents: number; vatRateBp: number } => n !== null)) };
  }, [watched, rateDate]);

  const focusLine = (index: number) => setTimeout(() => form.setFocus(`lines.${index}.description`), 0);
  const addLine = () => {
    lines.append(emptyLine(), { shouldFocus: false });
    focusLine(lines.fields.length);
  };

  const submit = form.handleSubmit(async (v) => {
    setAlert(null);
    try {
      const order = await call('orders.create', {
        customerId: v.customerId,
        channel: v.channel,
        date: v.date,
        ...(v.deliveryDate ? { deliveryDate: v.deliveryDate } : {}),
        note: v.note,
        lines: v.lines.map((l) => toLineInput(l) as LineInput),
      });
      saved.current = true;
      onSaved(order);
    } catch (err) {
      const fields = ['customerId', 'channel', 'date', 'deliveryDate', 'note', ...v.lines.flatMap((_, i) => Object.values(FIELD_OF).map((f) => `lines.${i}.${f}`))];
      setAlert(applyServerError(err, { setError: form.setError, fields }, t));
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
  // Enter inside a line: to the next line, or a new one after the last.
  const onLineKey = (index: number) => (e: React.KeyboardEvent) => {
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
    e.preventDefault();
    if (index === lines.fields.length - 1) addLine();
    else focusLine(index + 1);
  };

  const pickCustomer = (c: SearchHit) => {
    setCustomer(c);
    form.setValue('customerId', c.id, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    // the usual counter sale goes straight to the lines (Shift+Tab back to the channel and dates)
    focusLine(0);
  };

  const categoryOptions = VAT_CATEGORY_IDS.map((id) => {
    const rate = rateOf(id, rateDate);
    return { value: id, label: `${rate === null ? '' : formatRate(rate)} ${t(`orders.vat.${id}`)}` };
  });
  const lineError = (i: number, f: keyof LineForm) => errors.lines?.[i]?.[f];

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
          <TextField label={t('orders.form.date')} type="date" {...bind(form, 'date')} />
          <TextField label={t('orders.form.deliveryDate')} type="date" optional hint={t('orders.form.deliveryHint')} {...bind(form, 'deliveryDate')} />
          <TextField label={t('orders.form.note')} optional {...bind(form, 'note')} />
        </div>
      </div>

      <fieldset className="fieldset order-lines">
        <legend>{t('orders.form.lines')}</legend>
        <table className="table table--compact order-lines__table" data-testid="order-lines">
          <thead>
            <tr>
              <th scope="col" className="col-desc">{t('orders.line.description')}</th>
              <th scope="col" className="col-qty">{t('orders.line.quantity')}</th>
              <th scope="col" className="col-unit">{t('orders.line.unit')}</th>
              <th scope="col" className="col-money">{t('orders.line.unitPrice')}</th>
              <th scope="col" className="col-vat">{t('orders.line.vat')}</th>
              <th scope="col" className="col-disc">{t('orders.line.discount')}</th>
              <th scope="col" className="col-money">{t('orders.line.net')}</th>
              <th scope="col" className="table__actions">
                <span className="visually-hidden">{t('orders.line.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.fields.map((field, i) => {
              const net = live.nets[i];
              const zero = watched?.[i]?.vatCategory === 'zero';
              const cell = (f: keyof LineForm, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => {
                const err = lineError(i, f);
                return (
                  <>
                    <input
                      className="input"
                      aria-label={`${t(`orders.line.${f === 'price' ? 'unitPrice' : f}`)} ${i + 1}`}
                      aria-invalid={err ? true : undefined}
                      data-testid={`line-${i}-${f}`}
                      onKeyDown={onLineKey(i)}
                      autoComplete="off"
                      {...extra}
                      {...form.register(`lines.${i}.${f}`)}
                    />
                    {err ? <span className="field__error">{errorText(err)}</span> : null}
                  </>
                );
              };
              return (
                <tr key={field.id} data-testid={`order-line-${i}`} className={zero ? 'order-line order-line--zero' : 'order-line'}>
                  <td className="col-desc">
                    {cell('description')}
                    {zero ? (
                      <select
                        className="input order-line__reason"
                        aria-label={`${t('orders.line.exemptionReason')} ${i + 1}`}
                        aria-invalid={lineError(i, 'exemptionReason') ? true : undefined}
                        data-testid={`line-${i}-exemptionReason`}
                        {...form.register(`lines.${i}.exemptionReason`)}
                      >
                        <option value="">{t('orders.line.chooseReason')}</option>
                        {EXEMPTION_REASON_IDS.map((id) => {
                          const r = VAT_EXEMPTION_REASONS.find((x) => x.id === id)!;
                          return (
                            <option key={id} value={id}>
                              {`${r[lang]} (${r.provision})`}
                            </option>
                          );
                        })}
                      </select>
                    ) : null}
                    {zero && lineError(i, 'exemptionReason') ? <span className="field__error">{errorText(lineError(i, 'exemptionReason'))}</span> : null}
                  </td>
                  <td className="col-qty">{cell('quantity', { inputMode: 'decimal' })}</td>
                  <td className="col-unit">{cell('unit')}</td>
                  <td className="col-money">{cell('price', { inputMode: 'decimal', placeholder: '0,00' })}</td>
                  <td className="col-vat">
                    <select className="input" aria-label={`${t('orders.line.vat')} ${i + 1}`} data-testid={`line-${i}-vatCategory`} onKeyDown={onLineKey(i)} {...form.register(`lines.${i}.vatCategory`)}>
                      {categoryOptions.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="col-disc">{cell('discount', { inputMode: 'decimal', placeholder: '0' })}</td>
                  <td className="col-money money" data-testid={`line-${i}-net`}>
                    {net ? formatMoney(net.netCents) : <span className="muted">–</span>}
                  </td>
                  <td className="table__actions">
                    <button
                      type="button"
                      className="btn btn--link btn--small"
                      disabled={lines.fields.length === 1}
                      aria-label={t('orders.line.removeNumber', { n: i + 1 })}
                      onClick={() => {
                        lines.remove(i);
                        focusLine(Math.max(0, i - 1));
                      }}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {errors.lines?.message || errors.lines?.root?.message ? <p className="field__error">{errorText(errors.lines.root ?? (errors.lines as never))}</p> : null}
        <button type="button" className="btn btn--secondary btn--small" onClick={addLine} aria-keyshortcuts="Alt+R" data-testid="add-line">
          + {t('orders.form.addLine')} <kbd className="btn__key" aria-hidden="true">Enter</kbd>
        </button>
      </fieldset>

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
