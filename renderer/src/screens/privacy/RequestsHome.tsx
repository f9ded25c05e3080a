// The privacy panel's home: how many requests are open, due this week, overdue or waiting for a
// signature, and the requests of one view in a table. The privacy notice prints from here.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createColumnHelper, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import type { RequestSummary } from '../../../../shared/api/privacy';
import { formatDate } from '../../../../shared/format/dates';
import { requesterDisplayName } from '../../../../shared/privacy/redacted';
import { outcomeText, type TypeOutcome } from '../../../../shared/privacy/outcomes';
import { call } from '../../api';
import { DocumentActions } from '../../components/DocumentActions';
import { FormAlert } from '../../components/Alerts';
import { DataTable } from '../../components/DataTable';
import { Icon } from '../../components/Icon';
import { errorMessage } from '../../forms/serverErrors';
import type { RequestsNav } from './PrivacyScreen';
import { typesText } from './texts';

export const REQUEST_VIEWS = ['open', 'dueThisWeek', 'overdue', 'signatureMissing', 'closed', 'all'] as const;
export type RequestsViewName = (typeof REQUEST_VIEWS)[number];

type Summary = { open: number; dueThisWeek: number; overdue: number; signatureMissing: number };

const column = createColumnHelper<RequestSummary>();

export function StatusBadge({ status }: { status: RequestSummary['status'] }) {
  const { t } = useTranslation();
  const tone = status === 'completed' || status === 'partly_completed' ? 'badge--ok' : status === 'refused' ? 'badge--off' : 'badge--warn';
  return (
    <span className={`badge ${tone}`} data-testid="request-status">
      {t(`privacy.status.${status}`)}
    </span>
  );
}

/** The outcome of each right the request asked for: an answered access part beside a refused
 * rectification is not one "refused". */
export function RightOutcomes({ outcomes }: { outcomes: TypeOutcome[] }) {
  const { t } = useTranslation();
  return (
    <ul className="right-outcomes" data-testid="request-outcomes">
      {outcomes.map((o) => (
        <li key={o.type} className={`right-outcomes__item right-outcomes__item--${o.outcome}`} data-testid={`outcome-${o.type}`} data-outcome={o.outcome}>
          {outcomeText(t, o)}
        </li>
      ))}
    </ul>
  );
}

export function RequestsHome({ view, onView, nav }: { view: RequestsViewName; onView: (v: RequestsViewName) => void; nav: RequestsNav }) {
  const { t, i18n } = useTranslation();
  const [summary, setSummary] = useState<Summary | null>(null);
  const [rows, setRows] = useState<RequestSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sorting, setSorting] = useState<SortingState>([]);

  useEffect(() => {
    let live = true;
    call('privacy.requests.summary', {}).then(
      (s) => live && setSummary(s),
      (err: unknown) => live && setError(errorMessage(err, t)),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    let live = true;
    setRows(null);
    const apiView = view === 'signatureMissing' ? 'open' : view;
    call('privacy.requests.list', { view: apiView, limit: 1000 }).then(
      (found) => {
        if (!live) return;
        setRows(view === 'signatureMissing' ? found.filter((r) => r.signatureMissing) : found);
        setError(null);
      },
      (err: unknown) => live && setError(errorMessage(err, t)),
    );
    return () => {
      live = false;
    };
  }, [view]);

  const lang = i18n.language;
  const columns = useMemo(
    () => [
      column.accessor('number', {
        header: () => t('privacyPanel.columns.number'),
        cell: (c) => (
          <button type="button" className="btn btn--link mono" onClick={() => nav.openCard(c.row.original.id)} data-testid={`open-request-${c.getValue()}`}>
            {c.getValue()}
          </button>
        ),
      }),
      column.accessor('receivedDate', { header: () => t('privacyPanel.columns.received'), cell: (c) => <span className="nowrap">{formatDate(c.getValue())}</span> }),
      column.accessor((r) => typesText(t, r.types), { id: 'types', header: () => t('privacyPanel.columns.types') }),
      column.accessor('requesterName', {
        header: () => t('privacyPanel.columns.requester'),
        cell: (c) => (
          <>
            {requesterDisplayName(c.getValue(), t)}
            {c.row.original.customerNumber ? <span className="muted mono"> #{c.row.original.customerNumber}</span> : <span className="muted"> ({t('privacyPanel.notInRegister')})</span>}
          </>
        ),
      }),
      column.accessor('signed', {
        header: () => t('privacyPanel.columns.signed'),
        cell: (c) =>
          c.row.original.signatureMissing ? (
            <span className="badge badge--danger" data-testid="signature-missing">
              {t('privacyPanel.signatureMissingShort')}
            </span>
          ) : c.getValue() ? (
            t('common.yes')
          ) : (
            <span className="muted">{t('common.no')}</span>
          ),
      }),
      column.accessor('effectiveDueDate', {
        header: () => t('privacyPanel.columns.deadline'),
        cell: (c) => (
          <span className={c.row.original.overdue ? 'nowrap text-danger strong' : 'nowrap'}>
            {formatDate(c.getValue())}
            {c.row.original.extension ? <span className="muted"> ({t('privacyPanel.extendedShort')})</span> : null}
            {c.row.original.overdue ? <span className="badge badge--danger badge--inline">{t('privacyPanel.overdueShort')}</span> : null}
          </span>
        ),
      }),
      column.accessor('status', {
        header: () => t('privacyPanel.columns.status'),
        cell: (c) => (
          <>
            <StatusBadge status={c.getValue()} />
            {c.row.original.types.length > 1 ? <RightOutcomes outcomes={c.row.original.outcomes} /> : null}
          </>
        ),
      }),
    ],
    [t, lang, nav],
  );
  const data = useMemo(() => rows ?? [], [rows]);
  const table = useReactTable({ data, columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });

  const tiles: { key: keyof Summary; view: RequestsViewName; tone: string }[] = [
    { key: 'open', view: 'open', tone: '' },
    { key: 'dueThisWeek', view: 'dueThisWeek', tone: 'counter--warn' },
    { key: 'overdue', view: 'overdue', tone: 'counter--danger' },
    { key: 'signatureMissing', view: 'signatureMissing', tone: 'counter--danger' },
  ];

  return (
    <div className="privacy-home" data-testid="privacy-home">
      <div className="panel__header">
        <p className="muted">{t('privacyPanel.home.intro')}</p>
        <div className="panel__tools">
          <button type="button" className="btn btn--primary" onClick={nav.openNew} data-testid="new-request">
            {t('privacyPanel.home.newRequest')}
            <kbd className="btn__key">Alt+N</kbd>
          </button>
        </div>
      </div>
      <FormAlert message={error} />
      <ul className="counters" aria-label={t('privacyPanel.home.countersLabel')} data-testid="privacy-counters">
        {tiles.map((tile) => {
          const n = summary?.[tile.key];
          return (
            <li key={tile.key}>
              <button
                type="button"
                className={['counter', n ? tile.tone : '', view === tile.view ? 'counter--current' : ''].filter(Boolean).join(' ')}
                aria-pressed={view === tile.view}
                onClick={() => onView(tile.view)}
                data-testid={`counter-${tile.key}`}
              >
                <span className="counter__value">{n ?? '…'}</span>
                <span className="counter__label">{t(`privacyPanel.home.counters.${tile.key}`)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <nav className="subnav subnav--small" aria-label={t('privacyPanel.home.viewsLabel')}>
        {REQUEST_VIEWS.map((v) => (
          <button key={v} type="button" className="subnav__item" aria-current={v === view ? 'page' : undefined} onClick={() => onView(v)} data-testid={`requests-view-${v}`}>
            {t(`privacyPanel.home.views.${v}`)}
          </button>
        ))}
      </nav>
      {rows === null && !error ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <DataTable table={table} label={t(`privacyPanel.home.views.${view}`)} empty={t(`privacyPanel.home.empty.${view}`)} testId="requests-table" rowTestId={(r) => `request-row-${r.number}`} />
      )}
      <section className="box notice-box" aria-labelledby="notice-title">
        <div className="notice-box__text">
          <Icon name="privacy" className="notice-box__icon" />
          <div>
            <h2 id="notice-title" className="box__title">
              {t('privacyPanel.notice.title')}
            </h2>
            <p className="muted">{t('privacyPanel.notice.intro')}</p>
          </div>
        </div>
        <div className="panel__tools">
          <DocumentActions saveLabel={t('privacyPanel.notice.fi')} fetchFile={() => call('privacy.notice', { language: 'fi' })} testId="notice-fi" />
          <DocumentActions saveLabel={t('privacyPanel.notice.en')} fetchFile={() => call('privacy.notice', { language: 'en' })} testId="notice-en" />
        </div>
      </section>
    </div>
  );
}
