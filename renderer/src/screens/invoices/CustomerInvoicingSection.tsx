// The customer card's "Orders and invoices": the customer's orders and invoices (a click opens
// them in a dialog) and the disclosures of their data (to a collection agency, the accountant).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Disclosure } from '../../../../shared/api/disclosures';
import type { CustomerInvoicing, InvoiceSummary } from '../../../../shared/api/invoices';
import type { OrderSummary } from '../../../../shared/api/orders';
import { formatDate } from '../../../../shared/format/dates';
import { formatMoney } from '../../../../shared/format/money';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { Modal } from '../../components/Modal';
import { errorMessage } from '../../forms/serverErrors';
import { OrderCard } from '../orders/OrderCard';
import { InvoiceCard } from './InvoiceCard';
import { InvoiceStatusBadge, OrderStatusBadge } from './format';

interface Loaded {
  orders: { total: number; rows: OrderSummary[] };
  invoices: { total: number; rows: InvoiceSummary[] };
  disclosures: Disclosure[];
  summary: CustomerInvoicing;
}

type Open = { kind: 'order'; id: number } | { kind: 'invoice'; id: number } | null;

function fetchInvoicing(customerId: number): Promise<Loaded> {
  return Promise.all([
    call('orders.list', { customerId, offset: 0, limit: 50 }),
    call('invoices.list', { customerId, filter: 'all', query: '', offset: 0, limit: 50 }),
    call('privacy.disclosures.list', { customerId, limit: 50 }),
    call('invoices.customerSummary', { customerId }),
  ]).then(([orders, invoices, disclosures, summary]) => ({ orders, invoices, disclosures, summary }));
}

/**
 * The card asks for this section's data at the same moment as for the customer, so the card paints
 * in one wave rather than two (the section mounts only once the customer has arrived). Taken once.
 */
const prefetched = new Map<number, Promise<Loaded>>();
export function prefetchCustomerInvoicing(customerId: number): void {
  const p = fetchInvoicing(customerId);
  p.catch(() => undefined); // a failure is reported when the section takes it
  prefetched.set(customerId, p);
}

export function CustomerInvoicingSection({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);

  const load = useCallback(() => {
    const early = prefetched.get(customerId);
    prefetched.delete(customerId);
    (early ?? fetchInvoicing(customerId)).then(setData, (err: unknown) => setError(errorMessage(err, t)));
  }, [customerId, t]);
  useEffect(load, [customerId]);

  const close = () => {
    setOpen(null);
    load();
  };

  return (
    <section className="box" aria-labelledby="orders-title" data-testid="customer-invoicing">
      <h3 id="orders-title" className="box__title">
        {t('customers.card.orders')}
      </h3>
      <FormAlert message={error} />
      {!data ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <>
          {data.summary.openCents > 0 || data.summary.inCollection.length > 0 ? (
            <p className="customer-invoicing__summary" data-testid="customer-open-balance">
              <span className="strong">{t('invoices.customer.open', { amount: formatMoney(data.summary.openCents) })}</span>
              {data.summary.inCollection.length > 0 ? <span className="badge badge--danger">{t('invoices.customer.inCollection', { count: data.summary.inCollection.length })}</span> : null}
            </p>
          ) : null}
          <div className="card-grid">
            <div>
              <h4 className="subhead">{t('invoices.customer.invoices', { count: data.invoices.total })}</h4>
              {data.invoices.rows.length === 0 ? (
                <p className="muted">{t('invoices.customer.noInvoices')}</p>
              ) : (
                <table className="table table--compact" data-testid="customer-invoices">
                  <tbody>
                    {data.invoices.rows.map((r) => (
                      <tr key={r.id}>
                        <td>
                          <button type="button" className="btn btn--link mono" onClick={() => setOpen({ kind: 'invoice', id: r.id })} data-testid={`customer-invoice-${r.id}`}>
                            {r.number ?? t('invoices.list.draft')}
                          </button>
                        </td>
                        <td className="nowrap">{r.invoiceDate ? formatDate(r.invoiceDate) : ''}</td>
                        <td className="col-money money">{formatMoney(r.grossCents)}</td>
                        <td>
                          <InvoiceStatusBadge status={r.status} t={t} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
            <div>
              <h4 className="subhead">{t('invoices.customer.orders', { count: data.orders.total })}</h4>
              {data.orders.rows.length === 0 ? (
                <p className="muted">{t('invoices.customer.noOrders')}</p>
              ) : (
                <table className="table table--compact" data-testid="customer-orders">
                  <tbody>
                    {data.orders.rows.map((r) => (
                      <tr key={r.id}>
                        <td>
                          <button type="button" className="btn btn--link mono" onClick={() => setOpen({ kind: 'order', id: r.id })} data-testid={`customer-order-${r.id}`}>
                            {r.id}
                          </button>
                        </td>
                        <td className="nowrap">{formatDate(r.date)}</td>
                        <td className="col-money money">{formatMoney(r.grossCents)}</td>
                        <td>
                          <OrderStatusBadge status={r.status} t={t} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          </div>
          <h4 className="subhead">{t('invoices.customer.disclosures')}</h4>
          {data.disclosures.length === 0 ? (
            <p className="muted">{t('invoices.customer.noDisclosures')}</p>
          ) : (
            <ul className="plain-list disclosure-list" data-testid="customer-disclosures">
              {data.disclosures.map((d) => (
                <li key={d.id} data-testid={`customer-disclosure-${d.id}`}>
                  <span className="strong">{d.recipient}</span> <span className="muted">· {formatDate(d.date)} · {t(`invoices.customer.recipientKind.${d.recipientKind}`)}</span>
                  <span className="block">{d.purpose}</span>
                  <span className="muted small block">
                    {t('invoices.customer.categories')}: {d.dataCategories.map((c) => t(`invoices.customer.category.${c}`)).join(', ')}
                    {d.reference ? ` · ${d.reference}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {data.summary.vouchersKeptUntil ? <p className="muted small">{t('invoices.customer.keptUntil', { date: formatDate(data.summary.vouchersKeptUntil) })}</p> : null}
        </>
      )}
      {open?.kind === 'invoice' && (
        <Modal title={t('invoices.customer.invoiceDialog')} onClose={close} size="large" testId="customer-invoice-dialog">
          <InvoiceCard id={open.id} />
          <div className="form__actions form__actions--end">
            <button type="button" className="btn btn--secondary" onClick={close}>
              {t('common.close')}
            </button>
          </div>
        </Modal>
      )}
      {open?.kind === 'order' && (
        <Modal title={t('invoices.customer.orderDialog')} onClose={close} size="large" testId="customer-order-dialog">
          <OrderCard id={open.id} onOpenInvoice={(id) => setOpen({ kind: 'invoice', id })} />
          <div className="form__actions form__actions--end">
            <button type="button" className="btn btn--secondary" onClick={close}>
              {t('common.close')}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
