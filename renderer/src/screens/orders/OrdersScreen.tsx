// Orders (Alt+2): a new order at the counter, the order list, one order — and the invoice made
// from an order, without leaving the section. Alt+N starts a new order; Esc goes back.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLeave } from '../../components/UnsavedChanges';
import { InvoiceCard } from '../invoices/InvoiceCard';
import { OrderCard } from './OrderCard';
import { OrderForm } from './OrderForm';
import { OrderList } from './OrderList';

type View = { kind: 'new' } | { kind: 'list' } | { kind: 'order'; id: number; notice?: string } | { kind: 'invoice'; id: number; notice?: string | undefined };

const dialogOpen = () => document.querySelector('dialog[open]') !== null;

export function OrdersScreen() {
  const { t } = useTranslation();
  const leave = useLeave();
  const [stack, setStack] = useState<View[]>([{ kind: 'new' }]);
  const view = stack.at(-1)!;
  const [formKey, setFormKey] = useState(1);
  const open = useCallback((v: View) => setStack((s) => [...s, v]), []);
  const back = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : [{ kind: 'list' }])), []);
  const root = (v: View) => leave(() => {
    setStack([v]);
    if (v.kind === 'new') setFormKey((k) => k + 1);
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (dialogOpen()) return;
      if (e.altKey && !e.ctrlKey && e.code === 'KeyN') {
        e.preventDefault();
        root({ kind: 'new' });
      } else if (e.key === 'Escape' && (view.kind === 'order' || view.kind === 'invoice')) {
        e.preventDefault();
        back();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const tab = view.kind === 'new' ? 'new' : 'list';
  return (
    <section className="page page--wide" aria-labelledby="orders-title" data-testid="screen-orders">
      <div className="page__head">
        <h1 id="orders-title" tabIndex={-1}>
          {t('nav.orders')}
        </h1>
        <nav className="subnav subnav--inline" aria-label={t('orders.sections')}>
          <button type="button" className="subnav__item" aria-current={tab === 'new' ? 'page' : undefined} aria-keyshortcuts="Alt+N" onClick={() => root({ kind: 'new' })} data-testid="orders-tab-new">
            {t('orders.tabs.new')} <kbd className="btn__key" aria-hidden="true">Alt+N</kbd>
          </button>
          <button type="button" className="subnav__item" aria-current={tab === 'list' ? 'page' : undefined} onClick={() => root({ kind: 'list' })} data-testid="orders-tab-list">
            {t('orders.tabs.list')}
          </button>
        </nav>
      </div>
      {view.kind === 'new' && <OrderForm key={formKey} onSaved={(o) => setStack([{ kind: 'list' }, { kind: 'order', id: o.id, notice: t('orders.form.saved', { id: o.id }) }])} onCancel={() => root({ kind: 'list' })} />}
      {view.kind === 'list' && <OrderList onOpen={(id) => open({ kind: 'order', id })} />}
      {view.kind === 'order' && <OrderCard key={view.id} id={view.id} notice={view.notice} onBack={back} onOpenInvoice={(id, notice) => open({ kind: 'invoice', id, notice })} />}
      {view.kind === 'invoice' && <InvoiceCard key={view.id} id={view.id} notice={view.notice} onBack={back} />}
    </section>
  );
}
