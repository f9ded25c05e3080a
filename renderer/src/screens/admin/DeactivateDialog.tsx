import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../../shared/api/users';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { Modal } from '../../components/Modal';
import { errorMessage } from '../../forms/serverErrors';

export function DeactivateDialog({ user, onClose, onDone }: { user: UserRow; onClose: () => void; onDone: (user: UserRow) => void }) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    setAlert(null);
    try {
      onDone(await call('users.deactivate', { userId: user.id }));
    } catch (err) {
      setAlert(errorMessage(err, t));
      setBusy(false);
    }
  };

  return (
    <Modal title={t('users.deactivateTitle')} onClose={onClose} size="small" testId="deactivate-dialog">
      <FormAlert message={alert} />
      <p>{t('users.deactivateBody', { name: user.fullName, username: user.username })}</p>
      <div className="form__actions form__actions--end">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn--danger" disabled={busy} onClick={() => void confirm()}>
          {t('users.deactivateConfirm')}
        </button>
      </div>
    </Modal>
  );
}
