// The app after login: top bar (who, language, lock, logout), the main menu and one screen.
// Keyboard: Alt+1…8 jump between the menu's sections; the section's heading takes focus (or the
// element a screen marks with data-autofocus, e.g. the customer search box).
// Moving away from a screen with unsaved edits asks first (UnsavedChangesProvider).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import type { AppCommand } from '../../../../shared/api/commands';
import { shortcutCommand } from '../../app/shortcuts';
import { HomeScreen } from '../home/HomeScreen';
import { ShortcutsDialog } from './ShortcutsDialog';
import { sectionOf, type Target } from '../home/targets';
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
  const current = section === 'backup' || items.some((i) => i.section === section) ? section : 'home';
  /** Where a link of home (or a command) asked to land; `seq` remounts the screen for each. */
  const [target, setTarget] = useState<{ seq: number; to: Target } | null>(null);
  const landing = target && sectionOf(target.to) === current ? target : null;
  const openTarget = useCallback(
    (to: Target) =>
      leave(() => {
        if (to.kind === 'admin') onAdminTab(to.tab);
        setTarget((prev) => ({ seq: (prev?.seq ?? 0) + 1, to }));
        setSection(sectionOf(to));
      }),
    [leave, onAdminTab, setSection],
  );
  /** A tab of Administration, from a screen that points there (asks first about unsaved edits). */
  const openAdmin = (tab: AdminTab) =>
    leave(() => {
      onAdminTab(tab);
      setSection('admin');
    });
  const onSection = useCallback(
    (s: Section) =>
      s === current
        ? undefined
        : leave(() => {
            setTarget(null);
            setSection(s);
          }),
    [current, leave, setSection],
  );

  // A section the user may not see (another user logged in at the lock screen): go home.
  useEffect(() => {
    if (current !== section) setSection(current);
  }, [current, section, setSection]);

  useEffect(() => {
    const main = mainRef.current;
    (main?.querySelector<HTMLElement>('[data-autofocus]') ?? main?.querySelector<HTMLElement>('h1'))?.focus();
  }, [current]);

  // Ctrl+F: the customer search, focused (also from a customer's card or another section).
  useEffect(() => {
    if (target?.to.kind !== 'customerList') return;
    const search = mainRef.current?.querySelector<HTMLInputElement>('[data-autofocus]');
    search?.focus();
    search?.select();
  }, [target]);

  const [help, setHelp] = useState(false);
  /** A text key: shown in the language of the moment. */
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 5000);
    return () => clearTimeout(timer);
  }, [notice]);

  /** Print: the view's document (a button marked data-print; in an open dialog first). */
  const print = useCallback(() => {
    const scope = document.querySelector('dialog[open]') ?? mainRef.current;
    const button = Array.from(scope?.querySelectorAll<HTMLButtonElement>('[data-print]') ?? []).find((b) => !b.disabled && b.offsetParent !== null);
    if (button) button.click();
    else setNotice('desk.shortcuts.nothingToPrint');
  }, []);

  /** A command from a shortcut or the application menu. */
  const run = useCallback(
    (command: AppCommand) => {
      const [kind, name] = command.split(':') as ['section' | 'action', string];
      if (kind === 'section') {
        if (name === 'backup' || items.some((i) => i.section === name)) onSection(name as Section);
        return;
      }
      switch (name) {
        case 'search':
          return openTarget({ kind: 'customerList' });
        case 'newCustomer':
          return openTarget({ kind: 'newCustomer' });
        case 'newOrder':
          return openTarget({ kind: 'newOrder' });
        case 'print':
          return print();
        case 'lock':
          return onLock();
        case 'backup':
          return onSection('backup');
        case 'shortcuts':
          return setHelp(true);
        case 'logout':
          return onLogout();
      }
    },
    [items, onSection, openTarget, print, onLock, onLogout],
  );

  // The shortcuts (app/shortcuts.ts). With a dialog open only lock, print and F1 act: the others
  // would navigate away beneath it.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = shortcutCommand(e);
      if (!command || e.defaultPrevented) return;
      e.preventDefault();
      const dialog = document.querySelector('dialog[open]') !== null;
      if (dialog && command !== 'action:lock' && command !== 'action:print') return;
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  // The application menu's commands (Electron), through the preload's event channel.
  useEffect(
    () =>
      window.register.onEvent((event) => {
        if (event.type === 'command') run(event.command);
      }),
    [run],
  );

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
        {current === 'home' && <HomeScreen role={role} onOpen={openTarget} />}
        {current === 'customers' && (
          <CustomersScreen
            key={landing?.seq}
            session={session}
            initial={landing?.to.kind === 'customer' ? { kind: 'card', id: landing.to.id } : landing?.to.kind === 'newCustomer' ? { kind: 'new' } : undefined}
          />
        )}
        {current === 'orders' && <OrdersScreen key={landing?.seq} />}
        {current === 'products' && <ProductsScreen role={role} />}
        {current === 'reports' && <ReportsScreen />}
        {current === 'invoices' && (
          <InvoicesScreen
            key={landing?.seq}
            initialOpen={landing?.to.kind === 'invoice' ? landing.to.id : undefined}
            initialFilter={landing?.to.kind === 'invoices' ? landing.to.filter : undefined}
          />
        )}
        {current === 'privacy' && (
          <PrivacyScreen
            key={landing?.seq}
            session={session}
            initial={landing?.to.kind === 'request' ? { view: { kind: 'card', id: landing.to.id } } : landing?.to.kind === 'requests' ? { listView: landing.to.view } : undefined}
          />
        )}
        {current === 'marketing' && <LabelsScreen />}
        {current === 'admin' && <AdminScreen session={session} tab={adminTab} onTab={onAdminTab} onIdleMinutesChanged={onIdleMinutesChanged} onSessionEnded={onSessionEnded} />}
        {current === 'backup' && (
          <BackupScreen role={role} onOpenAdmin={() => openAdmin('backup')} />
        )}
      </main>
      <div className="shell-notice" role="status" aria-live="polite" data-testid="shell-notice">
        {notice ? t(notice) : null}
      </div>
      {help ? <ShortcutsDialog lastSectionKey={items.at(-1)?.key ?? '1'} onClose={() => setHelp(false)} /> : null}
      <BackupStatusBar current={current === 'backup'} onOpen={() => onSection('backup')} user={{ name: session.user.fullName, role: t(`roles.${role}`) }} />
    </div>
  );
}
