// The printed recovery code sets a new password for a manager account (setup.recover).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { recoverInput } from '../../../../shared/api/setup';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { bind, TextField } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';

const FIELDS = ['recoveryCode', 'username', 'newPassword', 'confirmPassword'] as const;
const schema = recoverInput.extend({ confirmPassword: recoverInput.shape.newPassword }).refine((v) => v.newPassword === v.confirmPassword, {
  message: 'errors.passwordMismatch',
  path: ['confirmPassword'],
});

export function RecoveryForm({ onDone, onCancel }: { onDone: (username: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { recoveryCode: '', username: '', newPassword: '', confirmPassword: '' } });

  const onSubmit = form.handleSubmit(async ({ confirmPassword: _confirm, ...values }) => {
    setAlert(null);
    try {
      await call('setup.recover', values);
      onDone(values.username);
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: FIELDS }, t));
    }
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="recovery-title" data-testid="recovery-form">
      <h1 id="recovery-title">{t('login.recoveryTitle')}</h1>
      <p className="muted">{t('login.recoveryIntro')}</p>
      <FormAlert message={alert} testId="recovery-error" />
      <TextField label={t('login.recoveryCode')} autoComplete="off" autoCapitalize="characters" spellCheck={false} {...bind(form, 'recoveryCode')} />
      <TextField label={t('login.username')} autoComplete="username" autoCapitalize="none" spellCheck={false} {...bind(form, 'username')} />
      <TextField label={t('login.newPassword')} type="password" autoComplete="new-password" {...bind(form, 'newPassword')} />
      <TextField label={t('login.confirmPassword')} type="password" autoComplete="new-password" {...bind(form, 'confirmPassword')} />
      <div className="form__actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('login.backToLogin')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={form.formState.isSubmitting}>
          {t('login.recoverSubmit')}
        </button>
      </div>
    </form>
  );
}
