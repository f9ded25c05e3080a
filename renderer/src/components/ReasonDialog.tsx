// A confirmation that needs a written reason (restricting processing, extending a deadline, a legal
// hold, a recipient not notified): the reason is required before the call, and the core's message
// about it lands under the field; other errors show at the top as in every ConfirmDialog.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../api';
import { ConfirmDialog } from './ConfirmDialog';
import { TextArea } from './TextArea';

interface ReasonDialogProps {
  title: string;
  confirmLabel: string;
  testId: string;
  /** What happens, above the fields. */
  body: ReactNode;
  reason: { label: string; hint?: string; testId: string; maxLength?: number; /** the parameter the core names in its field errors */ field?: string };
  /** Fields before and after the reason (their state stays with the caller). */
  before?: ReactNode;
  after?: ReactNode;
  submit: (reason: string) => Promise<void>;
  onClose: () => void;
}

export function ReasonDialog({ title, confirmLabel, testId, body, reason: field, before, after, submit, onClose }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const name = field.field ?? 'reason';
  return (
    <ConfirmDialog
      title={title}
      confirmLabel={confirmLabel}
      testId={testId}
      onClose={onClose}
      onConfirm={async () => {
        if (!reason.trim()) {
          setError(t('errors.required'));
          return;
        }
        try {
          await submit(reason);
        } catch (err) {
          if (err instanceof ApiCallError && err.fields[name]) setError(err.fields[name]);
          else throw err;
        }
      }}
    >
      {body}
      {before}
      <TextArea
        label={field.label}
        hint={field.hint}
        value={reason}
        onChange={(v) => (setReason(v), setError(undefined))}
        required
        error={error}
        maxLength={field.maxLength ?? 500}
        testId={field.testId}
        autoFocus
      />
      {after}
    </ConfirmDialog>
  );
}
