// Small decisions on a request, each in its own dialog: mark the paper signed, extend the deadline
// (manager, once, with a reason), move the status on (manager), refuse the request (manager: the
// reasons are required and a written notice is issued, GDPR Art. 12(4)).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ID_DOCUMENT_TYPES, REQUEST_REFUSAL_REASONS, type IdDocumentType, type PrivacyRequest, type RequestRefusalReason, type RequestStatus } from '../../../../shared/api/privacy';
import type { IssuedDocument } from '../../../../shared/api/rectification';
import { formatDate } from '../../../../shared/format/dates';
import { extendedDueDate } from '../../../../shared/privacy/deadlines';
import { ApiCallError, call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';

interface DialogProps {
  request: PrivacyRequest;
  onClose: () => void;
  onDone: (next: PrivacyRequest, message: string) => void;
}

export function TextArea({
  label,
  value,
  onChange,
  required,
  error,
  hint,
  testId,
  rows = 3,
  maxLength = 2000,
  autoFocus,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  required?: boolean;
  error?: string | undefined;
  hint?: string | undefined;
  testId?: string;
  rows?: number;
  maxLength?: number;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
        {required ? null : <span className="field__optional"> ({t('common.optional')})</span>}
      </label>
      <textarea
        id={id}
        className="input textarea"
        rows={rows}
        maxLength={maxLength}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
        autoFocus={autoFocus}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The request's identity confirmed: by the signed request the notice prefers, or by an identity
 * document shown at the counter (its kind recorded, never its number). */
export function MarkSignedDialog({ request, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [how, setHow] = useState<'signature' | 'document'>('signature');
  const [document, setDocument] = useState<IdDocumentType>('id_card');
  const id = useId();
  return (
    <ConfirmDialog
      title={t('privacyPanel.signed.title')}
      confirmLabel={how === 'signature' ? t('privacyPanel.signed.confirm') : t('privacyPanel.signed.confirmDocument')}
      testId="mark-signed-dialog"
      onClose={onClose}
      onConfirm={async () =>
        how === 'signature'
          ? onDone(await call('privacy.requests.markSigned', { id: request.id, note }), t('privacyPanel.signed.done'))
          : onDone(await call('privacy.requests.markSigned', { id: request.id, note, identityDocument: document }), t('privacyPanel.signed.doneDocument'))
      }
    >
      <fieldset className="field">
        <legend className="field__label">{t('privacyPanel.signed.how')}</legend>
        {(['signature', 'document'] as const).map((h) => (
          <div className="checkbox" key={h}>
            <input id={`${id}-${h}`} type="radio" name={`${id}-how`} checked={how === h} onChange={() => setHow(h)} data-testid={`identity-by-${h}`} />
            <label htmlFor={`${id}-${h}`}>{h === 'signature' ? t('privacyPanel.signed.bySignature') : t('privacyPanel.signed.byDocument')}</label>
          </div>
        ))}
      </fieldset>
      {how === 'document' ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-doc`}>
            {t('privacyPanel.signed.documentType')}
          </label>
          <select id={`${id}-doc`} className="input" value={document} onChange={(e) => setDocument(e.target.value as IdDocumentType)} aria-describedby={`${id}-doc-hint`} data-testid="identity-document">
            {ID_DOCUMENT_TYPES.map((d) => (
              <option key={d} value={d}>
                {t(`privacyPanel.signed.documents.${d}`)}
              </option>
            ))}
          </select>
          <span className="field__hint" id={`${id}-doc-hint`}>
            {t('privacyPanel.signed.documentHint')}
          </span>
        </div>
      ) : (
        <p>{t('privacyPanel.signed.body', { number: request.number })}</p>
      )}
      <TextArea label={t('privacyPanel.signed.note')} hint={t('privacyPanel.signed.noteHint')} value={note} onChange={setNote} maxLength={500} autoFocus />
    </ConfirmDialog>
  );
}

export function ExtendDialog({ request, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const newDue = extendedDueDate(request.receivedDate);
  return (
    <ConfirmDialog
      title={t('privacyPanel.extend.title')}
      confirmLabel={t('privacyPanel.extend.confirm')}
      testId="extend-dialog"
      onClose={onClose}
      onConfirm={async () => {
        if (!reason.trim()) {
          setError(t('errors.required'));
          return;
        }
        try {
          onDone(await call('privacy.requests.extend', { id: request.id, reason }), t('privacyPanel.extend.done', { date: formatDate(newDue) }));
        } catch (err) {
          if (err instanceof ApiCallError && err.fields.reason) setError(err.fields.reason);
          else throw err;
        }
      }}
    >
      <p>{t('privacyPanel.extend.body', { due: formatDate(request.dueDate), extended: formatDate(newDue) })}</p>
      <TextArea label={t('privacyPanel.extend.reason')} hint={t('privacyPanel.extend.reasonHint')} value={reason} onChange={(v) => (setReason(v), setError(undefined))} required error={error} testId="extend-reason" autoFocus />
    </ConfirmDialog>
  );
}

export function StatusDialog({ request, status, onClose, onDone }: DialogProps & { status: Exclude<RequestStatus, 'refused'> }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  // Partly done is partly refused: what was not done and why must be written down.
  const required = status === 'partly_completed';
  return (
    <ConfirmDialog
      title={t(`privacyPanel.status.titles.${status}`)}
      confirmLabel={t(`privacyPanel.status.confirm.${status}`)}
      testId="status-dialog"
      onClose={onClose}
      onConfirm={async () => {
        if (required && !note.trim()) return setError(t('errors.partlyNeedsReason'));
        onDone(await call('privacy.requests.setStatus', { id: request.id, status, note }), t('privacyPanel.status.done', { status: t(`privacy.status.${status}`) }));
      }}
    >
      <p>{t(`privacyPanel.status.bodies.${status}`, { number: request.number })}</p>
      <TextArea label={t('privacyPanel.status.note')} value={note} onChange={(v) => (setNote(v), setError(undefined))} required={required} error={error} testId="status-note" autoFocus />
    </ConfirmDialog>
  );
}

/** Refusing a request of the generic kinds: standard reasons and/or free text; the core issues the
 * written notice in the requester's language, which the card then offers for printing. */
export function RefuseRequestDialog({ request, onClose, onDone }: { request: PrivacyRequest; onClose: () => void; onDone: (r: { request: PrivacyRequest; notice: IssuedDocument }) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [reasons, setReasons] = useState<RequestRefusalReason[]>([]);
  const [reasonText, setReasonText] = useState('');
  const [errors, setErrors] = useState<{ reasons?: string | undefined; reasonText?: string | undefined }>({});
  return (
    <ConfirmDialog
      title={t('privacyPanel.status.titles.refused')}
      confirmLabel={t('privacyPanel.status.confirm.refused')}
      busyLabel={t('privacyPanel.preparing')}
      tone="danger"
      testId="refuse-dialog"
      onClose={onClose}
      onConfirm={async () => {
        if (reasons.length === 0) return setErrors({ reasons: t('errors.refusalReasonRequired') });
        if (reasons.includes('other') && !reasonText.trim()) return setErrors({ reasonText: t('errors.required') });
        try {
          onDone(await call('privacy.requests.refuse', { id: request.id, reasons, reasonText }));
        } catch (err) {
          if (err instanceof ApiCallError && (err.fields.reasons || err.fields.reasonText)) setErrors({ reasons: err.fields.reasons, reasonText: err.fields.reasonText });
          else throw err;
        }
      }}
    >
      <p>{t('privacyPanel.status.bodies.refused', { number: request.number })}</p>
      <fieldset className="fieldset refusal-reasons" aria-describedby={errors.reasons ? `${id}-reasons-error` : undefined} data-testid="refuse-reasons">
        <legend>{t('privacyPanel.status.refusalReasons')}</legend>
        <p className="muted fieldset__intro">{t('privacyPanel.refuse.reasonsIntro')}</p>
        {REQUEST_REFUSAL_REASONS.map((r) => (
          <label key={r} className="checkline checkline--top">
            <input
              type="checkbox"
              checked={reasons.includes(r)}
              onChange={(e) => {
                setReasons((prev) => (e.target.checked ? [...prev, r] : prev.filter((x) => x !== r)));
                setErrors({});
              }}
              data-testid={`refuse-reason-${r}`}
            />
            <span>{t(`privacyPanel.refuse.reasons.${r}`)}</span>
          </label>
        ))}
        {errors.reasons ? (
          <p id={`${id}-reasons-error`} className="field__error" role="alert" data-testid="refuse-reasons-error">
            {errors.reasons}
          </p>
        ) : null}
      </fieldset>
      <TextArea
        label={t('privacyPanel.refuse.reasonText')}
        hint={t('privacyPanel.status.refusalHint')}
        value={reasonText}
        onChange={(v) => (setReasonText(v), setErrors({}))}
        required={reasons.includes('other')}
        error={errors.reasonText}
        testId="refuse-reason-text"
        rows={2}
      />
    </ConfirmDialog>
  );
}
