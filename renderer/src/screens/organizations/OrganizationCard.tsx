// One organisation: its details, how many customers represent it, and its contact persons —
// add one (a customer, from a start date) or end one (with an end date). While a person is an
// active contact, they cannot be erased from the register.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/api/customers';
import type { Organization, OrganizationContact } from '../../../../shared/api/organizations';
import { formatDate, helsinkiDate, isIsoDate } from '../../../../shared/format/dates';
import { ApiCallError, call } from '../../api';
import { FormAlert, StatusMessage } from '../../components/Alerts';
import { useLoad } from '../../components/useLoad';
import { LoadFailed } from '../../components/LoadFailed';
import { CustomerPicker } from '../../components/CustomerPicker';
import { Modal } from '../../components/Modal';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { errorMessage } from '../../forms/serverErrors';
import { BackButton } from '../../components/BackButton';
import type { CustomersNav } from '../customers/CustomersScreen';
import { fullName } from '../customers/format';
import { DateField } from '../../components/DateField';

export function OrganizationCard({ id, notice, nav }: { id: number; notice?: string | undefined; nav: CustomersNav }) {
  const { t } = useTranslation();
  const [org, setOrg] = useState<Organization | null>(null);
  const [status, setStatus] = useState<string | null>(notice ?? null);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<OrganizationContact | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  const loadError = useLoad(() => call('organizations.get', { id }), setOrg, [id]);

  const loaded = org !== null;
  useEffect(() => {
    if (loaded) titleRef.current?.focus();
  }, [loaded]);

  if (loadError) return <LoadFailed onBack={nav.back} message={loadError} />;
  if (!org) return <p className="loading">{t('common.loading')}</p>;

  const address = [org.street, [org.postalCode, org.city].filter(Boolean).join(' '), org.country !== 'FI' ? org.country : ''].filter(Boolean);
  const activeCount = org.contacts.filter((c) => c.active).length;

  return (
    <article className="card-view" aria-labelledby="organization-name" data-testid="organization-card">
      <BackButton onBack={nav.back} />
      <header className="card-view__header">
        <div>
          <h2 id="organization-name" ref={titleRef} tabIndex={-1} className="card-view__title" data-testid="organization-name">
            {org.name}
          </h2>
          <p className="card-view__meta">
            {org.businessId ? <span className="mono">{t('organizations.card.businessId', { id: org.businessId })}</span> : <span className="muted">{t('organizations.card.noBusinessId')}</span>}
          </p>
        </div>
        <div className="panel__tools">
          <button type="button" className="btn btn--primary" onClick={() => nav.open({ kind: 'orgEdit', id: org.id })} data-testid="edit-organization">
            {t('organizations.card.edit')}
          </button>
        </div>
      </header>
      <StatusMessage testId="organization-status">{status}</StatusMessage>
      <div className="card-grid">
        <section className="box" aria-labelledby="org-details-title">
          <h3 id="org-details-title" className="box__title">
            {t('organizations.card.details')}
          </h3>
          <dl className="record-facts">
            <dt>{t('fields.organization.businessId')}</dt>
            <dd className="mono">{org.businessId || <span className="muted">{t('common.none')}</span>}</dd>
            <dt>{t('fields.organization.vatNumber')}</dt>
            <dd className="mono" data-testid="org-vat-number">
              {org.vatNumber || (org.effectiveVatNumber ? t('fields.organization.vatNumberDerived', { id: org.effectiveVatNumber }) : <span className="muted">{t('common.none')}</span>)}
            </dd>
            <dt>{t('fields.organization.einvoiceAddress')}</dt>
            <dd className="mono" data-testid="org-einvoice">
              {org.einvoiceAddress ? t('organizations.card.einvoiceValue', { address: org.einvoiceAddress, operator: org.einvoiceOperator }) : <span className="muted">{t('organizations.card.einvoiceNone')}</span>}
            </dd>
            <dt>{t('customers.card.address')}</dt>
            <dd>{address.length ? address.map((l) => <span key={l} className="record-facts__line">{l}</span>) : <span className="muted">{t('common.none')}</span>}</dd>
          </dl>
        </section>
        <section className="box" aria-labelledby="org-people-title">
          <h3 id="org-people-title" className="box__title">
            {t('organizations.card.people')}
          </h3>
          <div className="stats">
            <div className="stat">
              <span className="stat__value" data-testid="member-count">
                {org.memberCount}
              </span>
              <span className="stat__label">{t('organizations.card.members', { count: org.memberCount })}</span>
            </div>
            <div className="stat">
              <span className="stat__value">{activeCount}</span>
              <span className="stat__label">{t('organizations.card.activeContacts', { count: activeCount })}</span>
            </div>
          </div>
          <p className="muted box__intro">{t('organizations.card.membersNote')}</p>
        </section>
      </div>

      <section className="box" aria-labelledby="org-contacts-title" data-testid="organization-contacts">
        <div className="box__header">
          <h3 id="org-contacts-title" className="box__title">
            {t('organizations.card.contacts')}
          </h3>
          {!adding ? (
            <button type="button" className="btn btn--secondary btn--small" onClick={() => setAdding(true)} data-testid="add-contact">
              + {t('organizations.contacts.add')}
            </button>
          ) : null}
        </div>
        <p className="muted box__intro">{t('organizations.contacts.intro')}</p>
        {org.contacts.length === 0 ? (
          <p className="muted">{t('organizations.contacts.none')}</p>
        ) : (
          <table className="table table--compact" aria-labelledby="org-contacts-title">
            <thead>
              <tr>
                <th scope="col">{t('organizations.contacts.person')}</th>
                <th scope="col">{t('organizations.contacts.number')}</th>
                <th scope="col">{t('organizations.contacts.start')}</th>
                <th scope="col">{t('organizations.contacts.end')}</th>
                <th scope="col">{t('organizations.contacts.state')}</th>
                <th scope="col" className="table__actions">
                  <span className="visually-hidden">{t('organizations.contacts.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {org.contacts.map((c) => (
                <tr key={c.id} data-testid={`contact-${c.customerNumber}`}>
                  <td>
                    <button type="button" className="btn btn--link" onClick={() => nav.open({ kind: 'card', id: c.customerId })}>
                      {c.name}
                    </button>
                  </td>
                  <td className="mono">{c.customerNumber}</td>
                  <td className="nowrap">{formatDate(c.startDate)}</td>
                  <td className="nowrap">{c.endDate ? formatDate(c.endDate) : <span className="muted">{t('common.none')}</span>}</td>
                  <td>
                    <span className={c.active ? 'badge badge--ok' : 'badge badge--off'}>{c.active ? t('customers.card.activeContact') : t('customers.card.pastContact')}</span>
                  </td>
                  <td className="table__actions">
                    {!c.endDate || c.endDate > helsinkiDate() ? (
                      <button type="button" className="btn btn--secondary btn--small" onClick={() => setEnding(c)} data-testid={`end-contact-${c.customerNumber}`}>
                        {t('organizations.contacts.endAction')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {adding ? (
          <AddContactForm
            org={org}
            onCancel={() => setAdding(false)}
            onAdded={(next, who) => {
              setOrg(next);
              setAdding(false);
              setStatus(t('organizations.contacts.added', { name: who }));
            }}
          />
        ) : null}
      </section>
      {ending ? (
        <EndContactDialog
          org={org}
          contact={ending}
          onClose={() => setEnding(null)}
          onDone={(next) => {
            setOrg(next);
            setStatus(t('organizations.contacts.ended', { name: ending.name }));
            setEnding(null);
          }}
        />
      ) : null}
    </article>
  );
}

function AddContactForm({ org, onCancel, onAdded }: { org: Organization; onCancel: () => void; onAdded: (o: Organization, name: string) => void }) {
  const { t } = useTranslation();
  const [person, setPerson] = useState<SearchHit | null>(null);
  const [start, setStart] = useState(helsinkiDate());
  const [end, setEnd] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useUnsavedChanges(person !== null);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!person) {
      setErrors({ customerId: t('organizations.contacts.pickPerson') });
      return;
    }
    setBusy(true);
    setAlert(null);
    setErrors({});
    try {
      onAdded(await call('organizations.addContact', { id: org.id, customerId: person.id, startDate: start, endDate: end || null }), fullName(person));
    } catch (err) {
      setAlert(errorMessage(err, t));
      if (err instanceof ApiCallError) setErrors(err.fields);
      setBusy(false);
    }
  };

  return (
    <form className="form inline-form" noValidate onSubmit={(e) => void submit(e)} aria-label={t('organizations.contacts.add')} data-testid="add-contact-form">
      <FormAlert message={alert} />
      {person ? (
        <div className="field">
          <span className="field__label">{t('organizations.contacts.person')}</span>
          <div className="org-field__chosen" data-testid="contact-chosen">
            <span className="strong">{fullName(person)}</span> <span className="mono muted">#{person.customerNumber}</span>
            <button type="button" className="btn btn--link" onClick={() => setPerson(null)}>
              {t('organizations.contacts.changePerson')}
            </button>
          </div>
        </div>
      ) : (
        <CustomerPicker label={t('organizations.contacts.person')} onPick={setPerson} error={errors.customerId} testId="contact-picker" autoFocus />
      )}
      <div className="grid grid--2">
        <DateField label={t('organizations.contacts.start')} value={start} onChange={setStart} error={errors.startDate} data-testid="contact-start" />
        <DateField label={t('organizations.contacts.end')} optional value={end} min={isIsoDate(start) ? start : undefined} onChange={setEnd} error={errors.endDate} data-testid="contact-end" />
      </div>
      <div className="form__actions form__actions--end">
        <button type="button" className="btn btn--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy} data-testid="save-contact">
          {t('organizations.contacts.addSubmit')}
        </button>
      </div>
    </form>
  );
}

function EndContactDialog({ org, contact, onClose, onDone }: { org: Organization; contact: OrganizationContact; onClose: () => void; onDone: (o: Organization) => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(helsinkiDate() < contact.startDate ? contact.startDate : helsinkiDate());
  const [error, setError] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setAlert(null);
    setError(null);
    try {
      onDone(await call('organizations.endContact', { id: org.id, contactId: contact.id, endDate: date }));
    } catch (err) {
      if (err instanceof ApiCallError && err.fields.endDate) setError(err.fields.endDate);
      else setAlert(errorMessage(err, t));
      setBusy(false);
    }
  };
  return (
    <Modal title={t('organizations.contacts.endTitle')} onClose={onClose} size="small" testId="end-contact-dialog">
      <FormAlert message={alert} />
      <p>{t('organizations.contacts.endBody', { name: contact.name, organization: org.name, start: formatDate(contact.startDate) })}</p>
      <DateField label={t('organizations.contacts.end')} value={date} min={contact.startDate} onChange={setDate} error={error ?? undefined} autoFocus data-testid="end-contact-date" />
      <div className="form__actions form__actions--end">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn--primary" disabled={busy || !date} onClick={() => void submit()} data-testid="end-contact-confirm">
          {t('organizations.contacts.endConfirm')}
        </button>
      </div>
    </Modal>
  );
}
