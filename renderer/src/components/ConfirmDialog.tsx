// A small yes/no dialog for a consequential action; shows the core's error if the action fails.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../forms/serverErrors';
import { FormAlert } from './Alerts';
import { Modal } from './Modal';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel?: string;
  tone?: 'primary' | 'danger';
  onConfirm: () => Promise<void>;
  onClose: () => void;
  testId?: string;
  /** Disables the confirm button (e.g. a required reason is missing). */
  disabled?: boolean;
}

export function ConfirmDialog({ title, children, confirmLabel, busyLabel, tone = 'primary', onConfirm, onClose, testId, disabled }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setAlert(null);
    try {
      await onConfirm();
    } catch (err) {
      setAlert(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title={title} onClose={onClose} size="small" testId={testId}>
      <FormAlert message={alert} />
      {children}
      <div className="form__actions form__actions--end">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className={tone === 'danger' ? 'btn btn--danger' : 'btn btn--primary'}
          disabled={busy || disabled}
          onClick={() => void confirm()}
          data-testid={testId ? `${testId}-confirm` : undefined}
        >
          {busy ? (busyLabel ?? t('common.saving')) : confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
