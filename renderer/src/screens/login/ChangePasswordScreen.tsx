// The forced password change after a temporary password (first login, or a manager's reset).
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../../../../shared/api/fields';
import { changePasswordInput, type SessionInfo } from '../../../../shared/api/session';
import { call } from '../../api';
import { AuthLayout } from '../../app/AuthLayout';
import { FormAlert } from '../../components/Alerts';
import { bind, TextField } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';

/** The contract's schema plus the confirmation, which only the UI asks for. */
const changePasswordForm = changePasswordInput
  .safeExtend({ confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'errors.passwordMismatch',
    when: () => true,
  });

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

interface ChangePasswordScreenProps {
  session: SessionInfo;
  onChanged: (session: SessionInfo) => void;
  onLogout: () => void;
  checkSession: (err: unknown) => Promise<boolean>;
}

export function ChangePasswordScreen({ session, onChanged, onLogout, checkSession }: ChangePasswordScreenProps) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(changePasswordForm),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const { isSubmitting } = form.formState;

  useEffect(() => {
    form.setFocus('currentPassword');
  }, [form]);

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    setAlert(null);
    try {
      onChanged(await call('session.changePassword', { currentPassword, newPassword }));
    } catch (err) {
      if (await checkSession(err)) return;
      setAlert(applyServerError(err, { setError: form.setError, fields: FIELDS }, t));
    }
  });

  return (
    <AuthLayout>
      <section className="card card--narrow">
        <h1 id="password-title">{t('password.title')}</h1>
        <p className="who">
          {session.user.fullName} <span className="muted">({session.user.username})</span>
        </p>
        <p className="muted">{t('password.forcedIntro')}</p>
        <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="password-title" data-testid="change-password-form">
          <FormAlert message={alert} />
          <TextField label={t('password.current')} type="password" autoComplete="current-password" {...bind(form, 'currentPassword')} />
          <TextField
            label={t('password.new')}
            type="password"
            autoComplete="new-password"
            hint={t('fields.user.passwordHint', { min: MIN_PASSWORD_LENGTH })}
            {...bind(form, 'newPassword')}
          />
          <TextField label={t('password.confirm')} type="password" autoComplete="new-password" {...bind(form, 'confirmPassword')} />
          <div className="form__actions">
            <button type="submit" className="btn btn--primary" disabled={isSubmitting}>
              {isSubmitting ? t('password.submitting') : t('password.submit')}
            </button>
            <button type="button" className="btn btn--secondary" onClick={onLogout}>
              {t('shell.logout')}
            </button>
          </div>
        </form>
      </section>
    </AuthLayout>
  );
}
