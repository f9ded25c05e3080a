import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../../../shared/api/fields';
import { resetPasswordInput, type UserRow } from '../../../../shared/api/users';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { Modal } from '../../components/Modal';
import { bind, TextField } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';

/** The user is fixed by the dialog; the form asks only for the temporary password. */
const resetForm = resetPasswordInput.pick({ temporaryPassword: true });

export function ResetPasswordDialog({ user, onClose, onDone }: { user: UserRow; onClose: () => void; onDone: (user: UserRow) => void }) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(resetForm), defaultValues: { temporaryPassword: '' } });
  const { isSubmitting } = form.formState;

  useEffect(() => {
    form.setFocus('temporaryPassword');
  }, [form]);

  const onSubmit = form.handleSubmit(async ({ temporaryPassword }) => {
    setAlert(null);
    try {
      onDone(await call('users.resetPassword', { userId: user.id, temporaryPassword }));
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: ['temporaryPassword'] }, t));
    }
  });

  return (
    <Modal title={t('users.resetTitle')} onClose={onClose} size="small" testId="reset-password-dialog">
      <form className="form" noValidate onSubmit={onSubmit}>
        <p className="muted">{t('users.resetIntro', { name: user.fullName, username: user.username })}</p>
        <FormAlert message={alert} />
        <TextField
          label={t('fields.user.temporaryPassword')}
          type="password"
          autoComplete="new-password"
          hint={t('fields.user.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          {...bind(form, 'temporaryPassword')}
        />
        <div className="form__actions form__actions--end">
          <button type="button" className="btn btn--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={isSubmitting}>
            {t('users.resetSubmit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
