// One customer: details, organisation, data sources, prohibitions, restriction, contact roles,
// the field history and (later) orders and invoices. Esc goes back.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROHIBITIONS, type Customer, type HistoryEntry } from '../../../../shared/api/customers';
import { formatDate, formatInstant } from '../../../../shared/format/dates';
import { call } from '../../api';
import { FormAlert, StatusMessage } from '../../components/Alerts';
import { BackButton } from '../../components/BackButton';
import { Icon } from '../../components/Icon';
import { errorMessage } from '../../forms/serverErrors';
import type { CustomersNav } from './CustomersScreen';
import { formatPhone, fullName } from './format';
import { CustomerInvoicingSection, prefetchCustomerInvoicing } from '../invoices/CustomerInvoicingSection';
import { HistoryTable } from './HistoryTable';
import { MergeDialog } from './MergeDialog';
import { ProhibitionsPanel } from './ProhibitionsPanel';
import { LiftRestrictionDialog, RestrictDialog } from './RestrictionDialogs';
import { LoadedRecipients } from '../privacy/RecipientNotices';
import { SourcesPanel } from './SourcesPanel';

interface CustomerCardProps {
  id: number;
  notice?: string | undefined;
  isManager: boolean;
  nav: CustomersNav;
}

type Dialog = 'restrict' | 'lift' | 'merge' | null;

export function CustomerCard({ id, notice, isManager, nav }: CustomerCardProps) {
  const { t, i18n } = useTranslation();
  const [customer, setCustomer] = useState<Customer | null>(null);
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(notice ?? null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  const reloadHistory = useCallback(async () => {
    try {
      setHistory(await call('customers.history', { id }));
    } catch (err) {
      setLoadError(errorMessage(err, t));
    }
  }, [id, t]);

  useEffect(() => {
    let live = true;
    const header = Promise.all([call('customers.get', { id }), call('customers.history', { id })]);
    // Asked second: the core answers in order, and the header is what the clerk reads first.
    prefetchCustomerInvoicing(id);
    header.then(
      ([c, h]) => {
        if (!live) return;
        setCustomer(c);
        setHistory(h);
      },
      (err: unknown) => live && setLoadError(errorMessage(err, t)),
    );
    return () => {
      live = false;
    };
    // t: only for the message of a failed load
  }, [id]);

  const loaded = customer !== null;
  useEffect(() => {
    if (loaded) titleRef.current?.focus();
  }, [loaded]);

  /** After a change on this card: the new record, its history and a status line. */
  const changed = (next: Customer, message: string) => {
    setCustomer(next);
    setStatus(message);
    void reloadHistory();
  };

  if (loadError && !customer) {
    return (
      <div className="card-view">
        <BackButton onBack={nav.back} />
        <FormAlert message={loadError} />
      </div>
    );
  }
  if (!customer) return <p className="loading">{t('common.loading')}</p>;

  const c = customer;
  const lang = i18n.language === 'en' ? 'en' : 'fi';
  const activeProhibitions = PROHIBITIONS.filter((p) => c.prohibitions[p]);
  const address = [c.street, [c.postalCode, c.city].filter(Boolean).join(' '), c.country !== 'FI' ? c.country : ''].filter(Boolean);

  return (
    <article className="card-view" aria-labelledby="customer-name" data-testid="customer-card">
      <BackButton onBack={nav.back} />
      <header className="card-view__header">
        <div>
          <h2 id="customer-name" ref={titleRef} tabIndex={-1} className="card-view__title" data-testid="customer-name">
            {fullName(c)}
          </h2>
          <p className="card-view__meta">
            <span className="mono" data-testid="customer-number">
              {t('customers.numberShort', { number: c.customerNumber })}
            </span>
            {c.restriction ? <span className="badge badge--warn">{t('customers.restrictedBadge')}</span> : null}
            {activeProhibitions.length > 0 ? (
              <span className="badge badge--danger" data-testid="prohibitions-summary">
                {t('customers.card.prohibitionsCount', { count: activeProhibitions.length })}
              </span>
            ) : null}
          </p>
        </div>
        <div className="panel__tools">
          {isManager && !c.restriction ? (
            <button type="button" className="btn btn--secondary" onClick={() => setDialog('restrict')} data-testid="restrict-button">
              {t('customers.restriction.restrict')}
            </button>
          ) : null}
          {isManager ? (
            <button type="button" className="btn btn--secondary" onClick={() => setDialog('merge')} data-testid="merge-button">
              {t('customers.merge.open')}
            </button>
          ) : null}
          <button type="button" className="btn btn--primary" onClick={() => nav.open({ kind: 'edit', id: c.id })} data-testid="edit-customer">
            {t('customers.card.edit')}
          </button>
        </div>
      </header>
      <StatusMessage testId="customer-status">{status}</StatusMessage>
      <FormAlert message={loadError} />

      {c.restriction ? (
        <div className="alert alert--warning alert--icon restriction-banner" role="note" data-testid="restriction-banner">
          <Icon name="lock" />
          <div className="restriction-banner__body">
            <p className="strong">{t('customers.restriction.bannerTitle')}</p>
            <p>
              {t('customers.restriction.bannerText', { date: formatDate(c.restriction.date), name: c.restriction.byName || t('common.none') })}
            </p>
            <p>
              <span className="strong">{t('customers.restriction.reason')}:</span> {c.restriction.reason}
            </p>
            <p className="muted">{isManager ? t('customers.restriction.managerNote') : t('customers.restriction.staffNote')}</p>
          </div>
          {isManager ? (
            <button type="button" className="btn btn--secondary btn--small" onClick={() => setDialog('lift')} data-testid="lift-restriction">
              {t('customers.restriction.lift')}
            </button>
          ) : null}
        </div>
      ) : null}
      {c.restriction && isManager ? <LoadedRecipients key={`${c.id}-${c.restriction.date}`} customerId={c.id} context="restriction" /> : null}

      <div className="card-grid">
        <section className="box" aria-labelledby="customer-details-title">
          <h3 id="customer-details-title" className="box__title">
            {t('customers.card.details')}
          </h3>
          <dl className="record-facts" data-testid="customer-details">
            <dt>{t('fields.customer.email')}</dt>
            <dd>{c.email ? <span data-testid="detail-email">{c.email}</span> : <span className="muted">{t('common.none')}</span>}</dd>
            <dt>{t('fields.customer.phone')}</dt>
            <dd data-testid="detail-phone">{c.phone ? formatPhone(c.phone) : <span className="muted">{t('common.none')}</span>}</dd>
            <dt>{t('customers.card.address')}</dt>
            <dd data-testid="detail-address">
              {address.length ? address.map((line) => <span key={line} className="record-facts__line">{line}</span>) : <span className="muted">{t('common.none')}</span>}
            </dd>
            <dt>{t('fields.customer.organization')}</dt>
            <dd>
              {c.organization ? (
                <>
                  <button type="button" className="btn btn--link" onClick={() => nav.open({ kind: 'org', id: c.organization!.id })} data-testid="customer-organization-link">
                    {c.organization.name}
                  </button>
                  {c.organization.businessId ? <span className="muted mono"> {c.organization.businessId}</span> : null}
                </>
              ) : (
                <span className="muted">{t('common.none')}</span>
              )}
            </dd>
            <dt>{t('fields.customer.language')}</dt>
            <dd>{t(`customers.languages.${c.language}`)}</dd>
            <dt>{t('customers.card.relationship')}</dt>
            <dd>
              {c.relationshipEnd
                ? t('customers.card.relationshipEnded', { start: formatDate(c.relationshipStart), end: formatDate(c.relationshipEnd) })
                : t('customers.card.relationshipSince', { start: formatDate(c.relationshipStart) })}
            </dd>
            <dt>{t('customers.card.created')}</dt>
            <dd>{formatInstant(c.createdAt, lang)}</dd>
            <dt>{t('customers.card.updated')}</dt>
            <dd>{formatInstant(c.updatedAt, lang)}</dd>
          </dl>
        </section>
        <ProhibitionsPanel customer={c} onSaved={(next) => changed(next, t('customers.prohibitions.saved'))} />
      </div>

      <SourcesPanel customer={c} onAdded={(next) => changed(next, t('customers.sources.added'))} />

      <section className="box" aria-labelledby="contact-roles-title" data-testid="contact-roles">
        <h3 id="contact-roles-title" className="box__title">
          {t('customers.card.contactRoles')}
        </h3>
        {c.contactRoles.length === 0 ? (
          <p className="muted">{t('customers.card.noContactRoles')}</p>
        ) : (
          <ul className="plain-list">
            {c.contactRoles.map((r) => (
              <li key={`${r.organizationId}-${r.startDate}`}>
                <button type="button" className="btn btn--link" onClick={() => nav.open({ kind: 'org', id: r.organizationId })}>
                  {r.organizationName}
                </button>{' '}
                <span className="muted">
                  {r.endDate ? t('customers.card.period', { start: formatDate(r.startDate), end: formatDate(r.endDate) }) : t('customers.card.periodOpen', { start: formatDate(r.startDate) })}
                </span>{' '}
                <span className={r.active ? 'badge badge--ok' : 'badge badge--off'}>{r.active ? t('customers.card.activeContact') : t('customers.card.pastContact')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="box" aria-labelledby="history-title">
        <h3 id="history-title" className="box__title">
          {t('customers.history.title')}
        </h3>
        <p className="muted box__intro">{t('customers.history.intro')}</p>
        {history === null ? <p className="loading">{t('common.loading')}</p> : <HistoryTable entries={history} />}
      </section>

      <CustomerInvoicingSection customerId={c.id} />

      {dialog === 'restrict' && (
        <RestrictDialog
          customer={c}
          onClose={() => setDialog(null)}
          onDone={(next) => {
            setDialog(null);
            changed(next, t('customers.restriction.restricted'));
          }}
        />
      )}
      {dialog === 'lift' && (
        <LiftRestrictionDialog
          customer={c}
          onClose={() => setDialog(null)}
          onDone={(next) => {
            setDialog(null);
            changed(next, t('customers.restriction.lifted'));
          }}
        />
      )}
      {dialog === 'merge' && (
        <MergeDialog
          customer={c}
          onClose={() => setDialog(null)}
          onMerged={(survivor, mergedNumber) => {
            setDialog(null);
            nav.replace({ kind: 'card', id: survivor.id, notice: t('customers.merge.done', { merged: mergedNumber, survivor: survivor.customerNumber }) });
          }}
        />
      )}
    </article>
  );
}
