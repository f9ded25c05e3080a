// Customers (Alt+1), the default screen after login: people and organisations, as two tabs.
// Inside the section the views form a stack (list → card → edit, card → organisation → card…);
// Esc and Back pop it, and any move away from unsaved edits asks first.
// Keys: "/" or Ctrl+K to the search box, Alt+N a new customer (a new organisation on that tab).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/api/session';
import { call } from '../../api';
import { useLeave } from '../../components/UnsavedChanges';
import { OrganizationCard } from '../organizations/OrganizationCard';
import { OrganizationForm } from '../organizations/OrganizationForm';
import { OrganizationList } from '../organizations/OrganizationList';
import { DEFAULT_LAYOUT, LAYOUT_KEY, parseLayout, type ColumnLayout } from './columns';
import { CustomerCard } from './CustomerCard';
import { CustomerForm, initialFromQuery, type CustomerPrefill } from './CustomerForm';
import { CustomerList, type ListMemory } from './CustomerList';
import { ImportScreen } from './ImportScreen';

export type CustomersView =
  | { kind: 'list' }
  | { kind: 'card'; id: number; notice?: string }
  | { kind: 'new'; prefill?: CustomerPrefill }
  | { kind: 'edit'; id: number }
  | { kind: 'import' }
  | { kind: 'orgs' }
  | { kind: 'org'; id: number; notice?: string }
  | { kind: 'orgNew' }
  | { kind: 'orgEdit'; id: number };

type Tab = 'people' | 'organizations';
const tabOf = (v: CustomersView): Tab => (v.kind === 'orgs' || v.kind === 'org' || v.kind === 'orgNew' || v.kind === 'orgEdit' ? 'organizations' : 'people');
const rootOf = (tab: Tab): CustomersView => (tab === 'people' ? { kind: 'list' } : { kind: 'orgs' });

/** How a view moves on: push a view, go back, or replace the current view (after a save). */
export interface CustomersNav {
  open: (view: CustomersView) => void;
  back: () => void;
  /** Without asking about unsaved edits: the view has just saved them. */
  replace: (view: CustomersView) => void;
  /** Back without asking, optionally with a notice for the view below. */
  done: (notice?: string) => void;
}

interface Entry {
  uid: number;
  view: CustomersView;
}
let nextUid = 1;
const entry = (view: CustomersView): Entry => ({ uid: nextUid++, view });

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

const dialogOpen = () => document.querySelector('dialog[open]') !== null;

/** `initial`: a view opened over the list (home's link to a customer's card). */
export function CustomersScreen({ session, initial }: { session: SessionInfo; initial?: CustomersView | undefined }) {
  const { t } = useTranslation();
  const leave = useLeave();
  // Each entry has its own number, so a view replaced by the same kind (the survivor's card after
  // a merge) mounts afresh.
  const [stack, setStack] = useState<Entry[]>(() => [entry({ kind: 'list' }), ...(initial ? [entry(initial)] : [])]);
  const top = stack.at(-1)!;
  const view = top.view;
  const tab = tabOf(view);
  const memory = useRef<ListMemory>({ query: '', selected: 0, scrollTop: 0 });
  const orgQuery = useRef('');
  const searchRef = useRef<HTMLInputElement>(null);
  const [layout, setLayout] = useState<ColumnLayout | null>(null);

  useEffect(() => {
    let live = true;
    call('preferences.get', { key: LAYOUT_KEY }).then(
      (v) => live && setLayout(parseLayout(v)),
      () => live && setLayout(DEFAULT_LAYOUT),
    );
    return () => {
      live = false;
    };
  }, []);

  const saveLayout = useCallback((next: ColumnLayout) => {
    setLayout(next);
    call('preferences.set', { key: LAYOUT_KEY, value: { hidden: next.hidden, sort: next.sort } }).catch(() => undefined);
  }, []);

  const nav: CustomersNav = {
    open: (v) => leave(() => setStack((s) => [...s, entry(v)])),
    back: () => leave(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s))),
    replace: (v) => setStack((s) => [...s.slice(0, -1), entry(v)]),
    done: (notice) =>
      setStack((s) => {
        const rest = s.length > 1 ? s.slice(0, -1) : s;
        const below = rest.at(-1)!.view;
        // the view below mounts again (fresh data); a notice tells what just happened
        if (below.kind === 'card' || below.kind === 'org') return [...rest.slice(0, -1), entry({ ...below, notice })];
        return rest;
      }),
  };
  const navRef = useRef(nav);
  navRef.current = nav;

  const toTab = (next: Tab) => leave(() => setStack([entry(rootOf(next))]));

  // Screen-wide keys.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || dialogOpen()) return;
      const focusSearch = (e.key === '/' && !isTyping(e.target) && !e.ctrlKey && !e.altKey && !e.metaKey) || (e.ctrlKey && !e.altKey && e.key.toLowerCase() === 'k');
      if (focusSearch) {
        e.preventDefault();
        const root = rootOf(tab);
        if (view.kind === root.kind) document.querySelector<HTMLInputElement>('[data-autofocus]')?.focus();
        else leave(() => setStack([entry(root)]));
        return;
      }
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN') {
        e.preventDefault();
        if (tab === 'people') {
          if (view.kind !== 'new') navRef.current.open({ kind: 'new', prefill: view.kind === 'list' ? initialFromQuery(memory.current.query) : {} });
        } else if (view.kind !== 'orgNew') navRef.current.open({ kind: 'orgNew' });
        return;
      }
      if (e.key === 'Escape' && view.kind !== 'list' && view.kind !== 'orgs') {
        e.preventDefault();
        navRef.current.back();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [tab, view.kind, leave]);

  const isManager = session.user.role === 'manager';
  const key = top.uid;

  return (
    <section className={view.kind === 'list' ? 'page page--wide page--fill' : 'page page--wide'} aria-labelledby="customers-title" data-testid="screen-customers">
      <div className="page__head">
        <h1 id="customers-title" tabIndex={-1}>
          {t('nav.customers')}
        </h1>
        <nav className="subnav subnav--inline" aria-label={t('customers.tabsLabel')}>
          {(['people', 'organizations'] as const).map((id) => (
            <button key={id} type="button" className="subnav__item" aria-current={id === tab ? 'page' : undefined} data-testid={`customers-tab-${id}`} onClick={() => toTab(id)}>
              {t(`customers.tabs.${id}`)}
            </button>
          ))}
        </nav>
      </div>
      {view.kind === 'list' &&
        (layout ? (
          <CustomerList
            memory={memory}
            layout={layout}
            onLayout={saveLayout}
            searchRef={searchRef}
            onOpen={(id) => nav.open({ kind: 'card', id })}
            onNew={(query) => nav.open({ kind: 'new', prefill: initialFromQuery(query) })}
            onImport={() => nav.open({ kind: 'import' })}
          />
        ) : (
          <p className="loading">{t('common.loading')}</p>
        ))}
      {view.kind === 'card' && <CustomerCard key={key} id={view.id} notice={view.notice} isManager={isManager} nav={nav} />}
      {view.kind === 'new' && <CustomerForm key={key} mode={{ kind: 'create', prefill: view.prefill ?? {} }} isManager={isManager} nav={nav} />}
      {view.kind === 'edit' && <CustomerForm key={key} mode={{ kind: 'edit', id: view.id }} isManager={isManager} nav={nav} />}
      {view.kind === 'import' && <ImportScreen key={key} nav={nav} />}
      {view.kind === 'orgs' && <OrganizationList queryMemory={orgQuery} nav={nav} />}
      {view.kind === 'org' && <OrganizationCard key={key} id={view.id} notice={view.notice} nav={nav} />}
      {view.kind === 'orgNew' && <OrganizationForm key={key} id={null} nav={nav} />}
      {view.kind === 'orgEdit' && <OrganizationForm key={key} id={view.id} nav={nav} />}
    </section>
  );
}
