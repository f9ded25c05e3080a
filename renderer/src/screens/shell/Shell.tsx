// The app after login: top bar (who, language, lock, logout), the main menu and one screen.
// Keyboard: Alt+1…8 jump between the menu's sections; the section's heading takes focus (or the
// element a screen marks with data-autofocus, e.g. the customer search box).
// Moving away from a screen with unsaved edits asks first (UnsavedChangesProvider).
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/api/session';
import type { AdminTab, Notice, Section } from '../../app/types';
import { BackupStatusBar } from '../../components/BackupStatusBar';
import { Icon } from '../../components/Icon';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { UnsavedChangesProvider, useLeave } from '../../components/UnsavedChanges';
import { AdminScreen } from '../admin/AdminScreen';
import { BackupScreen } from '../backup/BackupScreen';
import { CustomersScreen } from '../customers/CustomersScreen';
import { InvoicesScreen } from '../invoices/InvoicesScreen';
import { OrdersScreen } from '../orders/OrdersScreen';
import { ProductsScreen } from '../products/ProductsScreen';
import { ReportsScreen } from '../reports/ReportsScreen';
import { PrivacyScreen } from '../privacy/PrivacyScreen';
import { LabelsScreen } from '../marketing/LabelsScreen';
import { InvoicingReminder } from './InvoicingReminder';
import { navFor } from './nav';

interface ShellProps {
  session: SessionInfo;
  section: Section;
  onSection: (section: Section) => void;
  adminTab: AdminTab;
  onAdminTab: (tab: AdminTab) => void;
  onLock: () => void;
  onLogout: () => void;
  onIdleMinutesChanged: (minutes: number) => void;
  /** Every session ended (a restore): to the login screen with this notice. */
  onSessionEnded: (notice: Notice) => void;
}

export function Shell(props: ShellProps) {
  return (
    <UnsavedChangesProvider>
      <ShellFrame {...props} />
    </UnsavedChangesProvider>
  );
}

function ShellFrame({ session, section, onSection: setSection, adminTab, onAdminTab, onLock, onLogout: logout, onIdleMinutesChanged, onSessionEnded }: ShellProps) {
  const { t } = useTranslation();
  const leave = useLeave();
  const onLogout = () => leave(logout);
  const mainRef = useRef<HTMLElement>(null);
  const role = session.user.role;
  const items = useMemo(() => navFor(role), [role]);
  // Backups: not in the menu (the status bar's button), open to every role.
  const current = section === 'backup' || items.some((i) => i.section === section) ? section : 'customers';
  /** A tab of Administration, from a screen that points there (asks first about unsaved edits). */
  const openAdmin = (tab: AdminTab) =>
    leave(() => {
      onAdminTab(tab);
      setSection('admin');
    });
  const onSection = useCallback((s: Section) => (s === current ? undefined : leave(() => setSection(s))), [current, leave, setSection]);

  // A section the user may not see (another user logged in at the lock screen): go home.
  useEffect(() => {
    if (current !== section) setSection(current);
  }, [current, section, setSection]);

  useEffect(() => {
    const main = mainRef.current;
    (main?.querySelector<HTMLElement>('[data-autofocus]') ?? main?.querySelector<HTMLElement>('h1'))?.focus();
  }, [current]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const digit = /^Digit([1-9])$/.exec(e.code)?.[1];
      const item = items.find((i) => i.key === digit);
      if (!item) return;
      e.preventDefault();
      onSection(item.section);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, onSection]);

  return (
    <div className="shell">
      <button type="button" className="skip-link" onClick={() => mainRef.current?.querySelector<HTMLElement>('h1')?.focus()}>
        {t('shell.skipToContent')}
      </button>
      <header className="topbar">
        <span className="brand brand--light">
          <span className="brand__mark" aria-hidden="true" />
          {t('app.name')}
        </span>
        <div className="topbar__right">
          <div className="topbar__user" aria-label={t('shell.userMenu')} role="group" data-testid="current-user">
            <span className="topbar__name">{session.user.fullName}</span>
            <span className="topbar__role">{t(`roles.${session.user.role}`)}</span>
          </div>
          <LanguageSwitch />
          <button type="button" className="btn btn--topbar" onClick={onLock} title={t('shell.lockTitle')} data-testid="lock-button">
            <Icon name="lock" />
            {t('shell.lock')}
          </button>
          <button type="button" className="btn btn--topbar" onClick={onLogout} data-testid="logout-button">
            {t('shell.logout')}
          </button>
        </div>
      </header>
      <nav className="sidenav" aria-label={t('shell.navLabel')}>
        <ul>
          {items.map((item) => (
            <li key={item.section}>
              <button
                type="button"
                className="sidenav__item"
                aria-current={item.section === current ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${item.key}`}
                data-testid={`nav-${item.section}`}
                onClick={() => onSection(item.section)}
              >
                <Icon name={item.section} className="sidenav__icon" />
                <span className="sidenav__label">{t(`nav.${item.section}`)}</span>
                <kbd className="sidenav__key" aria-hidden="true">
                  {item.key}
                </kbd>
              </button>
            </li>
          ))}
        </ul>
        <p className="sidenav__hint">{t('shell.shortcuts', { last: items.at(-1)?.key ?? '1' })}</p>
      </nav>
      <main className="content" ref={mainRef} id="main">
        {current === 'customers' && (
          <>
            <InvoicingReminder role={role} onOpen={() => openAdmin('invoicing')} />
            <CustomersScreen session={session} />
          </>
        )}
        {current === 'orders' && <OrdersScreen />}
        {current === 'products' && <ProductsScreen role={role} />}
        {current === 'reports' && <ReportsScreen />}
        {current === 'invoices' && <InvoicesScreen />}
        {current === 'privacy' && <PrivacyScreen session={session} />}
        {current === 'marketing' && <LabelsScreen />}
        {current === 'admin' && <AdminScreen session={session} tab={adminTab} onTab={onAdminTab} onIdleMinutesChanged={onIdleMinutesChanged} onSessionEnded={onSessionEnded} />}
        {current === 'backup' && (
          <BackupScreen role={role} onOpenAdmin={() => openAdmin('backup')} />
        )}
      </main>
      <BackupStatusBar current={current === 'backup'} onOpen={() => onSection('backup')} />
    </div>
  );
}
