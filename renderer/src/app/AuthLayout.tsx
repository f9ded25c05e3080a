// The frame of every screen shown before the app itself: setup, login, password change, lock.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';

export function AuthLayout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="auth">
      <header className="auth__bar">
        <span className="brand">
          <span className="brand__mark" aria-hidden="true" />
          {t('app.name')}
        </span>
        <LanguageSwitch />
      </header>
      <main className={wide ? 'auth__main auth__main--wide' : 'auth__main'}>{children}</main>
    </div>
  );
}
