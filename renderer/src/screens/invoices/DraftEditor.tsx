// Editing a draft invoice (invoices.updateDraft), for the keyboard alone: the dates, the payment
// term, the references and notes, who is billed, and the lines — Enter in a line moves on or adds
// a line, Alt+R adds one, Ctrl+Enter saves, Esc closes (asking first when something changed).
// The totals per VAT rate follow every keystroke, priced as the core will price them: lines
// copied from orders keep their own delivery date's rate until the lines are changed; changed
// lines are all priced by the invoice's delivery date. Only the fields that changed are sent.
// An issued invoice never shows this dialog (its actions say canEdit: false; the core refuses too).
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../shared/api/customers';
import type { Params } from '../../../../shared/api';
import type { Invoice } from '../../../../shared/api/invoices';
import type { LineInput } from '../../../../shared/api/orders';
import { formatDate, isIsoDate } from '../../../../shared/format/dates';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { Modal } from '../../components/Modal';
import { useLeave, useUnsavedChanges } from '../../components/UnsavedChanges';
import { bind, SelectField, TextField } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';
import { filledLines } from '../orders/filledLines';
import { checkLines, lineFieldPaths, lineForm, LinesFieldset, lineToForm, toLineInput, useLineEditor, withLineFieldPaths } from '../orders/LineEditor';
import { TotalsBox } from '../orders/OrderForm';
import { addDays } from './format';
import { FormDateField } from '../../components/DateField';

const draftForm = z
  .object({
    billTo: z.enum(['person', 'organization']),
    invoiceDate: z.string().refine((d) => d === '' || isIsoDate(d), { message: 'errors.date' }),
    deliveryDate: z.string().refine(isIsoDate, { message: 'errors.date' }),
    paymentTermDays: z.string().refine((s) => /^\d{1,3}$/.test(s.trim()) && Number(s) <= 365, { message: 'errors.range' }),
    yourReference: z.string().max(100, { message: 'errors.tooLong' }),
    ourReference: z.string().max(100, { message: 'errors.tooLong' }),
    notes: z.string().max(1000, { message: 'errors.tooLong' }),
    pricesIncludeVat: z.boolean(),
    lines: z.array(lineForm).min(1, { message: 'errors.linesRequired' }),
  })
  .superRefine((v, ctx) => checkLines(v.lines, ctx));
type DraftFormValues = z.infer<typeof draftForm>;

const valuesOf = (inv: Invoice): DraftFormValues => ({
  billTo: inv.billTo,
  invoiceDate: inv.invoiceDate ?? '',
  deliveryDate: inv.deliveryDate,
  paymentTermDays: String(inv.paymentTermDays),
  yourReference: inv.yourReference,
  ourReference: inv.ourReference,
  notes: inv.notes,
  pricesIncludeVat: inv.pricesIncludeVat,
  lines: inv.lines.map((l) => lineToForm(l, inv.pricesIncludeVat)),
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const HEAD_FIELDS = ['billTo', 'invoiceDate', 'deliveryDate', 'paymentTermDays', 'yourReference', 'ourReference', 'notes'] as const;

export function DraftEditDialog({ invoice, onClose, onDone }: { invoice: Invoice; onClose: () => void; onDone: (next: Invoice) => void }) {
  const { t } = useTranslation();
  const leave = useLeave();
  const [alert, setAlert] = useState<string | null>(null);
  const [customer, setCustomer] = useState<Customer | null>(null);
  const initial = useRef(valuesOf(invoice)).current;
  const saved = useRef(false);
  const form = useForm<DraftFormValues>({ resolver: zodResolver(draftForm), defaultValues: initial });
  const values = useWatch({ control: form.control }) as DraftFormValues;
  const changed = HEAD_FIELDS.filter((k) => values[k] !== initial[k]);
  // Turning the VAT switch reprices every typed line: the lines are sent again with it.
  const linesChanged = !same(values.lines, initial.lines) || values.pricesIncludeVat !== initial.pricesIncludeVat;
  const dirty = changed.length > 0 || linesChanged;
  useUnsavedChanges(dirty && !saved.current);

  // Who can be billed: the customer, or their organisation when they have one.
  useEffect(() => {
    let live = true;
    call('customers.get', { id: invoice.customerId }).then(
      (c) => live && setCustomer(c),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [invoice.customerId]);
  useEffect(() => {
    const timer = setTimeout(() => form.setFocus('lines.0.description'), 0);
    return () => clearTimeout(timer);
  }, [form]);

  // As the core prices them: untouched order lines keep their own date; typed or changed lines follow the invoice's.
  const deliveryDate = values.deliveryDate;
  const editor = useLineEditor(form, (i) => {
    const original = invoice.lines[i];
    return !linesChanged && original && original.orderId !== null ? original.deliveryDate : deliveryDate;
  });

  const submit = form.handleSubmit(async (v) => {
    setAlert(null);
    if (!dirty) return onClose();
    const patch: Record<string, unknown> = { id: invoice.id };
    for (const k of changed) {
      if (k === 'invoiceDate') patch.invoiceDate = v.invoiceDate === '' ? null : v.invoiceDate;
      else if (k === 'paymentTermDays') patch.paymentTermDays = Number(v.paymentTermDays);
      else patch[k] = v[k];
    }
    if (linesChanged) {
      patch.lines = filledLines(v.lines).map((l) => toLineInput(l) as LineInput);
      patch.pricesIncludeVat = v.pricesIncludeVat;
    }
    try {
      const next = await call('invoices.updateDraft', patch as Params<'invoices.updateDraft'>);
      saved.current = true;
      onDone(next);
    } catch (err) {
      setAlert(applyServerError(withLineFieldPaths(err), { setError: form.setError, fields: [...HEAD_FIELDS, ...lineFieldPaths(v.lines.length)] }, t));
    }
  });

  // Ctrl+Enter saves, Alt+R adds a line — anywhere in the dialog.
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    } else if (e.altKey && e.code === 'KeyR') {
      e.preventDefault();
      editor.addLine();
    }
  };
  const close = () => leave(onClose);

  const term = Number(values.paymentTermDays);
  const termOk = /^\d{1,3}$/.test(values.paymentTermDays.trim()) && term <= 365;
  const due = !termOk
    ? null
    : isIsoDate(values.invoiceDate)
      ? t('invoices.edit.dueOn', { date: formatDate(addDays(values.invoiceDate, term)) })
      : t('invoices.edit.dueAtIssue', { count: term });
  const organization = customer?.organization ?? null;
  const billToOptions = [
    { value: 'person', label: customer ? t('invoices.edit.billToPerson', { name: [customer.firstName, customer.lastName].filter(Boolean).join(' ') }) : t('invoices.edit.billToPersonPlain') },
    ...(organization || invoice.billTo === 'organization'
      ? [{ value: 'organization', label: organization ? t('invoices.edit.billToOrganization', { name: organization.name }) : t('invoices.edit.billToOrganizationPlain') }]
      : []),
  ];
  const hasOrderLines = invoice.lines.some((l) => l.orderId !== null);

  return (
    <Modal title={t('invoices.edit.title')} onClose={close} size="large" testId="draft-edit-dialog">
      <form className="form draft-form" noValidate onSubmit={(e) => void submit(e)} onKeyDown={onKey} data-testid="draft-form">
        <p className="muted small">
          {invoice.buyer.name} <span className="mono">#{invoice.buyer.customerNumber}</span> · {t('invoices.edit.keys')}
        </p>
        <FormAlert message={alert} />
        <div className="grid grid--4">
          <FormDateField form={form} name="invoiceDate" label={t('invoices.edit.invoiceDate')} optional hint={t('invoices.edit.invoiceDateHint')} data-testid="draft-invoice-date" />
          <FormDateField form={form} name="deliveryDate" label={t('invoices.card.deliveryDate')} hint={t('invoices.edit.deliveryHint')} data-testid="draft-delivery-date" />
          <TextField label={t('invoices.edit.paymentTermDays')} inputMode="numeric" hint={due ?? undefined} {...bind(form, 'paymentTermDays')} data-testid="draft-term" />
          <SelectField label={t('invoices.edit.billTo')} options={billToOptions} {...bind(form, 'billTo')} data-testid="draft-bill-to" />
        </div>
        <div className="grid grid--2">
          <div className="grid grid--2">
            <TextField label={t('invoices.card.yourReference')} optional {...bind(form, 'yourReference')} data-testid="draft-your-reference" />
            <TextField label={t('invoices.card.ourReference')} optional {...bind(form, 'ourReference')} data-testid="draft-our-reference" />
          </div>
          <TextField label={t('invoices.edit.notes')} optional hint={t('invoices.edit.notesHint')} {...bind(form, 'notes')} data-testid="draft-notes" />
        </div>

        <LinesFieldset editor={editor} testId="draft-lines" />
        {hasOrderLines ? <p className="muted small">{linesChanged ? t('invoices.edit.orderLinesChanged') : t('invoices.edit.orderLines')}</p> : null}

        <TotalsBox totals={editor.live.totals} testId="draft-totals" />

        <div className="form__actions form__actions--end">
          <button type="button" className="btn btn--secondary" onClick={close} data-testid="draft-cancel">
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={form.formState.isSubmitting} aria-keyshortcuts="Control+Enter" data-testid="draft-save">
            {form.formState.isSubmitting ? t('common.saving') : t('invoices.edit.save')} <kbd className="btn__key" aria-hidden="true">Ctrl+Enter</kbd>
          </button>
        </div>
      </form>
    </Modal>
  );
}
