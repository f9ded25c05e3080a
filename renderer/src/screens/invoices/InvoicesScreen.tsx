// Invoices (Alt+3): the list with its filters, and one invoice's card. Esc goes back to the list.
// A manager also has the accounting partner's material here ("Kirjanpitoaineisto"): it is made
// from the invoices of a period, so it sits beside the invoice list rather than among the settings
// (the settings hold the bookkeeper's name, which the export uses as its default recipient).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BankPaymentsScreen } from '../payments/BankPaymentsScreen';
import { AccountingExport } from './AccountingExport';
import { InvoiceCard } from './InvoiceCard';
import { InvoiceList, type InvoiceListState } from './InvoiceList';
import { useSessionRole } from './useSessionRole';

const dialogOpen = () => document.querySelector('dialog[open]') !== null;

type Tab = 'list' | 'payments' | 'export';

/** `initialOpen`: an invoice's card to open at once (home's link); `initialFilter`: the list's filter. */
export function InvoicesScreen({ initialOpen, initialFilter }: { initialOpen?: number | undefined; initialFilter?: InvoiceListState['filter'] | undefined } = {}) {
  const { t } = useTranslation();
  const isManager = useSessionRole() === 'manager';
  const [tab, setTab] = useState<Tab>('list');
  const [open, setOpen] = useState<number | null>(initialOpen ?? null);
  const [list, setList] = useState<InvoiceListState>({ filter: initialFilter ?? 'open', from: '', to: '', query: '' });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && open !== null && !dialogOpen()) {
        e.preventDefault();
        setOpen(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  const toTab = (next: Tab) => {
    setTab(next);
    setOpen(null);
  };
  // The accounting export is the manager's; reading the bank's payments is everyday work for all.
  const current: Tab = isManager || tab !== 'export' ? tab : 'list';

  return (
    <section className="page page--wide" aria-labelledby="invoices-title" data-testid="screen-invoices">
      <div className="page__head">
        <h1 id="invoices-title" tabIndex={-1}>
          {t('nav.invoices')}
        </h1>
        <nav className="subnav subnav--inline" aria-label={t('invoices.tabs.label')}>
          <button type="button" className="subnav__item" aria-current={current === 'list' ? 'page' : undefined} onClick={() => toTab('list')} data-testid="invoices-tab-list">
            {t('invoices.tabs.list')}
          </button>
          <button type="button" className="subnav__item" aria-current={current === 'payments' ? 'page' : undefined} onClick={() => toTab('payments')} data-testid="invoices-tab-payments">
            {t('invoices.tabs.payments')}
          </button>
          {isManager ? (
            <button type="button" className="subnav__item" aria-current={current === 'export' ? 'page' : undefined} onClick={() => toTab('export')} data-testid="invoices-tab-export">
              {t('invoices.tabs.export')}
            </button>
          ) : null}
        </nav>
      </div>
      {current === 'export' ? (
        <AccountingExport />
      ) : current === 'payments' ? (
        <BankPaymentsScreen />
      ) : open === null ? (
        <InvoiceList state={list} onState={setList} onOpen={setOpen} />
      ) : (
        <InvoiceCard key={open} id={open} onBack={() => setOpen(null)} />
      )}
    </section>
  );
}
