// An erasure request decided by the manager: what stands in the way (open invoices, collection,
// an active contact role, legal holds, invoices still under the Accounting Act's retention), the
// decision the law allows, and then a full or partial erasure with its certificate — the only
// copy that names the person — or a written refusal.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureBlockers, ErasureResult } from '../../../../shared/api/erasure';
import type { PrivacyRequest } from '../../../../shared/api/privacy';
import type { IssuedDocument } from '../../../../shared/api/rectification';
import { formatDate, formatInstant, helsinkiDate } from '../../../../shared/format/dates';
import { ApiCallError, call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DocumentActions } from '../../components/DocumentActions';
import { Icon } from '../../components/Icon';
import { errorMessage } from '../../forms/serverErrors';
import { currentLanguage } from '../../i18n';
import { ReasonDialog } from '../../components/ReasonDialog';
import { TextArea } from '../../components/TextArea';
import { LoadedRecipients, RecipientNotices } from './RecipientNotices';
import { MissingAddressDialog } from './RecipientAddressDialog';
import { DateField } from '../../components/DateField';

const FINAL = ['completed', 'partly_completed', 'refused'];

const euros = (cents: number) => new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' }).format(cents / 100);

type Dialog = { kind: 'full' | 'partial' } | { kind: 'refuse' } | { kind: 'hold' } | { kind: 'address'; recipient: string } | null;

export function ErasurePanel({ request, onDone }: { request: PrivacyRequest; onDone: (next: PrivacyRequest, message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const open = !FINAL.includes(request.status);
  const [blockers, setBlockers] = useState<ErasureBlockers | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [result, setResult] = useState<ErasureResult | null>(null);
  const [notice, setNotice] = useState<IssuedDocument | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const load = async () => {
    try {
      setBlockers(await call('privacy.erasure.blockers', { requestId: request.id }));
      setAlert(null);
    } catch (err) {
      setAlert(errorMessage(err, t));
    }
  };

  useEffect(() => {
    if (open && request.customerId !== null) void load();
  }, [request.id]);

  if (result) return <CertificateBox result={result} />;
  if (notice) return <RefusalNoticeBox notice={notice} />;
  if (!open) return request.customerId !== null && request.events.some((e) => e.event === 'erasure') ? <ErasedRecipients customerId={request.customerId} /> : null;
  if (request.customerId === null) {
    return (
      <section className="box" aria-labelledby={`${id}-title`} data-testid="erasure-panel">
        <h3 id={`${id}-title`} className="box__title">
          {t('privacyPanel.erasure.title')}
        </h3>
        <p className="muted">{t('privacyPanel.erasure.noCustomer')}</p>
      </section>
    );
  }

  const b = blockers;
  const allowed = b?.allowed;
  // Not a legal ground to refuse, but the erasure's letters need the addresses: it waits for them.
  const waitingAddress = (b?.recipientsWithoutAddress.length ?? 0) > 0;

  return (
    <section className="box decision-box" aria-labelledby={`${id}-title`} data-testid="erasure-panel">
      <div className="box__header">
        <h3 id={`${id}-title`} className="box__title">
          {t('privacyPanel.erasure.title')}
        </h3>
        <button type="button" className="btn btn--secondary btn--small" onClick={() => void load()}>
          {t('privacyPanel.erasure.recheck')}
        </button>
      </div>
      <p className="muted box__intro">{t('privacyPanel.erasure.intro')}</p>
      <FormAlert message={alert} />
      {status ? (
        <div role="status" className="alert alert--success">
          {status}
        </div>
      ) : null}
      {b === null ? (
        alert ? null : <p className="loading">{t('common.loading')}</p>
      ) : (
        <>
          <ul className="blockers" data-testid="erasure-blockers">
            <BlockerGroup title={t('privacyPanel.erasure.blockers.openInvoices')} blocking items={b.openInvoices.map((i) => t('privacyPanel.erasure.blockers.openInvoice', { number: i.number, amount: euros(i.openCents), due: i.dueDate ? formatDate(i.dueDate) : t('common.none') }) + (i.overdue ? ` — ${t('privacyPanel.erasure.blockers.overdue')}` : ''))} testId="blocker-open" />
            <BlockerGroup title={t('privacyPanel.erasure.blockers.inCollection')} blocking items={b.inCollection.map((i) => t('privacyPanel.erasure.blockers.collection', { number: i.number, agency: i.agency, since: formatDate(i.since) }))} testId="blocker-collection" />
            <BlockerGroup
              title={t('privacyPanel.erasure.blockers.contactRoles')}
              blocking
              items={b.activeContactRoles.map((r) => t(r.until ? 'privacyPanel.erasure.blockers.contactUntil' : 'privacyPanel.erasure.blockers.contact', { organization: r.organizationName, since: formatDate(r.since), until: r.until ? formatDate(r.until) : '' }))}
              testId="blocker-contact"
            />
            <BlockerGroup
              title={t('privacyPanel.erasure.blockers.legalHolds')}
              blocking
              items={b.legalHolds.map((h) => ({
                key: h.id,
                text: t(h.until ? 'privacyPanel.erasure.blockers.holdUntil' : 'privacyPanel.erasure.blockers.hold', { reason: h.reason, until: h.until ? formatDate(h.until) : '' }),
                action: (
                  <button
                    type="button"
                    className="btn btn--link"
                    onClick={async () => {
                      try {
                        await call('privacy.legalHolds.release', { id: h.id });
                        setStatus(t('privacyPanel.erasure.holdReleased'));
                        await load();
                      } catch (err) {
                        setAlert(errorMessage(err, t));
                      }
                    }}
                    data-testid={`release-hold-${h.id}`}
                  >
                    {t('privacyPanel.erasure.releaseHold')}
                  </button>
                ),
              }))}
              testId="blocker-holds"
            />
            <BlockerGroup
              title={t('privacyPanel.erasure.blockers.recipientsAddress')}
              blocking
              items={b.recipientsWithoutAddress.map((name, i) => ({
                key: i,
                text: t('privacyPanel.erasure.blockers.recipientNoAddress', { recipient: name }),
                action: (
                  <button type="button" className="btn btn--link" onClick={() => setDialog({ kind: 'address', recipient: name })} data-testid={`add-recipient-address-${i}`}>
                    {t('privacyPanel.recipients.addAddress')}
                  </button>
                ),
              }))}
              testId="blocker-recipient-address"
            />
            <BlockerGroup
              title={t('privacyPanel.erasure.blockers.retained')}
              blocking={false}
              items={b.retainedInvoices.map((i) => t('privacyPanel.erasure.blockers.retainedInvoice', { number: i.number, date: formatDate(i.invoiceDate), until: formatDate(i.retainUntil) }))}
              testId="blocker-retained"
            />
          </ul>
          <div className={`alert alert--icon ${allowed === 'refuse' ? 'alert--error' : allowed === 'partial' ? 'alert--warning' : 'alert--success'}`} role="note" data-testid="erasure-allowed">
            <Icon name={allowed === 'full' ? 'privacy' : 'warning'} />
            <span>
              <strong>{t(`privacyPanel.erasure.allowed.${allowed}`)}</strong> {t(`privacyPanel.erasure.allowedText.${allowed}`)}
            </span>
          </div>
          {waitingAddress ? (
            <p className="alert alert--warning" role="note" data-testid="erasure-waits-address">
              {t('privacyPanel.erasure.blockers.recipientsAddressWait')}
            </p>
          ) : null}
          <div className="form__actions form__actions--split">
            <button type="button" className="btn btn--link" onClick={() => setDialog({ kind: 'hold' })} data-testid="add-legal-hold">
              {t('privacyPanel.erasure.addHold')}
            </button>
            <div className="panel__tools">
              <button type="button" className="btn btn--danger-outline" onClick={() => setDialog({ kind: 'refuse' })} data-testid="erasure-refuse">
                {t('privacyPanel.erasure.refuse')}
              </button>
              <button type="button" className="btn btn--danger" disabled={allowed !== 'partial' || waitingAddress} onClick={() => setDialog({ kind: 'partial' })} data-testid="erasure-partial">
                {t('privacyPanel.erasure.partial')}
              </button>
              <button type="button" className="btn btn--danger" disabled={allowed !== 'full' || waitingAddress} onClick={() => setDialog({ kind: 'full' })} data-testid="erasure-full">
                {t('privacyPanel.erasure.full')}
              </button>
            </div>
          </div>
        </>
      )}
      {dialog && (dialog.kind === 'full' || dialog.kind === 'partial') ? (
        <EraseDialog
          request={request}
          mode={dialog.kind}
          onClose={() => setDialog(null)}
          onDone={(r) => {
            setDialog(null);
            // The certificate is offered for saving at once: the register keeps no copy of it.
            void window.register.saveDocument({ filename: r.certificate.filename, base64: r.certificate.base64 });
            setResult(r);
            onDone(r.request, t('privacyPanel.erasure.done', { number: r.erasureNumber }));
          }}
        />
      ) : null}
      {dialog?.kind === 'refuse' ? (
        <RefuseErasureDialog
          request={request}
          reasonRequired={allowed !== 'refuse'}
          onClose={() => setDialog(null)}
          onDone={(r) => {
            setDialog(null);
            setNotice(r.notice);
            onDone(r.request, t('privacyPanel.erasure.refused'));
          }}
        />
      ) : null}
      {dialog?.kind === 'address' ? (
        <MissingAddressDialog
          recipient={dialog.recipient}
          onClose={() => setDialog(null)}
          onAdded={(message) => {
            setDialog(null);
            setStatus(message);
            void load();
          }}
        />
      ) : null}
      {dialog?.kind === 'hold' ? (
        <LegalHoldDialog
          customerId={request.customerId}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setStatus(t('privacyPanel.erasure.holdAdded'));
            void load();
          }}
        />
      ) : null}
    </section>
  );
}

type BlockerItem = string | { key: number; text: string; action: React.ReactNode };

function BlockerGroup({ title, items, blocking, testId }: { title: string; items: BlockerItem[]; blocking: boolean; testId: string }) {
  const { t } = useTranslation();
  const on = items.length > 0;
  return (
    <li className={on ? (blocking ? 'blocker blocker--on' : 'blocker blocker--keep') : 'blocker'} data-testid={testId}>
      <span className={on ? (blocking ? 'badge badge--danger' : 'badge badge--warn') : 'badge badge--ok'}>{on ? (blocking ? t('privacyPanel.erasure.blocks') : t('privacyPanel.erasure.keeps')) : t('privacyPanel.erasure.clear')}</span>
      <div className="blocker__body">
        <span className="strong">{title}</span>
        {on ? (
          <ul className="bullets">
            {items.map((item) =>
              typeof item === 'string' ? (
                <li key={item}>{item}</li>
              ) : (
                <li key={item.key}>
                  {item.text} {item.action}
                </li>
              ),
            )}
          </ul>
        ) : (
          <span className="muted"> — {t('privacyPanel.erasure.none')}</span>
        )}
      </div>
    </li>
  );
}

function EraseDialog({ request, mode, onClose, onDone }: { request: PrivacyRequest; mode: 'full' | 'partial'; onClose: () => void; onDone: (r: ErasureResult) => void }) {
  const { t } = useTranslation();
  const [understood, setUnderstood] = useState(false);
  const [listRecipients, setListRecipients] = useState(false);
  const checkId = useId();
  const listId = useId();
  return (
    <ConfirmDialog
      title={t(`privacyPanel.erasure.confirmTitle.${mode}`)}
      confirmLabel={t(`privacyPanel.erasure.confirm.${mode}`)}
      busyLabel={t('privacyPanel.erasure.erasing')}
      tone="danger"
      testId="erase-dialog"
      disabled={!understood}
      onClose={onClose}
      onConfirm={async () => onDone(await call('privacy.erasure.execute', { requestId: request.id, mode, listRecipients }))}
    >
      <p>{t(`privacyPanel.erasure.confirmBody.${mode}`, { name: request.requesterName, number: request.number })}</p>
      <div className="alert alert--error alert--icon" role="note">
        <Icon name="warning" />
        <span>{t('privacyPanel.erasure.irreversible')}</span>
      </div>
      <div className="checkbox">
        <input id={checkId} type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} data-testid="erase-understood" />
        <label htmlFor={checkId}>{t('privacyPanel.erasure.understood')}</label>
      </div>
      <div className="checkbox">
        <input id={listId} type="checkbox" checked={listRecipients} onChange={(e) => setListRecipients(e.target.checked)} data-testid="erase-list-recipients" />
        <label htmlFor={listId}>{t('privacyPanel.erasure.listRecipients')}</label>
      </div>
    </ConfirmDialog>
  );
}

function RefuseErasureDialog({
  request,
  reasonRequired,
  onClose,
  onDone,
}: {
  request: PrivacyRequest;
  reasonRequired: boolean;
  onClose: () => void;
  onDone: (r: { request: PrivacyRequest; notice: IssuedDocument }) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <ConfirmDialog
      title={t('privacyPanel.erasure.refuseTitle')}
      confirmLabel={t('privacyPanel.erasure.refuseConfirm')}
      tone="danger"
      testId="erasure-refuse-dialog"
      onClose={onClose}
      onConfirm={async () => {
        if (reasonRequired && !reason.trim()) {
          setError(t('errors.refusalReasonRequired'));
          return;
        }
        try {
          onDone(await call('privacy.erasure.refuse', { requestId: request.id, reasonText: reason }));
        } catch (err) {
          if (err instanceof ApiCallError && err.fields.reasonText) setError(err.fields.reasonText);
          else throw err;
        }
      }}
    >
      <p>{t(reasonRequired ? 'privacyPanel.erasure.refuseBodyNoBlockers' : 'privacyPanel.erasure.refuseBody', { number: request.number })}</p>
      <TextArea
        label={t('privacyPanel.erasure.refuseReason')}
        hint={t('privacyPanel.erasure.refuseReasonHint')}
        value={reason}
        onChange={(v) => (setReason(v), setError(undefined))}
        required={reasonRequired}
        error={error}
        testId="erasure-refuse-reason"
        autoFocus
      />
    </ConfirmDialog>
  );
}

function LegalHoldDialog({ customerId, onClose, onDone }: { customerId: number; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [until, setUntil] = useState('');
  return (
    <ReasonDialog
      title={t('privacyPanel.erasure.holdTitle')}
      confirmLabel={t('privacyPanel.erasure.holdConfirm')}
      testId="legal-hold-dialog"
      onClose={onClose}
      body={<p>{t('privacyPanel.erasure.holdBody')}</p>}
      reason={{ label: t('privacyPanel.erasure.holdReason'), testId: 'hold-reason' }}
      after={<DateField label={t('privacyPanel.erasure.holdUntil')} optional fieldClassName="field--short" min={helsinkiDate()} value={until} onChange={setUntil} />}
      submit={async (reason) => {
        await call('privacy.legalHolds.add', { customerId, reason, until });
        onDone();
      }}
    />
  );
}

/** The erasure certificate, right after the erasure (its saving was offered at once): the register
 * keeps only its hash, so this download is the only copy that names the person. */
function CertificateBox({ result }: { result: ErasureResult }) {
  const { t } = useTranslation();
  const id = useId();
  const [saved, setSaved] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titleRef.current?.scrollIntoView({ block: 'start' });
    titleRef.current?.focus();
  }, []);
  return (
    <section className="box certificate-box" aria-labelledby={`${id}-title`} data-testid="erasure-certificate">
      <h3 id={`${id}-title`} className="box__title" ref={titleRef} tabIndex={-1}>
        {t('privacyPanel.erasure.certificateTitle', { number: result.erasureNumber })}
      </h3>
      <div className="alert alert--error alert--icon" role="alert">
        <Icon name="warning" />
        <span>
          <strong>{t('privacyPanel.erasure.onlyCopyTitle')}</strong> {t('privacyPanel.erasure.onlyCopy')}
        </span>
      </div>
      <dl className="record-facts">
        <dt>{t('privacyPanel.erasure.kind')}</dt>
        <dd>{t(`privacyPanel.erasure.kinds.${result.kind}`)}</dd>
        <dt>{t('privacyPanel.erasure.certificateNumber')}</dt>
        <dd className="mono">{result.erasureNumber}</dd>
        <dt>{t('privacyPanel.documents.code')}</dt>
        <dd className="mono" data-testid="certificate-code">
          {result.certificate.verificationCode}
        </dd>
        <dt>{t('privacyPanel.erasure.at')}</dt>
        <dd>{formatInstant(result.request.events.at(-1)?.at ?? new Date().toISOString(), currentLanguage())}</dd>
      </dl>
      <div className="certificate-box__actions">
        {/* Never stored by the register: printed from memory, or saved where the manager chooses. */}
        <DocumentActions file={result.certificate} memoryOnly size="large" saveLabel={t('privacyPanel.erasure.certificateDownload')} onDone={() => setSaved(true)} testId="certificate-download" />
      </div>
      <p className={saved ? 'muted' : 'strong text-danger'}>{saved ? t('privacyPanel.erasure.savedNote') : t('privacyPanel.erasure.notSavedYet')}</p>
      {result.request.customerId !== null ? (
        <RecipientNotices
          context="erasure"
          customerId={result.request.customerId}
          recipients={result.recipientLetters.map((x) => x.recipient)}
          letters={Object.fromEntries(result.recipientLetters.map((x) => [x.recipient.disclosureId, x.letter]))}
        />
      ) : null}
    </section>
  );
}

/** A decided erasure seen again: the recipients and what was done about each. */
function ErasedRecipients({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="box decision-box decision-box--done" aria-labelledby={`${id}-title`} data-testid="erasure-recipients">
      <h3 id={`${id}-title`} className="box__title">
        {t('privacyPanel.erasure.title')}
      </h3>
      <LoadedRecipients customerId={customerId} context="erasure" />
    </section>
  );
}

function RefusalNoticeBox({ notice }: { notice: IssuedDocument }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="box decision-box decision-box--done" aria-labelledby={`${id}-title`} data-testid="erasure-refusal">
      <h3 id={`${id}-title`} className="box__title">
        {t('privacyPanel.erasure.noticeTitle')}
      </h3>
      <p>{t('privacyPanel.erasure.noticeText', { code: notice.verificationCode })}</p>
      <DocumentActions file={notice} saveLabel={t('privacyPanel.erasure.noticeDownload')} testId="erasure-notice-download" />
    </section>
  );
}
