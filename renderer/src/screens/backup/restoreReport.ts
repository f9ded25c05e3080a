// The restore's report for the login screen: what was restored, what came back from the erasure
// ledger and the request journal, and — one line each — what the manager must look into.
import type { TFunction } from 'i18next';
import type { RestoreResult } from '../../../../shared/api/backup';
import type { Language } from '../../../../shared/api/fields';
import { formatInstant } from '../../../../shared/format/dates';
import type { Notice } from '../../app/types';
import { documentKind, eventName } from '../privacy/texts';
import { countText } from './format';

export function restoreNotice(t: TFunction, r: RestoreResult, lang: Language): Notice {
  const log = r.requestLog;
  const text = [
    t('backup.restore.done', {
      at: formatInstant(r.backupCreatedAt, lang),
      customers: countText(t, 'customers', r.counts.customers, lang),
      invoices: countText(t, 'invoices', r.counts.invoices, lang),
      kept: r.previousKeptIn,
    }),
    r.replacedOtherRegister ? t('backup.restore.replacedOther', { kept: r.previousKeptIn }) : '',
    r.erasuresReapplied > 0 ? t('backup.restore.reapplied', { count: r.erasuresReapplied }) : '',
    log.events + log.documents + log.attachments > 0 ? t('backup.restore.requestLog', { ...log }) : t('backup.restore.requestLogNone'),
  ];
  const items = [
    ...log.notCarried.map((n) =>
      t(`backup.restore.notCarried.${n.reason}`, {
        what: n.kind === 'event' ? eventName(t, n.what) : n.kind === 'document' ? documentKind(t, n.what) : n.what,
        kind: t(`backup.restore.kind.${n.kind}`),
        request: n.requestNumber ? ` ${n.requestNumber}` : '',
        at: n.at ? formatInstant(n.at, lang) : '—',
      }),
    ),
    ...log.linksCleared.map((c) => t(`backup.restore.linkCleared.${c.link}`, { request: c.requestNumber ?? '—' })),
  ];
  if (items.length > 0) text.push(t('backup.restore.needsAttention'));
  // One paragraph a part (the login notice keeps the line breaks).
  return { tone: 'info', text: text.filter(Boolean).join('\n'), items };
}
