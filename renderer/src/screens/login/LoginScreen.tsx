import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/api/session';
import { AuthLayout } from '../../app/AuthLayout';
import type { Notice } from '../../app/types';
import { LoginForm } from './LoginForm';
import { RecoveryForm } from './RecoveryForm';

interface LoginScreenProps {
  notice?: Notice | undefined;
  initialUsername?: string | undefined;
  onLoggedIn: (session: SessionInfo) => void;
}

export function LoginScreen({ notice, initialUsername, onLoggedIn }: LoginScreenProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<{ kind: 'login'; username?: string; recovered?: boolean } | { kind: 'recover' }>({ kind: 'login' });
  const noticeText = mode.kind === 'login' && mode.recovered ? t('login.recoveryDone') : notice ? ('key' in notice ? t(notice.key) : notice.text) : null;
  if (mode.kind === 'recover') {
    return (
      <AuthLayout>
        <section className="card card--narrow">
          <RecoveryForm onDone={(username) => setMode({ kind: 'login', username, recovered: true })} onCancel={() => setMode({ kind: 'login' })} />
        </section>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout>
      <section className="card card--narrow">
        <h1 id="login-title">{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        <LoginForm
          titleId="login-title"
          key={mode.username ?? ''}
          initialUsername={mode.username ?? initialUsername}
          onLoggedIn={onLoggedIn}
          notice={
            noticeText ? (
              <div role={notice?.tone === 'error' && !(mode.kind === 'login' && mode.recovered) ? 'alert' : 'status'} className={`alert alert--${notice?.tone === 'error' && !(mode.kind === 'login' && mode.recovered) ? 'error' : 'info'}`} data-testid="login-notice">
                <p className="login-notice__text">{noticeText}</p>
                {notice && 'items' in notice && notice.items?.length && !(mode.kind === 'login' && mode.recovered) ? (
                  <ul className="login-notice__items" data-testid="login-notice-items">
                    {notice.items.map((item, i) => (
                      <li key={i}>{item}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ) : null
          }
        />
        <p className="auth-footer muted">
          <button type="button" className="btn btn--link" onClick={() => setMode({ kind: 'recover' })} data-testid="recovery-link">
            {t('login.forgot')}
          </button>
        </p>
      </section>
    </AuthLayout>
  );
}
