// Invoices (Alt+3): the list with its filters, and one invoice's card. Esc goes back to the list.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InvoiceCard } from './InvoiceCard';
import { InvoiceList, type InvoiceListState } from './InvoiceList';

const dialogOpen = () => document.querySelector('dialog[open]') !== null;

export function InvoicesScreen() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  const [list, setList] = useState<InvoiceListState>({ filter: 'open', from: '', to: '', query: '' });

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

  return (
    <section className="page page--wide" aria-labelledby="invoices-title" data-testid="screen-invoices">
      <div className="page__head">
        <h1 id="invoices-title" tabIndex={-1}>
          {t('nav.invoices')}
        </h1>
      </div>
      {open === null ? <InvoiceList state={list} onState={setList} onOpen={setOpen} /> : <InvoiceCard key={open} id={open} onBack={() => setOpen(null)} />}
    </section>
  );
}
