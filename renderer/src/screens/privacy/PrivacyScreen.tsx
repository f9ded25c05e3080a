// Privacy (Alt+4): the signed-request log and what the law asks of it — requests at the counter,
// the manager's decisions, the tamper-evident log, document verification, disclosures and the
// privacy notice. Sub-sections as tabs; the requests form a stack (list → card, list → new).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/api/session';
import { useLeave } from '../../components/UnsavedChanges';
import { DisclosuresPanel } from './DisclosuresPanel';
import { LogTools } from './LogTools';
import { RequestCard } from './RequestCard';
import { RequestForm } from './RequestForm';
import { RequestsHome, type RequestsViewName } from './RequestsHome';
import { VerifyDocument } from './VerifyDocument';

type Tab = 'requests' | 'log' | 'verify' | 'disclosures';

export type RequestsView = { kind: 'list' } | { kind: 'new' } | { kind: 'card'; id: number; notice?: string | undefined; alert?: string | undefined };

export interface RequestsNav {
  toList: () => void;
  /** Without asking about unsaved edits (after a save). */
  toCard: (id: number, notice?: string, alert?: string) => void;
  openCard: (id: number) => void;
  openNew: () => void;
}

const dialogOpen = () => document.querySelector('dialog[open]') !== null;

/** `initial`: where home's link lands — a request's card, or the list of one view. */
export function PrivacyScreen({ session, initial }: { session: SessionInfo; initial?: { view?: RequestsView; listView?: RequestsViewName } | undefined }) {
  const { t } = useTranslation();
  const leave = useLeave();
  const isManager = session.user.role === 'manager';
  const tabs: Tab[] = isManager ? ['requests', 'log', 'verify', 'disclosures'] : ['requests', 'verify', 'disclosures'];
  const [tab, setTab] = useState<Tab>('requests');
  const [view, setView] = useState<RequestsView>(initial?.view ?? { kind: 'list' });
  const [listView, setListView] = useState<RequestsViewName>(initial?.listView ?? 'open');
  const [seq, setSeq] = useState(0);

  const nav: RequestsNav = {
    toList: () => leave(() => setView({ kind: 'list' })),
    toCard: (id, notice, alert) => {
      setSeq((n) => n + 1);
      setView({ kind: 'card', id, notice, alert });
    },
    openCard: (id) => leave(() => setView({ kind: 'card', id })),
    openNew: () => leave(() => setView({ kind: 'new' })),
  };

  const toTab = (next: Tab) =>
    leave(() => {
      setTab(next);
      setView({ kind: 'list' });
    });

  // Esc from a card or the form back to the list; Alt+N a new request.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || dialogOpen() || tab !== 'requests') return;
      if (e.key === 'Escape' && view.kind !== 'list') {
        e.preventDefault();
        leave(() => setView({ kind: 'list' }));
      } else if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN' && view.kind !== 'new') {
        e.preventDefault();
        leave(() => setView({ kind: 'new' }));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [tab, view.kind, leave]);

  return (
    <section className="page page--wide" aria-labelledby="privacy-title" data-testid="screen-privacy">
      <div className="page__head">
        <h1 id="privacy-title" tabIndex={-1}>
          {t('nav.privacy')}
        </h1>
        <nav className="subnav subnav--inline" aria-label={t('privacyPanel.tabsLabel')}>
          {tabs.map((id) => (
            <button key={id} type="button" className="subnav__item" aria-current={id === tab ? 'page' : undefined} data-testid={`privacy-tab-${id}`} onClick={() => toTab(id)}>
              {t(`privacyPanel.tabs.${id}`)}
            </button>
          ))}
        </nav>
      </div>
      {tab === 'requests' && view.kind === 'list' && <RequestsHome view={listView} onView={setListView} nav={nav} />}
      {tab === 'requests' && view.kind === 'new' && <RequestForm nav={nav} />}
      {tab === 'requests' && view.kind === 'card' && (
        <RequestCard key={`${view.id}-${seq}`} id={view.id} notice={view.notice} alert={view.alert} isManager={isManager} nav={nav} />
      )}
      {tab === 'log' && isManager && <LogTools />}
      {tab === 'verify' && <VerifyDocument />}
      {tab === 'disclosures' && <DisclosuresPanel />}
    </section>
  );
}
