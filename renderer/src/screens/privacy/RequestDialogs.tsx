// Small decisions on a request, each in its own dialog: mark the paper signed, extend the deadline
// (manager, once, with a reason), move the status on (manager; a refusal needs its reasons).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyRequest, RequestStatus } from '../../../../shared/api/privacy';
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
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function MarkSignedDialog({ request, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  return (
    <ConfirmDialog
      title={t('privacyPanel.signed.title')}
      confirmLabel={t('privacyPanel.signed.confirm')}
      testId="mark-signed-dialog"
      onClose={onClose}
      onConfirm={async () => onDone(await call('privacy.requests.markSigned', { id: request.id, note }), t('privacyPanel.signed.done'))}
    >
      <p>{t('privacyPanel.signed.body', { number: request.number })}</p>
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

export function StatusDialog({ request, status, onClose, onDone }: DialogProps & { status: RequestStatus }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const refusing = status === 'refused';
  return (
    <ConfirmDialog
      title={t(`privacyPanel.status.titles.${status}`)}
      confirmLabel={t(`privacyPanel.status.confirm.${status}`)}
      tone={refusing ? 'danger' : 'primary'}
      testId="status-dialog"
      onClose={onClose}
      onConfirm={async () => {
        if (refusing && !note.trim()) {
          setError(t('errors.refusalReasonRequired'));
          return;
        }
        try {
          onDone(await call('privacy.requests.setStatus', { id: request.id, status, note }), t('privacyPanel.status.done', { status: t(`privacy.status.${status}`) }));
        } catch (err) {
          if (err instanceof ApiCallError && err.fields.note) setError(err.fields.note);
          else throw err;
        }
      }}
    >
      <p>{t(`privacyPanel.status.bodies.${status}`, { number: request.number })}</p>
      <TextArea
        label={refusing ? t('privacyPanel.status.refusalReasons') : t('privacyPanel.status.note')}
        hint={refusing ? t('privacyPanel.status.refusalHint') : undefined}
        value={note}
        onChange={(v) => (setNote(v), setError(undefined))}
        required={refusing}
        error={error}
        testId="status-note"
        autoFocus
      />
    </ConfirmDialog>
  );
}
