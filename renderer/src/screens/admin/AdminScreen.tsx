// Administration (managers only): users, settings, the audit log, backups (settings, restore) and
// the support log.
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/api/session';
import type { AdminTab, Notice } from '../../app/types';
import { BackupAdmin } from '../backup/BackupAdmin';
import { InvoicingSettingsPanel } from '../invoices/InvoicingSettingsPanel';
import { SettingsScreen } from '../settings/SettingsScreen';
import { AuditScreen } from './AuditScreen';
import { UsersScreen } from './UsersScreen';
import { SupportLogScreen } from './SupportLogScreen';

const TABS: AdminTab[] = ['users', 'settings', 'invoicing', 'audit', 'backup', 'supportLog'];

interface AdminScreenProps {
  session: SessionInfo;
  tab: AdminTab;
  onTab: (tab: AdminTab) => void;
  onIdleMinutesChanged: (minutes: number) => void;
  /** A restore ended every session: to the login screen. */
  onSessionEnded: (notice: Notice) => void;
}

export function AdminScreen({ session, tab, onTab, onIdleMinutesChanged, onSessionEnded }: AdminScreenProps) {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="admin-title" data-testid="screen-admin">
      <h1 id="admin-title" tabIndex={-1}>
        {t('admin.title')}
      </h1>
      <nav className="subnav" aria-label={t('admin.sectionsLabel')}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            className="subnav__item"
            aria-current={id === tab ? 'page' : undefined}
            data-testid={`admin-tab-${id}`}
            onClick={() => onTab(id)}
          >
            {id === 'invoicing' ? t('invoices.settings.tab') : id === 'supportLog' ? t('support.log.tab') : t(`admin.tabs.${id}`)}
          </button>
        ))}
      </nav>
      {tab === 'users' && <UsersScreen me={session.user.id} />}
      {tab === 'settings' && <SettingsScreen onIdleMinutesChanged={onIdleMinutesChanged} />}
      {tab === 'invoicing' && <InvoicingSettingsPanel />}
      {tab === 'audit' && <AuditScreen />}
      {tab === 'backup' && <BackupAdmin onSessionEnded={onSessionEnded} />}
      {tab === 'supportLog' && <SupportLogScreen />}
    </section>
  );
}
