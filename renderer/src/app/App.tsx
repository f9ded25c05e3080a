// The app's top level: which screen is showing. Setup on a new data folder, then login, a forced
// password change, the app shell, and the lock screen — which replaces everything else, so
// nothing of the app stays rendered behind it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodName } from '../../../shared/api';
import type { SessionInfo } from '../../../shared/api/session';
import { ApiCallError, call, onCallFailure } from '../api';
import { errorMessage } from '../forms/serverErrors';
import { SetupWizard } from '../screens/setup/SetupWizard';
import { LoginScreen } from '../screens/login/LoginScreen';
import { ChangePasswordScreen } from '../screens/login/ChangePasswordScreen';
import { LockScreen } from '../screens/lock/LockScreen';
import { Shell } from '../screens/shell/Shell';
import { AuthLayout } from './AuthLayout';
import type { AdminTab, Notice, Section, View } from './types';
import { useIdleLock } from './useIdleLock';

/** Calls whose failures their own screen explains (a LOCKED answer there means the account is
 * locked out, not that the screen is). */
const SELF_HANDLED: ReadonlySet<MethodName> = new Set<MethodName>([
  'setup.status',
  'setup.createRegister',
  'session.login',
  'session.logout',
  'session.current',
  'session.lock',
  'session.unlock',
  'session.changePassword',
  // wrong credentials for the backup's account answer AUTH_REQUIRED / LOCKED: the form says so
  'backup.restore',
]);

const afterLogin = (session: SessionInfo): View =>
  session.mustChangePassword ? { kind: 'change-password', session } : { kind: 'app', session };

export function App() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [section, setSection] = useState<Section>('home');
  const [adminTab, setAdminTab] = useState<AdminTab>('users');
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);

  const start = useCallback(async () => {
    setView({ kind: 'loading' });
    try {
      const status = await call('setup.status', {});
      if (status.state === 'new') return setView({ kind: 'setup' });
      const current = await call('session.current', {});
      if (!current.session) return setView({ kind: 'login' });
      setView(current.locked ? { kind: 'locked', session: current.session } : afterLogin(current.session));
    } catch (err) {
      setView({ kind: 'startup-error', message: errorMessage(err, t) });
    }
  }, [t]);

  useEffect(() => {
    void start();
    // only once, at start
  }, []);

  const toLogin = useCallback((notice?: Notice) => setView(notice ? { kind: 'login', notice } : { kind: 'login' }), []);

  const lockNow = useCallback(() => {
    const v = viewRef.current;
    if (v.kind !== 'app' && v.kind !== 'change-password') return;
    // Hide the app first, then tell the core.
    setView({ kind: 'locked', session: v.session });
    call('session.lock', {}).catch((err: unknown) => {
      if (err instanceof ApiCallError && err.code === 'AUTH_REQUIRED') toLogin({ tone: 'info', key: 'login.sessionEnded' });
    });
  }, [toLogin]);

  const logout = useCallback(async () => {
    try {
      await call('session.logout', {});
    } catch {
      // the next login replaces whatever is left of the session
    }
    toLogin({ tone: 'info', key: 'login.loggedOut' });
  }, [toLogin]);

  /** After an AUTH_REQUIRED or LOCKED answer on the lock or password screen: is the session
   * still there? Moves to the right screen and returns true if it is not usable any more. */
  const checkSession = useCallback(
    async (err: unknown): Promise<boolean> => {
      if (!(err instanceof ApiCallError) || (err.code !== 'AUTH_REQUIRED' && err.code !== 'LOCKED')) return false;
      try {
        const current = await call('session.current', {});
        if (!current.session) {
          toLogin({ tone: 'error', text: err.message });
          return true;
        }
        if (current.locked && viewRef.current.kind !== 'locked') {
          setView({ kind: 'locked', session: current.session });
          return true;
        }
      } catch {
        // unknown: let the screen show the error
      }
      return false;
    },
    [toLogin],
  );

  // Any call answering LOCKED while logged in shows the lock screen; a lost session the login.
  useEffect(
    () =>
      onCallFailure((method, err) => {
        const v = viewRef.current;
        if ((v.kind !== 'app' && v.kind !== 'change-password') || SELF_HANDLED.has(method)) return;
        if (err.code === 'LOCKED') setView({ kind: 'locked', session: v.session });
        else if (err.code === 'AUTH_REQUIRED') toLogin({ tone: 'info', key: 'login.sessionEnded' });
        else if (err.code === 'PASSWORD_CHANGE_REQUIRED') setView({ kind: 'change-password', session: { ...v.session, mustChangePassword: true } });
      }),
    [toLogin],
  );

  // Events from the main process.
  useEffect(
    () =>
      window.register.onEvent((event) => {
        const v = viewRef.current;
        if (event.type === 'locked' && (v.kind === 'app' || v.kind === 'change-password')) setView({ kind: 'locked', session: v.session });
        if (event.type === 'logged-out' && (v.kind === 'app' || v.kind === 'change-password' || v.kind === 'locked')) {
          toLogin({ tone: 'info', key: 'login.sessionEnded' });
        }
      }),
    [toLogin],
  );

  const session = view.kind === 'app' || view.kind === 'change-password' ? view.session : null;
  useIdleLock({
    enabled: session !== null,
    minutes: session?.idleLockMinutes ?? 5,
    heartbeat: view.kind === 'app',
    onIdle: lockNow,
  });

  const loggedIn = useCallback((s: SessionInfo) => setView(afterLogin(s)), []);
  /** A fresh login (not an unlock): the day starts on home, with its duties. */
  const freshLogin = useCallback((s: SessionInfo) => {
    setSection('home');
    setView(afterLogin(s));
  }, []);

  /** A restore ended every session: the login screen with what happened, and afterwards the first
   * section. The ref is set at once, so the core's "logged-out" event, which may arrive just
   * after, does not replace the notice with a plain "session ended". */
  const sessionEnded = useCallback((notice: Notice) => {
    const next: View = { kind: 'login', notice };
    viewRef.current = next;
    setSection('home');
    setView(next);
  }, []);

  switch (view.kind) {
    case 'loading':
      return (
        <AuthLayout>
          <p className="loading" role="status">
            {t('startup.loading')}
          </p>
        </AuthLayout>
      );
    case 'startup-error':
      return (
        <AuthLayout>
          <section className="card">
            <h1>{t('startup.failed')}</h1>
            <div role="alert" className="alert alert--error">
              {view.message}
            </div>
            <button type="button" className="btn btn--primary" onClick={() => void start()}>
              {t('common.retry')}
            </button>
          </section>
        </AuthLayout>
      );
    case 'setup':
      return <SetupWizard onDone={(username) => setView({ kind: 'login', username, notice: { tone: 'info', key: 'login.registerCreated' } })} />;
    case 'login':
      return <LoginScreen notice={view.notice} initialUsername={view.username} onLoggedIn={freshLogin} />;
    case 'change-password':
      return <ChangePasswordScreen session={view.session} onChanged={loggedIn} onLogout={logout} checkSession={checkSession} />;
    case 'locked':
      return <LockScreen session={view.session} onUnlocked={loggedIn} onLoggedIn={freshLogin} checkSession={checkSession} />;
    case 'app':
      return (
        <Shell
          session={view.session}
          section={section}
          onSection={setSection}
          adminTab={adminTab}
          onAdminTab={setAdminTab}
          onLock={lockNow}
          onLogout={logout}
          onSessionEnded={sessionEnded}
          onIdleMinutesChanged={(minutes) => setView({ kind: 'app', session: { ...view.session, idleLockMinutes: minutes } })}
        />
      );
  }
}
