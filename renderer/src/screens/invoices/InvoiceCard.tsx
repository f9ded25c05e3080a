// One invoice as it will be (draft) or was printed (issued): seller and buyer, lines, VAT rows,
// the payment details (reference, RF reference, virtual barcode, due date) and its life after
// issue — payments, reminders, credit notes, collection. The buttons follow `actions`: a draft can
// be edited (DraftEditor) or deleted, an issued invoice never; a manager may cancel a payment.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice, Payment } from '../../../../shared/api/invoices';
import { formatDate, formatInstant } from '../../../../shared/format/dates';
import { formatMoney } from '../../../../shared/format/money';
import { call } from '../../api';
import { FormAlert, StatusMessage } from '../../components/Alerts';
import { BackButton } from '../../components/BackButton';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DownloadButton } from '../../components/Download';
import { DocumentActions } from '../../components/DocumentActions';
import { errorMessage } from '../../forms/serverErrors';
import { LinesTable } from '../orders/OrderCard';
import { TotalsBox } from '../orders/OrderForm';
import { formatRate, InvoiceStatusBadge } from './format';
import { DraftEditDialog } from './DraftEditor';
import { CancelPaymentDialog, CollectionDialog, CreditNoteDialog, IssueDialog, PaymentDialog, ReminderDialog } from './InvoiceDialogs';
import { useSessionRole } from './useSessionRole';
import { VatModeNote } from '../orders/VatModeNote';

type Dialog = 'issue' | 'edit' | 'pay' | 'remind' | 'credit' | 'collection' | 'delete' | { cancelPayment: Payment } | null;

interface InvoiceCardProps {
  id: number;
  notice?: string | undefined;
  onBack?: () => void;
  /** After a draft is deleted (there is nothing left to show). */
  onDeleted?: () => void;
}

const iban = (v: string) => v.replace(/(.{4})/g, '$1 ').trim();

export function InvoiceCard({ id: initialId, notice, onBack, onDeleted }: InvoiceCardProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fi';
  const [id, setId] = useState(initialId);
  const [invoice, setInvoice] = useState<Invoice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(notice ?? null);
  const [dialog, setDialog] = useState<Dialog>(null);
  /** One action of the card, shown only when the invoice's state allows it (the core decides). */
  const actionButton = (allowed: boolean, opens: Exclude<Dialog, null | { cancelPayment: Payment }>, className: string, label: string, testId: string) =>
    allowed ? (
      <button type="button" className={`btn ${className}`} onClick={() => setDialog(opens)} data-testid={testId}>
        {t(label)}
      </button>
    ) : null;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const isManager = useSessionRole() === 'manager';

  const load = useCallback(
    (which: number) =>
      call('invoices.get', { id: which }).then(
        (inv) => setInvoice(inv),
        (err: unknown) => setError(errorMessage(err, t)),
      ),
    [t],
  );
  useEffect(() => {
    void load(id);
  }, [id]);
  const loadedId = invoice?.id;
  useEffect(() => {
    if (loadedId) titleRef.current?.focus();
  }, [loadedId]);

  const done = (next: Invoice, message: string) => {
    setDialog(null);
    setInvoice(next);
    setStatus(message);
    setError(null);
    titleRef.current?.focus();
  };

  if (!invoice) return error ? <FormAlert message={error} /> : <p className="loading">{t('common.loading')}</p>;
  const inv = invoice;
  const a = inv.actions;
  const isDraft = inv.status === 'draft';
  const isCredit = inv.kind === 'credit_note';
  // Cancelling a payment is the manager's (the core refuses staff); staff do not see the button.
  const canCancelPayments = isManager && inv.payments.some((p) => !p.cancelled);
  const title = isCredit
    ? t('invoices.card.creditNoteTitle', { number: inv.number ?? '' })
    : isDraft
      ? t('invoices.card.draftTitle')
      : t('invoices.card.title', { number: inv.number });

  return (
    <article className="card-view invoice-card" aria-labelledby="invoice-title" data-testid="invoice-card">
      {onBack ? (
        <BackButton onBack={onBack} />
      ) : null}
      <header className="card-view__header">
        <div>
          <h2 id="invoice-title" ref={titleRef} tabIndex={-1} className="card-view__title" data-testid="invoice-title">
            {title} <InvoiceStatusBadge status={inv.status} t={t} />
            {inv.overdue ? <span className="badge badge--danger">{t('invoices.card.daysOverdue', { count: inv.daysOverdue })}</span> : null}
          </h2>
          <p className="card-view__meta">
            <span className="strong">{inv.buyer.name}</span>
            <span className="mono muted">#{inv.buyer.customerNumber}</span>
            <span className="muted">· {t(`invoices.debtor.${inv.debtorKind}`)}</span>
            {inv.creditedInvoice ? <span className="muted">· {t('invoices.card.corrects', { number: inv.creditedInvoice.number, date: formatDate(inv.creditedInvoice.invoiceDate) })}</span> : null}
          </p>
        </div>
        <div className="invoice-card__sums">
          <div>
            <span className="muted small">{t('invoices.card.total')}</span>
            <span className="invoice-card__sum" data-testid="invoice-gross">
              {formatMoney(inv.grossCents)}
            </span>
          </div>
          {!isDraft ? (
            <div>
              <span className="muted small">{t('invoices.card.open')}</span>
              <span className={inv.openCents > 0 ? 'invoice-card__sum invoice-card__sum--open' : 'invoice-card__sum'} data-testid="invoice-open">
                {formatMoney(inv.openCents)}
              </span>
            </div>
          ) : null}
        </div>
      </header>
      <StatusMessage testId="invoice-status-message">{status}</StatusMessage>
      <FormAlert message={error} />

      <section className="box action-box" aria-label={t('invoices.card.actions')} data-testid="invoice-actions">
        {actionButton(a.canIssue, 'issue', 'btn--primary', 'invoices.actions.issue', 'issue-invoice')}
        {actionButton(a.canEdit, 'edit', 'btn--secondary', 'invoices.actions.edit', 'edit-draft')}
        <DocumentActions saveLabel={isDraft ? t('invoices.actions.previewPdf') : t('invoices.actions.pdf')} fetchFile={() => call('invoices.pdf', { id })} testId="invoice-pdf" />
        {inv.einvoice ? (
          <span title={t('invoices.actions.finvoiceHint', { address: inv.einvoice.address, operator: inv.einvoice.operator })}>
            <DownloadButton label={t('invoices.actions.finvoice')} busyLabel={t('invoices.actions.preparing')} fetchFile={() => call('invoices.finvoice', { id })} testId="invoice-finvoice" />
          </span>
        ) : null}
        {actionButton(a.canPay, 'pay', 'btn--primary', 'invoices.actions.pay', 'add-payment')}
        {actionButton(a.canRemind, 'remind', 'btn--secondary', 'invoices.actions.remind', 'send-reminder')}
        {actionButton(a.canSendToCollection, 'collection', 'btn--secondary', 'invoices.actions.collection', 'send-collection')}
        {actionButton(a.canCredit, 'credit', 'btn--danger-outline', 'invoices.actions.credit', 'credit-invoice')}
        {actionButton(a.canDelete, 'delete', 'btn--danger-outline action-box__end', 'invoices.actions.deleteDraft', 'delete-draft')}
      </section>

      {inv.collection ? (
        <div className="alert alert--warning" role="note" data-testid="collection-banner">
          {t('invoices.card.inCollection', { agency: inv.collection.agency, date: formatDate(inv.collection.date) })}
        </div>
      ) : null}
      {isDraft && !inv.seller.iban ? (
        <div className="alert alert--warning" role="note" data-testid="no-iban">
          {t('invoices.card.noIban')}
        </div>
      ) : null}

      <div className="card-grid card-grid--3">
        <section className="box" aria-labelledby="seller-title">
          <h3 id="seller-title" className="box__title">
            {t('invoices.card.seller')}
          </h3>
          <address className="party" data-testid="invoice-seller">
            <span className="strong">{inv.seller.name}</span>
            <span>{inv.seller.street}</span>
            <span>
              {inv.seller.postalCode} {inv.seller.city}
            </span>
            <span className="muted">
              {t('invoices.card.businessId')} {inv.seller.businessId}
              {inv.seller.vatNumber ? ` · ${inv.seller.vatNumber}` : ''}
            </span>
          </address>
        </section>
        <section className="box" aria-labelledby="buyer-title">
          <h3 id="buyer-title" className="box__title">
            {t('invoices.card.buyer')}
          </h3>
          <address className="party" data-testid="invoice-buyer">
            <span className="strong">{inv.buyer.name}</span>
            {inv.buyer.attention ? <span>{inv.buyer.attention}</span> : null}
            <span>{inv.buyer.street}</span>
            <span>
              {inv.buyer.postalCode} {inv.buyer.city} {inv.buyer.country && inv.buyer.country !== 'FI' ? inv.buyer.country : ''}
            </span>
            {inv.buyer.businessId ? (
              <span className="muted">
                {t('invoices.card.businessId')} {inv.buyer.businessId}
              </span>
            ) : null}
          </address>
        </section>
        <section className="box" aria-labelledby="dates-title">
          <h3 id="dates-title" className="box__title">
            {t('invoices.card.dates')}
          </h3>
          <dl className="record-facts record-facts--tight">
            <dt>{t('invoices.card.invoiceDate')}</dt>
            <dd data-testid="invoice-date">{inv.invoiceDate ? formatDate(inv.invoiceDate) : <span className="muted">{t('invoices.card.dateAtIssue')}</span>}</dd>
            <dt>{t('invoices.card.deliveryDate')}</dt>
            <dd>{inv.deliveryPeriodStart ? `${formatDate(inv.deliveryPeriodStart)}–${formatDate(inv.deliveryDate)}` : formatDate(inv.deliveryDate)}</dd>
            <dt>{t('invoices.card.term')}</dt>
            <dd>{t('invoices.card.termDays', { count: inv.paymentTermDays })}</dd>
            <dt>{t('invoices.card.dueDate')}</dt>
            <dd data-testid="invoice-due">
              {inv.dueDate ? formatDate(inv.dueDate) : <span className="muted">{t('common.none')}</span>}
              {inv.effectiveDueDate && inv.effectiveDueDate !== inv.dueDate ? <span className="muted"> → {formatDate(inv.effectiveDueDate)}</span> : null}
            </dd>
            {inv.penaltyInterestBp !== null ? (
              <>
                <dt>{t('invoices.card.penalty')}</dt>
                <dd>{formatRate(inv.penaltyInterestBp)}</dd>
              </>
            ) : null}
            {inv.yourReference ? (
              <>
                <dt>{t('invoices.card.yourReference')}</dt>
                <dd data-testid="invoice-your-reference">{inv.yourReference}</dd>
              </>
            ) : null}
            {inv.ourReference ? (
              <>
                <dt>{t('invoices.card.ourReference')}</dt>
                <dd>{inv.ourReference}</dd>
              </>
            ) : null}
          </dl>
        </section>
      </div>

      {!isCredit ? (
        <section className="box payment-box" aria-labelledby="payment-title" data-testid="payment-details">
          <h3 id="payment-title" className="box__title">
            {t('invoices.card.paymentDetails')}
          </h3>
          <dl className="record-facts">
            <dt>{t('invoices.card.iban')}</dt>
            <dd className="mono" data-testid="invoice-iban">
              {inv.seller.iban ? `${iban(inv.seller.iban)}${inv.seller.bic ? ` · BIC ${inv.seller.bic}` : ''}` : <span className="muted">{t('common.none')}</span>}
            </dd>
            <dt>{t('invoices.card.reference')}</dt>
            <dd className="mono strong" data-testid="invoice-reference">
              {inv.referenceFormatted ?? <span className="muted">{t('invoices.card.atIssue')}</span>}
            </dd>
            <dt>{t('invoices.card.rfReference')}</dt>
            <dd className="mono" data-testid="invoice-rf">
              {inv.rfReferenceFormatted ?? <span className="muted">{t('invoices.card.atIssue')}</span>}
            </dd>
            <dt>{t('invoices.card.barcode')}</dt>
            <dd className="mono barcode-digits" data-testid="invoice-barcode">
              {inv.virtualBarcode ?? <span className="muted">{isDraft ? t('invoices.card.atIssue') : t('common.none')}</span>}
            </dd>
          </dl>
        </section>
      ) : null}

      <section className="box" aria-labelledby="invoice-lines-title">
        <h3 id="invoice-lines-title" className="box__title">
          {t('invoices.card.lines')}
        </h3>
        {isDraft ? <VatModeNote withVat={inv.pricesIncludeVat} /> : null}
        <LinesTable lines={inv.lines} />
        <TotalsBox totals={inv} testId="invoice-totals" />
        {inv.chargesCents || inv.paidCents || inv.creditedCents ? (
          <dl className="record-facts record-facts--inline invoice-balance">
            {inv.chargesCents ? (
              <>
                <dt>{t('invoices.card.charges')}</dt>
                <dd className="money">{formatMoney(inv.chargesCents)}</dd>
              </>
            ) : null}
            {inv.paidCents ? (
              <>
                <dt>{t('invoices.card.paid')}</dt>
                <dd className="money">−{formatMoney(inv.paidCents)}</dd>
              </>
            ) : null}
            {inv.creditedCents ? (
              <>
                <dt>{t('invoices.card.credited')}</dt>
                <dd className="money">−{formatMoney(inv.creditedCents)}</dd>
              </>
            ) : null}
            <dt className="strong">{t('invoices.card.open')}</dt>
            <dd className="money strong">{formatMoney(inv.openCents)}</dd>
          </dl>
        ) : null}
        {inv.notes ? <p className="pre-line">{inv.notes}</p> : null}
      </section>

      {inv.payments.length > 0 ? (
        <section className="box" aria-labelledby="payments-title" data-testid="payments">
          <h3 id="payments-title" className="box__title">
            {t('invoices.payments.title')}
          </h3>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('invoices.payments.date')}</th>
                <th scope="col">{t('invoices.payments.method')}</th>
                <th scope="col" className="col-money">{t('invoices.payments.amount')}</th>
                <th scope="col">{t('invoices.payments.note')}</th>
                <th scope="col">{t('invoices.payments.recorded')}</th>
                {canCancelPayments ? (
                  <th scope="col" className="table__actions">
                    <span className="visually-hidden">{t('invoices.payments.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {inv.payments.map((p) => (
                <tr key={p.id} className={p.cancelled ? 'row--cancelled' : undefined} data-testid={`payment-${p.id}`}>
                  <td>{formatDate(p.date)}</td>
                  <td>{t(`orders.method.${p.method}`)}</td>
                  <td className="col-money money">{formatMoney(p.amountCents)}</td>
                  <td className={p.cancelled ? 'row__reason' : undefined} data-testid={`payment-${p.id}-note`}>
                    {p.cancelled ? t('invoices.payments.cancelled', { reason: p.cancelled.reason }) : p.note}
                    {p.cancelled ? <span className="muted small block">{t('invoices.payments.cancelledBy', { at: formatInstant(p.cancelled.at, lang), name: p.cancelled.byName ?? t('common.none') })}</span> : null}
                  </td>
                  <td className="muted">
                    {formatInstant(p.createdAt, lang)} {p.createdByName ?? ''}
                  </td>
                  {canCancelPayments ? (
                    <td className="table__actions">
                      {p.cancelled ? null : (
                        <button
                          type="button"
                          className="btn btn--danger-outline btn--small"
                          onClick={() => setDialog({ cancelPayment: p })}
                          aria-label={t('invoices.payments.cancelLabel', { amount: formatMoney(p.amountCents), date: formatDate(p.date) })}
                          data-testid={`cancel-payment-${p.id}`}
                        >
                          {t('invoices.payments.cancel')}
                        </button>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {inv.reminders.length > 0 ? (
        <section className="box" aria-labelledby="reminders-title" data-testid="reminders">
          <h3 id="reminders-title" className="box__title">
            {t('invoices.reminders.title')}
          </h3>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('invoices.reminders.date')}</th>
                <th scope="col" className="col-money">{t('invoices.reminders.principal')}</th>
                <th scope="col" className="col-money">{t('invoices.reminders.fee')}</th>
                <th scope="col" className="col-money">{t('invoices.reminders.interest')}</th>
                <th scope="col" className="col-money">{t('invoices.reminders.total')}</th>
                <th scope="col">{t('invoices.reminders.dueDate')}</th>
                <th scope="col" className="table__actions">
                  <span className="visually-hidden">PDF</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {inv.reminders.map((r) => (
                <tr key={r.id} data-testid={`reminder-${r.sequence}`}>
                  <td>{r.sequence}</td>
                  <td>{formatDate(r.date)}</td>
                  <td className="col-money money">{formatMoney(r.principalCents)}</td>
                  <td className="col-money money">{formatMoney(r.feeCents + r.compensationCents)}</td>
                  <td className="col-money money">{formatMoney(r.interestCents)}</td>
                  <td className="col-money money strong">{formatMoney(r.totalCents)}</td>
                  <td>{formatDate(r.dueDate)}</td>
                  <td className="table__actions">
                    <DocumentActions saveLabel={t('invoices.reminders.pdf')} size="small" fetchFile={() => call('invoices.reminderPdf', { reminderId: r.id })} testId={`reminder-pdf-${r.sequence}`} />
                    {inv.einvoice ? (
                      <DownloadButton label={t('invoices.reminders.finvoice')} className="btn btn--secondary btn--small" fetchFile={() => call('invoices.reminderFinvoice', { reminderId: r.id })} testId={`reminder-finvoice-${r.sequence}`} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {inv.creditNotes.length > 0 ? (
        <section className="box" aria-labelledby="credits-title" data-testid="credit-notes">
          <h3 id="credits-title" className="box__title">
            {t('invoices.credit.listTitle')}
          </h3>
          <ul className="plain-list">
            {inv.creditNotes.map((c) => (
              <li key={c.id}>
                <button type="button" className="btn btn--link" onClick={() => setId(c.id)}>
                  {t('invoices.card.creditNoteTitle', { number: c.number ?? '' })}
                </button>{' '}
                <span className="muted">
                  {c.invoiceDate ? formatDate(c.invoiceDate) : ''} · {formatMoney(c.grossCents)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {inv.creditedInvoice ? (
        <p>
          <button type="button" className="btn btn--link" onClick={() => setId(inv.creditedInvoice!.id)} data-testid="credited-invoice-link">
            {t('invoices.card.openCorrected', { number: inv.creditedInvoice.number })}
          </button>
          {inv.creditReason ? <span className="muted"> · {inv.creditReason}</span> : null}
        </p>
      ) : null}

      <p className="muted small">
        {t('invoices.card.createdBy', { at: formatInstant(inv.createdAt, lang), name: inv.createdByName ?? t('common.none') })}
        {inv.issuedAt ? ` · ${t('invoices.card.issuedBy', { at: formatInstant(inv.issuedAt, lang), name: inv.issuedByName ?? t('common.none') })}` : ''}
      </p>

      {dialog === 'issue' && <IssueDialog invoice={inv} onClose={() => setDialog(null)} onDone={(next) => done(next, t('invoices.issue.done', { number: next.number }))} />}
      {dialog === 'edit' && <DraftEditDialog invoice={inv} onClose={() => setDialog(null)} onDone={(next) => done(next, t('invoices.edit.saved', { amount: formatMoney(next.grossCents) }))} />}
      {typeof dialog === 'object' && dialog !== null ? (
        <CancelPaymentDialog
          invoice={inv}
          payment={dialog.cancelPayment}
          onClose={() => setDialog(null)}
          onDone={(next) => done(next, t('invoices.cancelPayment.done', { open: formatMoney(next.openCents) }))}
        />
      ) : null}
      {dialog === 'pay' && <PaymentDialog invoice={inv} onClose={() => setDialog(null)} onDone={(next) => done(next, t('invoices.pay.done', { open: formatMoney(next.openCents) }))} />}
      {dialog === 'remind' && <ReminderDialog invoice={inv} onClose={() => setDialog(null)} onDone={(next) => done(next, t('invoices.remind.done', { date: formatDate(next.effectiveDueDate ?? '') }))} />}
      {dialog === 'credit' && (
        <CreditNoteDialog
          invoice={inv}
          onClose={() => setDialog(null)}
          onDone={(note) => {
            setDialog(null);
            setStatus(t('invoices.credit.done', { number: note.number }));
            setId(note.id);
          }}
        />
      )}
      {dialog === 'collection' && <CollectionDialog invoice={inv} onClose={() => setDialog(null)} onDone={(next) => done(next, t('invoices.collection.done', { agency: next.collection?.agency ?? '' }))} />}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={t('invoices.actions.deleteDraft')}
          confirmLabel={t('invoices.actions.deleteDraft')}
          tone="danger"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await call('invoices.deleteDraft', { id });
            setDialog(null);
            onDeleted?.();
            onBack?.();
          }}
        >
          <p>{t('invoices.card.deleteConfirm')}</p>
        </ConfirmDialog>
      )}
    </article>
  );
}
