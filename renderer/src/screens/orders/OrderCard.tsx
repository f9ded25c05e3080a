// One order: its lines and VAT rows, and what can be done next — paid at the counter (then the
// receipt PDF is offered), invoiced (a draft invoice from the order), or cancelled.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAYMENT_METHODS, type Order, type PaymentMethod, type PdfFile } from '../../../../shared/api/orders';
import type { Invoice } from '../../../../shared/api/invoices';
import { formatDate, formatInstant } from '../../../../shared/format/dates';
import { formatMoney } from '../../../../shared/format/money';
import { call } from '../../api';
import { DocumentActions } from '../../components/DocumentActions';
import { FormAlert, StatusMessage } from '../../components/Alerts';
import { BackButton } from '../../components/BackButton';
import { errorMessage } from '../../forms/serverErrors';
import { formatQuantity, formatRate, OrderStatusBadge } from '../invoices/format';
import { TotalsBox } from './OrderForm';
import { VatModeNote } from './VatModeNote';

interface OrderCardProps {
  id: number;
  notice?: string | undefined;
  onBack?: () => void;
  onOpenInvoice?: (invoiceId: number, notice?: string) => void;
}

export function OrderCard({ id, notice, onBack, onOpenInvoice }: OrderCardProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fi';
  const [order, setOrder] = useState<Order | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(notice ?? null);
  const [method, setMethod] = useState<PaymentMethod>('card');
  const [receipt, setReceipt] = useState<PdfFile | null>(null);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const payRef = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    let live = true;
    call('orders.get', { id }).then(
      (o) => live && setOrder(o),
      (err: unknown) => live && setError(errorMessage(err, t)),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const loaded = order !== null;
  useEffect(() => {
    if (!loaded) return;
    // at the counter the next thing is usually the payment
    if (payRef.current) payRef.current.focus();
    else titleRef.current?.focus();
  }, [loaded]);

  const run = async (what: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await what();
    } catch (err) {
      setError(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };

  const markPaid = () =>
    run(async () => {
      const next = await call('orders.markPaidAtCounter', { id, method });
      setOrder(next);
      setStatus(t('orders.card.paid', { method: t(`orders.method.${method}`) }));
      setReceipt(await call('orders.receiptPdf', { id }));
    });

  const invoice = () =>
    run(async () => {
      const draft: Invoice = await call('invoices.createDraft', { customerId: order!.customerId, orderIds: [id] });
      onOpenInvoice?.(draft.id, t('orders.card.invoiceDraftCreated'));
      if (!onOpenInvoice) setOrder(await call('orders.get', { id }));
    });

  const cancel = () =>
    run(async () => {
      setOrder(await call('orders.cancel', { id, reason: '' }));
      setStatus(t('orders.card.cancelled'));
    });

  if (!order) {
    return error ? <FormAlert message={error} /> : <p className="loading">{t('common.loading')}</p>;
  }
  const o = order;
  return (
    <article className="card-view order-card" aria-labelledby="order-title" data-testid="order-card">
      {onBack ? (
        <BackButton onBack={onBack} />
      ) : null}
      <header className="card-view__header">
        <div>
          <h2 id="order-title" ref={titleRef} tabIndex={-1} className="card-view__title">
            {t('orders.card.title', { id: o.id })} <OrderStatusBadge status={o.status} t={t} />
          </h2>
          <p className="card-view__meta">
            <span className="strong" data-testid="order-customer-name">
              {o.customerName}
            </span>
            <span className="mono muted">#{o.customerNumber}</span>
            {o.organizationName ? <span className="muted">{o.organizationName}</span> : null}
            <span className="muted">· {t(`orders.channel.${o.channel}`)}</span>
            <span className="muted">· {formatDate(o.date)}</span>
          </p>
        </div>
        <div className="order-card__gross">
          <span className="muted small">{t('orders.totals.toPay')}</span>
          <span className="order-card__sum" data-testid="order-gross">
            {formatMoney(o.grossCents)}
          </span>
        </div>
      </header>
      <StatusMessage testId="order-status-message">{status}</StatusMessage>
      <FormAlert message={error} />

      {o.actions.canMarkPaid || o.actions.canInvoice || receipt || o.actions.hasReceipt || o.invoiceId ? (
        <section className="box action-box" aria-label={t('orders.card.actions')}>
          {o.actions.canMarkPaid ? (
            <div className="inline-form">
              <div className="field">
                <label htmlFor="pay-method" className="field__label">
                  {t('orders.card.method')}
                </label>
                <select id="pay-method" ref={payRef} className="input" value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)} data-testid="pay-method">
                  {PAYMENT_METHODS.filter((m) => m !== 'bank_transfer').map((m) => (
                    <option key={m} value={m}>
                      {t(`orders.method.${m}`)}
                    </option>
                  ))}
                </select>
              </div>
              <button type="button" className="btn btn--primary btn--large" disabled={busy} onClick={() => void markPaid()} data-testid="mark-paid">
                {t('orders.card.markPaid', { amount: formatMoney(o.grossCents) })}
              </button>
            </div>
          ) : null}
          {receipt ? (
            <DocumentActions file={receipt} saveLabel={t('orders.card.receiptDownload', { file: receipt.filename })} testId="receipt-link" />
          ) : o.actions.hasReceipt ? (
            <DocumentActions saveLabel={t('orders.card.receipt')} fetchFile={() => call('orders.receiptPdf', { id })} testId="receipt-button" />
          ) : null}
          {o.actions.canInvoice ? (
            <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => void invoice()} data-testid="invoice-order">
              {t('orders.card.invoice')}
            </button>
          ) : null}
          {o.invoiceId && onOpenInvoice ? (
            <button type="button" className="btn btn--link" onClick={() => onOpenInvoice(o.invoiceId!)} data-testid="order-invoice-link">
              {o.invoiceNumber ? t('orders.card.invoiceNumber', { number: o.invoiceNumber }) : t('orders.card.invoiceDraft')}
            </button>
          ) : null}
          {o.actions.canCancel ? (
            <button type="button" className="btn btn--danger-outline btn--small action-box__end" disabled={busy} onClick={() => void cancel()} data-testid="cancel-order">
              {t('orders.card.cancel')}
            </button>
          ) : null}
        </section>
      ) : null}

      <section className="box" aria-labelledby="order-lines-title">
        <h3 id="order-lines-title" className="box__title">
          {t('orders.form.lines')}
        </h3>
        <VatModeNote withVat={o.pricesIncludeVat} />
        <LinesTable lines={o.lines} />
        <TotalsBox totals={o} testId="order-card-totals" />
      </section>

      <section className="box">
        <dl className="record-facts">
          <dt>{t('orders.form.deliveryDate')}</dt>
          <dd>{formatDate(o.deliveryDate)}</dd>
          {o.paidDate ? (
            <>
              <dt>{t('orders.card.paidOn')}</dt>
              <dd>
                {formatDate(o.paidDate)} · {o.paymentMethod ? t(`orders.method.${o.paymentMethod}`) : ''}
                {o.receiptNumber ? ` · ${t('orders.card.receiptNumber', { number: o.receiptNumber })}` : ''}
              </dd>
            </>
          ) : null}
          {o.note ? (
            <>
              <dt>{t('orders.form.note')}</dt>
              <dd>{o.note}</dd>
            </>
          ) : null}
          {o.cancelReason !== null && o.status === 'cancelled' ? (
            <>
              <dt>{t('orders.card.cancelReason')}</dt>
              <dd>{o.cancelReason || t('common.none')}</dd>
            </>
          ) : null}
          <dt>{t('orders.card.created')}</dt>
          <dd>
            {formatInstant(o.createdAt, lang)} {o.createdByName ? `· ${o.createdByName}` : ''}
          </dd>
        </dl>
      </section>
    </article>
  );
}

/** Lines as priced by the core (shared with the invoice card). */
export function LinesTable({ lines }: { lines: Order['lines'] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table--compact lines-table" data-testid="lines-table">
        <thead>
          <tr>
            <th scope="col">{t('orders.line.description')}</th>
            <th scope="col" className="col-money">{t('orders.line.quantity')}</th>
            <th scope="col" className="col-money">{t('orders.line.unitPrice')}</th>
            <th scope="col" className="col-money">{t('orders.line.discount')}</th>
            <th scope="col" className="col-money">{t('orders.line.vat')}</th>
            <th scope="col" className="col-money">{t('orders.line.net')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.position}>
              <td>
                {l.description}
                {l.exemptionReason ? <span className="muted small block">{t(`orders.exemption.${l.exemptionReason}`, { defaultValue: l.exemptionReason })}</span> : null}
              </td>
              <td className="col-money">
                {formatQuantity(l.quantity)} {l.unit}
              </td>
              <td className="col-money money">
                {formatMoney(l.unitPriceCents)}
                {/* the shelf price it was converted from */}
                {l.unitGrossCents !== null ? <span className="muted small block">{t('orders.line.typedGross', { price: formatMoney(l.unitGrossCents) })}</span> : null}
              </td>
              <td className="col-money">{l.discountBp ? `${formatQuantity(l.discountPercent)} %` : ''}</td>
              <td className="col-money">{formatRate(l.vatRateBp)}</td>
              <td className="col-money money">{formatMoney(l.netCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
