// The disclosures register: who received what, when and why (accounting partner, collection,
// credit check, authority). Corrections are notified to these recipients, so each one is recorded.
import { useEffect, useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import type { z } from 'zod';
import type { SearchHit } from '../../../../shared/api/customers';
import { DATA_CATEGORIES, disclosureInput, RECIPIENT_KINDS, type Disclosure } from '../../../../shared/api/disclosures';
import { formatDate, helsinkiDate } from '../../../../shared/format/dates';
import { call } from '../../api';
import { FormAlert, StatusMessage } from '../../components/Alerts';
import { CustomerPicker } from '../../components/CustomerPicker';
import { DataTable } from '../../components/DataTable';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { bind, SelectField, TextField, useErrorText } from '../../forms/fields';
import { applyServerError, errorMessage } from '../../forms/serverErrors';
import { fullName } from '../customers/format';
import { FormDateField } from '../../components/DateField';
import { RecipientDirectory } from './RecipientDirectory';

const column = createColumnHelper<Disclosure>();

export function DisclosuresPanel() {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<Disclosure[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<SearchHit | null>(null);
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    setRows(null);
    call('privacy.disclosures.list', filter ? { customerId: filter.id, limit: 1000 } : { limit: 1000 }).then(
      (found) => {
        if (!live) return;
        setRows(found);
        setError(null);
      },
      (err: unknown) => live && setError(errorMessage(err, t)),
    );
    return () => {
      live = false;
    };
  }, [filter, reload]);

  const lang = i18n.language;
  const columns = useMemo(
    () => [
      column.accessor('date', { header: () => t('privacyPanel.disclosures.date'), cell: (c) => <span className="nowrap">{formatDate(c.getValue())}</span> }),
      column.accessor('recipient', {
        header: () => t('privacyPanel.disclosures.recipient'),
        cell: (c) => (
          <>
            <span className="strong">{c.getValue()}</span>
            {c.row.original.hasAddress ? null : <span className="badge badge--warn">{t('privacyPanel.disclosures.noAddress')}</span>}
          </>
        ),
      }),
      column.accessor('recipientKind', { header: () => t('privacyPanel.disclosures.kind'), cell: (c) => t(`privacyPanel.disclosures.kinds.${c.getValue()}`) }),
      column.accessor('purpose', { header: () => t('privacyPanel.disclosures.purpose') }),
      column.accessor('dataCategories', { header: () => t('privacyPanel.disclosures.categories'), cell: (c) => c.getValue().map((x) => t(`privacyPanel.disclosures.categoryNames.${x}`)).join(', ') }),
      column.accessor('customerCount', { header: () => t('privacyPanel.disclosures.customers'), meta: { className: 'table__count' } }),
      column.accessor('reference', { header: () => t('privacyPanel.disclosures.reference'), cell: (c) => c.getValue() || <span className="muted">{t('common.none')}</span> }),
      column.accessor('createdByName', { header: () => t('privacyPanel.disclosures.recordedBy'), cell: (c) => c.getValue() ?? t('common.none') }),
    ],
    [t, lang],
  );
  const data = useMemo(() => rows ?? [], [rows]);
  const table = useReactTable({ data, columns, enableSorting: false, getCoreRowModel: getCoreRowModel() });

  return (
    <div className="panel" data-testid="disclosures">
      <div className="panel__header">
        <div>
          <h2>{t('privacyPanel.disclosures.title')}</h2>
          <p className="muted">{t('privacyPanel.disclosures.intro')}</p>
        </div>
        <div className="panel__tools">
          <button type="button" className="btn btn--primary" onClick={() => setCreating(true)} data-testid="new-disclosure">
            {t('privacyPanel.disclosures.new')}
          </button>
        </div>
      </div>
      <StatusMessage testId="disclosure-status">{status}</StatusMessage>
      <div className="filter-bar">
        {filter ? (
          <p className="filter-bar__chosen" data-testid="disclosure-filter">
            {t('privacyPanel.disclosures.filteredBy', { name: fullName(filter), number: filter.customerNumber })}{' '}
            <button type="button" className="btn btn--link" onClick={() => setFilter(null)}>
              {t('privacyPanel.disclosures.showAll')}
            </button>
          </p>
        ) : (
          <CustomerPicker label={t('privacyPanel.disclosures.filter')} onPick={setFilter} testId="disclosure-filter-picker" />
        )}
      </div>
      <FormAlert message={error} />
      {rows === null && !error ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <DataTable table={table} label={t('privacyPanel.disclosures.title')} empty={t(filter ? 'privacyPanel.disclosures.emptyCustomer' : 'privacyPanel.disclosures.empty')} testId="disclosures-table" />
      )}
      {creating ? (
        <DisclosureDialog
          onClose={() => setCreating(false)}
          onCreated={(d) => {
            setCreating(false);
            setStatus(
              t('privacyPanel.disclosures.created', { recipient: d.recipient, count: d.customerCount }) +
                (d.hasAddress ? '' : ` ${t('privacyPanel.disclosures.createdNoAddress', { recipient: d.recipient })}`),
            );
            setReload((n) => n + 1);
          }}
        />
      ) : null}
      <RecipientDirectory version={reload} />
    </div>
  );
}

type FormInput = z.input<typeof disclosureInput>;
type FormOutput = z.output<typeof disclosureInput>;
const FIELDS = ['date', 'recipient', 'recipientKind', 'purpose', 'dataCategories', 'customerIds', 'reference'];

function DisclosureDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (d: Disclosure) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const [alert, setAlert] = useState<string | null>(null);
  const [people, setPeople] = useState<SearchHit[]>([]);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(disclosureInput),
    defaultValues: { date: helsinkiDate(), recipient: '', recipientKind: 'accounting', purpose: '', dataCategories: [], customerIds: [], reference: '' },
  });
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    form.setFocus('recipient');
  }, [form]);

  const setPeopleAndValue = (next: SearchHit[]) => {
    setPeople(next);
    form.setValue('customerIds', next.map((p) => p.id), { shouldValidate: form.formState.isSubmitted });
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    try {
      onCreated(await call('privacy.disclosures.create', values));
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: FIELDS }, t));
    }
  });

  const categoriesError = errorText(errors.dataCategories as Parameters<typeof errorText>[0]);
  const customersError = errorText(errors.customerIds as Parameters<typeof errorText>[0]);

  return (
    <Modal title={t('privacyPanel.disclosures.newTitle')} onClose={onClose} testId="disclosure-dialog">
      <form className="form" noValidate onSubmit={onSubmit} data-testid="disclosure-form">
        <p className="muted">{t('privacyPanel.disclosures.newIntro')}</p>
        <FormAlert message={alert} />
        <div className="grid grid--2">
          <TextField label={t('privacyPanel.disclosures.recipient')} autoComplete="off" {...bind(form, 'recipient')} />
          <SelectField label={t('privacyPanel.disclosures.kind')} options={RECIPIENT_KINDS.map((k) => ({ value: k, label: t(`privacyPanel.disclosures.kinds.${k}`) }))} {...bind(form, 'recipientKind')} />
          <FormDateField form={form} name="date" label={t('privacyPanel.disclosures.date')} max={helsinkiDate()} />
          <TextField label={t('privacyPanel.disclosures.reference')} optional hint={t('privacyPanel.disclosures.referenceHint')} autoComplete="off" {...bind(form, 'reference')} />
        </div>
        <TextField label={t('privacyPanel.disclosures.purpose')} hint={t('privacyPanel.disclosures.purposeHint')} autoComplete="off" {...bind(form, 'purpose')} />
        <fieldset className="fieldset" aria-describedby={categoriesError ? `${id}-cat-error` : undefined}>
          <legend>{t('privacyPanel.disclosures.categories')}</legend>
          <div className="checkgrid">
            {DATA_CATEGORIES.map((c) => (
              <label key={c} className="checkline">
                <input type="checkbox" value={c} {...form.register('dataCategories')} data-testid={`category-${c}`} />
                {t(`privacyPanel.disclosures.categoryNames.${c}`)}
              </label>
            ))}
          </div>
          {categoriesError ? (
            <p id={`${id}-cat-error`} className="field__error" role="alert">
              {categoriesError}
            </p>
          ) : null}
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('privacyPanel.disclosures.customersTitle')}</legend>
          {people.length ? (
            <ul className="plain-list chosen-list" data-testid="disclosure-people">
              {people.map((p) => (
                <li key={p.id}>
                  <span className="strong">{fullName(p)}</span> <span className="mono muted">#{p.customerNumber}</span>{' '}
                  <button type="button" className="btn btn--link" onClick={() => setPeopleAndValue(people.filter((x) => x.id !== p.id))}>
                    {t('privacyPanel.disclosures.removePerson')}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <CustomerPicker
            label={t('privacyPanel.disclosures.addPerson')}
            exclude={people.map((p) => p.id)}
            onPick={(c) => setPeopleAndValue([...people, c])}
            error={customersError}
            testId="disclosure-customer-picker"
          />
        </fieldset>
        <FormActions onCancel={onClose} submitLabel={t('privacyPanel.disclosures.save')} busy={isSubmitting} testId="save-disclosure" />
      </form>
    </Modal>
  );
}
