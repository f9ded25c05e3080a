import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/api/session';
import { AuthLayout } from '../../app/AuthLayout';
import type { Notice } from '../../app/types';
import { LoginForm } from './LoginForm';

interface LoginScreenProps {
  notice?: Notice | undefined;
  initialUsername?: string | undefined;
  onLoggedIn: (session: SessionInfo) => void;
}

export function LoginScreen({ notice, initialUsername, onLoggedIn }: LoginScreenProps) {
  const { t } = useTranslation();
  const noticeText = notice ? ('key' in notice ? t(notice.key) : notice.text) : null;
  return (
    <AuthLayout>
      <section className="card card--narrow">
        <h1 id="login-title">{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        <LoginForm
          titleId="login-title"
          initialUsername={initialUsername}
          onLoggedIn={onLoggedIn}
          notice={
            noticeText ? (
              <div role={notice?.tone === 'error' ? 'alert' : 'status'} className={`alert alert--${notice?.tone === 'error' ? 'error' : 'info'}`} data-testid="login-notice">
                {noticeText}
              </div>
            ) : null
          }
        />
      </section>
    </AuthLayout>
  );
}
