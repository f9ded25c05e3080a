// The lock screen. It is all there is on the page while the session is locked: the app behind it
// is not rendered at all. The same user's password opens it; another user may log in instead,
// which replaces the locked session.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { unlockInput, type SessionInfo } from '../../../../shared/api/session';
import { call } from '../../api';
import { AuthLayout } from '../../app/AuthLayout';
import { FormAlert } from '../../components/Alerts';
import { Icon } from '../../components/Icon';
import { bind, TextField } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';
import { LoginForm } from '../login/LoginForm';

interface LockScreenProps {
  session: SessionInfo;
  onUnlocked: (session: SessionInfo) => void;
  onLoggedIn: (session: SessionInfo) => void;
  checkSession: (err: unknown) => Promise<boolean>;
}

export function LockScreen({ session, onUnlocked, onLoggedIn, checkSession }: LockScreenProps) {
  const { t } = useTranslation();
  const [otherUser, setOtherUser] = useState(false);
  return (
    <AuthLayout>
      <section className="card card--narrow lock" data-testid="lock-screen">
        <Icon name="lock" className="lock__icon" />
        <h1 id="lock-title">{t('lock.title')}</h1>
        <p className="who" data-testid="lock-user">
          {t('lock.loggedInAs', { name: session.user.fullName, username: session.user.username })}
        </p>
        {otherUser ? (
          <>
            <h2 id="other-user-title" className="lock__subtitle">
              {t('lock.otherUser')}
            </h2>
            <p className="muted">{t('lock.otherUserIntro')}</p>
            <LoginForm titleId="other-user-title" onLoggedIn={onLoggedIn} />
            <button type="button" className="btn btn--link" onClick={() => setOtherUser(false)}>
              {t('lock.backToUnlock')}
            </button>
          </>
        ) : (
          <>
            <p className="muted">{t('lock.intro')}</p>
            <UnlockForm onUnlocked={onUnlocked} checkSession={checkSession} />
            <button type="button" className="btn btn--link" onClick={() => setOtherUser(true)} data-testid="lock-other-user">
              {t('lock.otherUser')}
            </button>
          </>
        )}
      </section>
    </AuthLayout>
  );
}

function UnlockForm({ onUnlocked, checkSession }: Pick<LockScreenProps, 'onUnlocked' | 'checkSession'>) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(unlockInput), defaultValues: { password: '' } });
  const { isSubmitting } = form.formState;

  useEffect(() => {
    form.setFocus('password');
  }, [form]);

  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    try {
      onUnlocked(await call('session.unlock', values));
    } catch (err) {
      // Locked out, or the session ended meanwhile: back to the login screen with the reason.
      if (await checkSession(err)) return;
      setAlert(applyServerError(err, { setError: form.setError, fields: ['password'] }, t));
      form.resetField('password');
      form.setFocus('password');
    }
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="lock-title" data-testid="unlock-form">
      <FormAlert message={alert} testId="unlock-error" />
      <TextField label={t('lock.password')} type="password" autoComplete="current-password" {...bind(form, 'password')} />
      <div className="form__actions">
        <button type="submit" className="btn btn--primary btn--wide" disabled={isSubmitting}>
          {isSubmitting ? t('lock.submitting') : t('lock.submit')}
        </button>
      </div>
    </form>
  );
}
