// Username + password → session.login. Used by the login screen and by the lock screen's
// "another user logs in".
import { useEffect, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { loginInput, type SessionInfo } from '../../../../shared/api/session';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { bind, TextField } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';

const FIELDS = ['username', 'password'] as const;

interface LoginFormProps {
  initialUsername?: string | undefined;
  onLoggedIn: (session: SessionInfo) => void;
  /** Shown above the form until the user submits (e.g. "you have logged out"). */
  notice?: ReactNode;
  /** id of the heading that names the form */
  titleId: string;
}

export function LoginForm({ initialUsername, onLoggedIn, notice, titleId }: LoginFormProps) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(loginInput),
    defaultValues: { username: initialUsername ?? '', password: '' },
  });
  const { isSubmitting, isSubmitted } = form.formState;

  useEffect(() => {
    form.setFocus(initialUsername ? 'password' : 'username');
  }, [form, initialUsername]);

  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    try {
      onLoggedIn(await call('session.login', values));
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: FIELDS }, t));
      form.resetField('password');
      form.setFocus('password');
    }
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby={titleId} data-testid="login-form">
      {!isSubmitted && notice}
      <FormAlert message={alert} testId="login-error" />
      <TextField label={t('login.username')} autoComplete="username" autoCapitalize="none" spellCheck={false} {...bind(form, 'username')} />
      <TextField label={t('login.password')} type="password" autoComplete="current-password" {...bind(form, 'password')} />
      <div className="form__actions">
        <button type="submit" className="btn btn--primary btn--wide" disabled={isSubmitting}>
          {isSubmitting ? t('login.submitting') : t('login.submit')}
        </button>
      </div>
    </form>
  );
}
