// One privacy request: the intake facts, the deadline and its extension, the manager's decisions
// (status; the register extract; rectification; erasure), prohibitions applied from the request,
// the scans, the documents issued and the chained history of events.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyRequest, RequestStatus } from '../../../../shared/api/privacy';
import type { IssuedDocument } from '../../../../shared/api/rectification';
import { formatDate, formatInstant, helsinkiDate } from '../../../../shared/format/dates';
import { requesterDisplayName } from '../../../../shared/privacy/redacted';
import { call } from '../../api';
import { FormAlert, StatusMessage } from '../../components/Alerts';
import { BackButton } from '../../components/BackButton';
import { saveFile, type FilePayload } from '../../components/Download';
import { DocumentActions } from '../../components/DocumentActions';
import { Icon } from '../../components/Icon';
import { errorMessage } from '../../forms/serverErrors';
import { currentLanguage } from '../../i18n';
import { ErasurePanel } from './ErasurePanel';
import type { RequestsNav } from './PrivacyScreen';
import { PROHIBITION_TYPES, ProhibitionsBox } from './ProhibitionsBox';
import { RectificationPanel } from './RectificationPanel';
import { ExtendDialog, MarkSignedDialog, RefuseRequestDialog, StatusDialog } from './RequestDialogs';
import { AttachmentsBox, DocumentsBox, HistoryBox } from './RequestParts';
import { RightOutcomes, StatusBadge } from './RequestsHome';
import { typesText } from './texts';

const FINAL: RequestStatus[] = ['completed', 'partly_completed', 'refused'];

type Dialog = { kind: 'signed' } | { kind: 'extend' } | { kind: 'status'; status: Exclude<RequestStatus, 'refused'> } | { kind: 'refuse' } | null;

interface RequestCardProps {
  id: number;
  notice?: string | undefined;
  alert?: string | undefined;
  isManager: boolean;
  nav: RequestsNav;
}

export function RequestCard({ id, notice, alert: initialAlert, isManager, nav }: RequestCardProps) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<PrivacyRequest | null>(null);
  const [status, setStatus] = useState<string | null>(notice ?? null);
  const [alert, setAlert] = useState<string | null>(initialAlert ?? null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  /** The refusal notice just issued: offered for printing until the card is left. */
  const [refusal, setRefusal] = useState<IssuedDocument | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    call('privacy.requests.get', { id }).then(
      (r) => live && setRequest(r),
      (err: unknown) => live && setLoadError(errorMessage(err, t)),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const loaded = request !== null;
  useEffect(() => {
    if (loaded) titleRef.current?.focus();
  }, [loaded]);

  // A step that succeeded clears the error of an earlier one (an extract refused for a missing
  // signature, then the request marked signed): a red and a green message never stand together.
  const changed = useCallback((next: PrivacyRequest, message: string) => {
    setRequest(next);
    setAlert(null);
    setStatus(message);
    setDialog(null);
  }, []);

  if (loadError && !request) {
    return (
      <div className="card-view">
        <BackButton onBack={nav.toList} label={t('privacyPanel.card.back')} testId="request-back" escape={false} />
        <FormAlert message={loadError} />
      </div>
    );
  }
  if (!request) return <p className="loading">{t('common.loading')}</p>;

  const r = request;
  const open = !FINAL.includes(r.status);
  const lang = currentLanguage();
  const today = helsinkiDate();
  const canExtend = isManager && open && !r.extension && today <= r.dueDate;
  const hasRect = r.types.includes('rectification');
  const hasErasure = r.types.includes('erasure');
  const hasProhibitions = r.types.some((x) => (PROHIBITION_TYPES as readonly string[]).includes(x));
  // Rectification and erasure close through their own decisions (letters, certificates).
  const genericStatuses: RequestStatus[] = hasRect || hasErasure ? ['in_progress'] : ['in_progress', 'completed', 'partly_completed', 'refused'];
  const nextStatuses = genericStatuses.filter((s) => !(s === 'in_progress' && r.status !== 'received'));

  return (
    <article className="card-view request-card" aria-labelledby="request-title" data-testid="request-card">
      <BackButton onBack={nav.toList} label={t('privacyPanel.card.back')} testId="request-back" escape={false} />
      <header className="card-view__header">
        <div>
          <h2 id="request-title" ref={titleRef} tabIndex={-1} className="card-view__title" data-testid="request-title">
            {t('privacyPanel.card.title', { number: r.number })}
          </h2>
          <p className="card-view__meta">
            <span data-testid="request-types">{typesText(t, r.types)}</span>
            <StatusBadge status={r.status} />
            {r.overdue ? <span className="badge badge--danger">{t('privacyPanel.card.overdue')}</span> : null}
            {r.signatureMissing ? <span className="badge badge--danger">{t('privacyPanel.signatureMissingShort')}</span> : null}
          </p>
        </div>
      </header>
      <StatusMessage testId="request-status-message">{status}</StatusMessage>
      <FormAlert message={alert} testId="request-alert" />
      {refusal ? <RefusalNoticeBox notice={refusal} /> : null}

      {r.signatureMissing ? (
        <div className="alert alert--warning alert--icon request-banner" role="note" data-testid="signature-banner">
          <Icon name="warning" />
          <div className="request-banner__body">
            <p className="strong">{t('privacyPanel.card.signatureTitle')}</p>
            <p>{t('privacyPanel.card.signatureText')}</p>
          </div>
          <button type="button" className="btn btn--secondary btn--small" onClick={() => setDialog({ kind: 'signed' })} data-testid="mark-signed">
            {t('privacyPanel.card.markSigned')}
          </button>
          <DocumentActions
            size="small"
            saveLabel={t('privacyPanel.card.signatureLetter')}
            fetchFile={async () => {
              const doc = await call('privacy.requests.signatureLetter', { id: r.id });
              void call('privacy.requests.get', { id: r.id }).then(setRequest, () => undefined);
              return doc;
            }}
            testId="signature-letter"
          />
        </div>
      ) : null}

      <div className="card-grid">
        <section className="box" aria-labelledby="request-facts-title">
          <h3 id="request-facts-title" className="box__title">
            {t('privacyPanel.card.facts')}
          </h3>
          <dl className="record-facts" data-testid="request-facts">
            <dt>{t('privacyPanel.card.requester')}</dt>
            <dd data-testid="fact-requester">
              <span className="strong">{requesterDisplayName(r.requesterName, t)}</span>
              {r.customerNumber ? <span className="mono muted"> {t('customers.numberShort', { number: r.customerNumber })}</span> : <span className="muted"> ({t('privacyPanel.notInRegister')})</span>}
            </dd>
            {r.requesterAddress ? (
              <>
                <dt>{t('privacyPanel.card.replyAddress')}</dt>
                <dd>
                  {r.requesterAddress.split('\n').map((line, i) => (
                    <span key={i} className="record-facts__line">
                      {line}
                    </span>
                  ))}
                </dd>
              </>
            ) : null}
            {r.requesterEmail ? (
              <>
                <dt>{t('privacyPanel.card.replyEmail')}</dt>
                <dd>{r.requesterEmail}</dd>
              </>
            ) : null}
            <dt>{t('privacyPanel.card.received')}</dt>
            <dd data-testid="fact-received">
              {formatDate(r.receivedDate)} · {t(`privacy.channel.${r.channel}`)}
            </dd>
            <dt>{t('privacyPanel.card.language')}</dt>
            <dd>{t(`customers.languages.${r.language}`)}</dd>
            <dt>{t('privacyPanel.card.signed')}</dt>
            <dd data-testid="fact-signed">{r.signed ? t('common.yes') : r.signatureMissing ? <span className="text-danger strong">{t('privacyPanel.card.notSignedRequired')}</span> : t('common.no')}</dd>
            <dt>{t('privacyPanel.card.identity')}</dt>
            <dd>
              {t(`privacy.identity.${r.identityMethod}`)}
              {r.identityDocument ? <span data-testid="identity-document-kind">: {t(`privacyPanel.signed.documents.${r.identityDocument}`)}</span> : null}
              {r.identityNote ? <span className="muted"> — {r.identityNote}</span> : null}
              {r.identityCheckedByName ? <span className="record-facts__line muted">{t('privacyPanel.card.checkedBy', { name: r.identityCheckedByName })}</span> : null}
            </dd>
            <dt>{t('privacyPanel.card.details')}</dt>
            <dd className="pre-line">{r.details || <span className="muted">{t('common.none')}</span>}</dd>
            <dt>{t('privacyPanel.card.logged')}</dt>
            <dd>{formatInstant(r.createdAt, lang)}</dd>
          </dl>
        </section>

        <section className="box" aria-labelledby="request-deadline-title" data-testid="request-deadline">
          <h3 id="request-deadline-title" className="box__title">
            {t('privacyPanel.card.deadline')}
          </h3>
          <p className={r.overdue ? 'deadline deadline--overdue' : 'deadline'} data-testid="deadline-date">
            {formatDate(r.effectiveDueDate)}
          </p>
          <p className="muted">{r.overdue ? t('privacyPanel.card.overdueText') : open ? t('privacyPanel.card.deadlineText') : t('privacyPanel.card.closedText', { status: t(`privacy.status.${r.status}`) })}</p>
          {r.types.length > 1 ? (
            <>
              <p className="strong">{t('privacyPanel.card.outcomes')}</p>
              <RightOutcomes outcomes={r.outcomes} />
            </>
          ) : null}
          {r.extension ? (
            <dl className="record-facts" data-testid="extension">
              <dt>{t('privacyPanel.card.originalDue')}</dt>
              <dd>{formatDate(r.dueDate)}</dd>
              <dt>{t('privacyPanel.card.extendedTo')}</dt>
              <dd>{formatDate(r.extension.dueDate)}</dd>
              <dt>{t('privacyPanel.card.extensionReason')}</dt>
              <dd>{r.extension.reason}</dd>
              <dt>{t('privacyPanel.card.extendedBy')}</dt>
              <dd>
                {r.extension.byName ?? t('common.none')}, {formatInstant(r.extension.at, lang)}
              </dd>
            </dl>
          ) : open ? (
            isManager ? (
              canExtend ? (
                <button type="button" className="btn btn--secondary btn--small" onClick={() => setDialog({ kind: 'extend' })} data-testid="extend-button">
                  {t('privacyPanel.card.extend')}
                </button>
              ) : (
                <p className="muted small">{t('privacyPanel.card.extendTooLate', { date: formatDate(r.dueDate) })}</p>
              )
            ) : (
              <p className="muted small">{t('privacyPanel.card.extendManager')}</p>
            )
          ) : null}
          {!open && r.outcomeNote ? (
            <dl className="record-facts">
              <dt>{t('privacyPanel.card.outcome')}</dt>
              <dd className="pre-line" data-testid="outcome-note">
                {r.outcomeNote}
              </dd>
            </dl>
          ) : null}
        </section>
      </div>

      {open && isManager ? (
        <DecisionBox request={r} statuses={nextStatuses} onStatus={(s) => setDialog(s === 'refused' ? { kind: 'refuse' } : { kind: 'status', status: s })} onChanged={changed} onError={setAlert} />
      ) : null}
      {open && !isManager ? <p className="alert alert--info">{t('privacyPanel.card.managerDecides')}</p> : null}

      {isManager && hasRect ? <RectificationPanel request={r} onDone={changed} /> : null}
      {isManager && hasErasure ? <ErasurePanel request={r} onDone={changed} /> : null}
      {hasProhibitions && open ? <ProhibitionsBox request={r} isManager={isManager} onDone={changed} /> : null}

      <AttachmentsBox request={r} onChanged={changed} />
      <DocumentsBox request={r} />
      <HistoryBox request={r} />

      {dialog?.kind === 'signed' ? <MarkSignedDialog request={r} onClose={() => setDialog(null)} onDone={changed} /> : null}
      {dialog?.kind === 'extend' ? <ExtendDialog request={r} onClose={() => setDialog(null)} onDone={changed} /> : null}
      {dialog?.kind === 'status' ? <StatusDialog request={r} status={dialog.status} onClose={() => setDialog(null)} onDone={changed} /> : null}
      {dialog?.kind === 'refuse' ? (
        <RefuseRequestDialog
          request={r}
          onClose={() => setDialog(null)}
          onDone={({ request: next, notice }) => {
            setRefusal(notice);
            changed(next, t('privacyPanel.refuse.done', { code: notice.verificationCode }));
          }}
        />
      ) : null}
    </article>
  );
}

/** The manager's decisions that are not rectification or erasure: the register extract, the
 * portability export, and moving the status on. */
function DecisionBox({
  request: r,
  statuses,
  onStatus,
  onChanged,
  onError,
}: {
  request: PrivacyRequest;
  statuses: RequestStatus[];
  onStatus: (s: RequestStatus) => void;
  onChanged: (next: PrivacyRequest, message: string) => void;
  onError: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState<string | null>(null);
  const [issued, setIssued] = useState<FilePayload | null>(null);

  const issue = async (method: 'privacy.extract' | 'privacy.portability') => {
    setBusy(method);
    onError(null);
    try {
      const file = await call(method, { requestId: r.id });
      // Issuing is recorded once; the file stays here to print or save again without a new issue.
      setIssued(file);
      if (method === 'privacy.portability') saveFile(file);
      else await window.register.saveDocument({ filename: file.filename, base64: file.base64 });
      const next = await call('privacy.requests.get', { id: r.id });
      onChanged(next, t(method === 'privacy.extract' ? 'privacyPanel.decision.extractDone' : 'privacyPanel.decision.portabilityDone', { code: file.verificationCode }));
    } catch (err) {
      onError(errorMessage(err, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="box decision-box" aria-labelledby={`${id}-title`} data-testid="decision-box">
      <h3 id={`${id}-title`} className="box__title">
        {t('privacyPanel.decision.title')}
      </h3>
      {(r.types.includes('access') || r.types.includes('portability')) && r.customerId === null ? <p className="muted">{t('privacyPanel.decision.noCustomer')}</p> : null}
      {(r.types.includes('access') || r.types.includes('portability')) && r.customerId !== null ? (
        <div className="decision-row">
          {r.types.includes('access') ? (
            <button type="button" className="btn btn--primary btn--download" disabled={busy !== null} onClick={() => void issue('privacy.extract')} data-testid="issue-extract">
              {busy === 'privacy.extract' ? t('privacyPanel.preparing') : t('privacyPanel.decision.extract')}
            </button>
          ) : null}
          {r.types.includes('portability') ? (
            <button type="button" className="btn btn--primary btn--download" disabled={busy !== null} onClick={() => void issue('privacy.portability')} data-testid="issue-portability">
              {busy === 'privacy.portability' ? t('privacyPanel.preparing') : t('privacyPanel.decision.portability')}
            </button>
          ) : null}
          <span className="muted small">{t('privacyPanel.decision.extractHint')}</span>
          {issued && /\.pdf$/i.test(issued.filename) ? <DocumentActions file={issued} testId="issued-extract" /> : null}
        </div>
      ) : null}
      {statuses.length ? (
        <div className="decision-row">
          <span className="field__label">{t('privacyPanel.decision.setStatus')}</span>
          {statuses.map((s) => (
            <button key={s} type="button" className={s === 'refused' ? 'btn btn--danger-outline btn--small' : 'btn btn--secondary btn--small'} onClick={() => onStatus(s)} data-testid={`set-status-${s}`}>
              {t(`privacyPanel.status.actions.${s}`)}
            </button>
          ))}
        </div>
      ) : null}
      {r.types.includes('rectification') || r.types.includes('erasure') ? <p className="muted small">{t('privacyPanel.decision.ownFlow')}</p> : null}
    </section>
  );
}

/** The written refusal notice (GDPR Art. 12(4)), right after the refusal: to print, sign and send. */
function RefusalNoticeBox({ notice }: { notice: IssuedDocument }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="box decision-box decision-box--done" aria-labelledby={`${id}-title`} data-testid="refusal-notice">
      <h3 id={`${id}-title`} className="box__title">
        {t('privacyPanel.refuse.noticeTitle')}
      </h3>
      <p>{t('privacyPanel.refuse.noticeText', { code: notice.verificationCode })}</p>
      <DocumentActions file={notice} saveLabel={t('privacyPanel.refuse.noticeDownload')} testId="refusal-notice-download" />
    </section>
  );
}
