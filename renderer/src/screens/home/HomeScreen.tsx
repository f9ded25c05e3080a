// Home (Alt+1), the first screen after login: what needs a person today, from one call
// (home.duties). Each duty is a line with its count; under it the first few records, each a link
// to its card; the line itself links to the whole list where there is one. The backup's age is
// always shown — in a warning after the manager's chosen number of working days, red after twice
// that. Staff get the counter's part (the core decides); the manager everything.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Duty, HomeDuties } from '../../../../shared/api/home';
import type { Role } from '../../../../shared/api/fields';
import { formatDate, helsinkiDate } from '../../../../shared/format/dates';
import { formatMoney } from '../../../../shared/format/money';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { Icon } from '../../components/Icon';
import { errorMessage } from '../../forms/serverErrors';
import { currentLanguage } from '../../i18n';
import { backupAgeText } from '../backup/format';
import { itemTarget, listTarget, type Target } from './targets';

export function HomeScreen({ role, onOpen }: { role: Role; onOpen: (target: Target) => void }) {
  const { t } = useTranslation();
  const [data, setData] = useState<HomeDuties | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('home.duties', {}).then(
      (d) => live && setData(d),
      (err: unknown) => live && setError(errorMessage(err, t)),
    );
    return () => {
      live = false;
    };
    // loaded each time home is shown
  }, []);

  return (
    <section className="page home" aria-labelledby="home-title" data-testid="screen-home">
      <div className="page__head">
        <h1 id="home-title" tabIndex={-1}>
          {t('home.title')}
        </h1>
      </div>
      <p className="muted">{t(role === 'manager' ? 'home.intro' : 'home.staffIntro')}</p>
      {error ? <FormAlert message={error} /> : null}
      {!data && !error ? (
        <p className="loading" role="status">
          {t('home.loading')}
        </p>
      ) : null}
      {data ? (
        <>
          <InvoicingLine role={role} invoicing={data.invoicing} onOpen={onOpen} />
          <BackupLine backup={data.backup} today={data.today} onOpen={onOpen} />
          {data.duties.length === 0 ? (
            <p className="home__nothing" data-testid="home-nothing">
              {t('home.nothing')}
            </p>
          ) : (
            <ul className="home__duties" aria-label={t('home.title')}>
              {data.duties.map((d) => (
                <DutyLine key={d.kind} duty={d} onOpen={onOpen} />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}

function DutyLine({ duty, onOpen }: { duty: Duty; onOpen: (target: Target) => void }) {
  const { t } = useTranslation();
  const list = listTarget(duty.kind);
  const title = t(`home.kinds.${duty.kind}`, { count: duty.count });
  const urgent = duty.kind === 'privacyOverdue';
  return (
    <li className={urgent ? 'home__duty home__duty--urgent' : 'home__duty'} data-testid={`duty-${duty.kind}`} data-count={duty.count}>
      <div className="home__duty-head">
        {urgent ? <Icon name="warning" className="home__icon" /> : null}
        {list ? (
          <button type="button" className="btn btn--link home__duty-title" onClick={() => onOpen(list)} data-testid={`duty-${duty.kind}-list`}>
            {title}
          </button>
        ) : (
          <span className="home__duty-title">{title}</span>
        )}
      </div>
      <ul className="home__items">
        {duty.items.map((item) => {
          const ref = duty.kind.startsWith('invoices') ? t('home.invoiceRef', { ref: item.ref }) : duty.kind.startsWith('privacy') ? item.ref : t('home.customerRef', { ref: item.ref });
          return (
            <li key={item.id}>
              <button type="button" className="btn btn--link home__item" onClick={() => onOpen(itemTarget(duty.kind, item.id))} data-testid={`duty-${duty.kind}-item-${item.id}`}>
                <span className="home__ref">{ref}</span>
                <span className="home__name">{item.name}</span>
                {item.date ? <span className="home__date">{t(`home.itemDate.${duty.kind}`, { date: formatDate(item.date) })}</span> : null}
                {item.openCents !== undefined ? <span className="home__money">{formatMoney(item.openCents)}</span> : null}
              </button>
            </li>
          );
        })}
        {duty.count > duty.items.length ? <li className="muted">{t('home.more', { count: duty.count - duty.items.length })}</li> : null}
      </ul>
    </li>
  );
}

function BackupLine({ backup, today, onOpen }: { backup: HomeDuties['backup']; today: string; onOpen: (target: Target) => void }) {
  const { t } = useTranslation();
  // "Today" / "yesterday" by the register's calendar, the one the working days were counted by.
  const now = today === helsinkiDate() ? new Date() : new Date(`${today}T12:00:00Z`);
  const text = backup.lastVerifiedAt
    ? t(`home.backup.${backup.level}`, { when: backupAgeText(t, backup.lastVerifiedAt, backup.workingDaysSince, currentLanguage(), now) })
    : t('home.backup.none');
  const tone = backup.level === 'alert' ? 'alert--error' : backup.level === 'warn' ? 'alert--warning' : 'alert--success';
  return (
    <div className={`alert ${tone} alert--icon home__backup`} role={backup.level === 'ok' ? undefined : 'note'} data-testid="home-backup" data-level={backup.level}>
      <Icon name={backup.level === 'ok' ? 'backup' : 'warning'} />
      <span>
        <strong>{t('home.backup.title')}: </strong>
        {text} <span className="muted">{t('home.backup.setting', { days: backup.warnAfterWorkingDays })}</span>
      </span>
      <button type="button" className={backup.level === 'ok' ? 'btn btn--small' : 'btn btn--small btn--primary'} onClick={() => onOpen({ kind: 'backup' })} data-testid="home-backup-open">
        {t('home.backup.open')}
      </button>
    </div>
  );
}

/** The seller's bank details or this half-year's reference rate missing (was above the customer
 * list): no invoice or no reminder can be made until they are given. */
function InvoicingLine({ role, invoicing, onOpen }: { role: Role; invoicing: HomeDuties['invoicing']; onOpen: (target: Target) => void }) {
  const { t } = useTranslation();
  if (invoicing.ready && !invoicing.referenceRateMissing) return null;
  return (
    <div className="alert alert--warning alert--icon home-reminder" role="note" data-testid="invoicing-reminder">
      <Icon name="warning" />
      <span>
        {!invoicing.ready ? `${t('shell.invoicingMissing')} ` : null}
        {invoicing.referenceRateMissing ? (
          <span data-testid="reference-rate-missing">{t('shell.referenceRateMissing', { from: formatDate(invoicing.referenceRateMissing) })} </span>
        ) : null}
        {role === 'manager' ? (
          <button type="button" className="btn btn--link" onClick={() => onOpen({ kind: 'admin', tab: 'invoicing' })} data-testid="invoicing-reminder-open">
            {t('shell.invoicingOpen')}
          </button>
        ) : (
          t('shell.invoicingAskManager')
        )}
      </span>
    </div>
  );
}
