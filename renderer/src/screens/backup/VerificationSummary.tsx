// What a backup file holds and whether it can be trusted: used by "Verify a backup file" and by
// the restore's confirmation.
import { useTranslation } from 'react-i18next';
import type { BackupCounts, BackupVerification } from '../../../../shared/api/backup';
import { formatInstant } from '../../../../shared/format/dates';
import { currentLanguage } from '../../i18n';
import { countText } from './format';

const COUNT_ORDER: (keyof BackupCounts)[] = ['customers', 'erasedCustomers', 'organizations', 'invoices', 'users', 'auditEntries'];

export function VerificationVerdict({ v }: { v: BackupVerification }) {
  const { t } = useTranslation();
  if (v.intact && v.sameRegister) {
    return (
      <p className="verdict verdict--ok" data-testid="verify-verdict">
        {t('backup.verify.intact')}
      </p>
    );
  }
  return (
    <div className={v.intact ? 'verdict verdict--warn' : 'verdict verdict--bad'} data-testid="verify-verdict">
      <p className="strong">{v.intact ? t('backup.verify.intactOther') : t('backup.verify.broken')}</p>
      {/* by its code, so that the reason follows a language switch like the rest of the screen */}
      {v.problem ? <p>{v.problemCode ? t(`errors.${v.problemCode}`) : v.problem}</p> : null}
    </div>
  );
}

/** Yes or no only when the MAC was checked; a damaged file fails it for any register alike. */
function sameRegisterText(t: (key: string) => string, v: BackupVerification): string {
  if (v.sameRegister !== null) return v.sameRegister ? t('common.yes') : t('common.no');
  return v.problemCode === 'backupDamaged' ? t('backup.verify.sameRegisterDamaged') : t('backup.verify.sameRegisterUnknown');
}

export function VerificationFacts({ v }: { v: BackupVerification }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const none = t('common.none');
  // Nothing could be read from the file (missing, foreign): no facts to show.
  if (!v.createdAt && !v.counts) return null;
  return (
    <dl className="facts" data-testid="verify-facts">
      <dt>{t('backup.verify.createdAt')}</dt>
      <dd>{v.createdAt ? formatInstant(v.createdAt, lang) : none}</dd>
      <dt>{t('backup.verify.contents')}</dt>
      {/* Erased people's tombstones are named apart, and only when there are any. */}
      <dd>{v.counts ? COUNT_ORDER.filter((k) => k !== 'erasedCustomers' || v.counts![k]).map((k) => countText(t, k, v.counts![k] ?? 0, lang)).join(', ') : none}</dd>
      <dt>{t('backup.verify.appVersion')}</dt>
      <dd>{v.appVersion ?? none}</dd>
      <dt>{t('backup.verify.schemaVersion')}</dt>
      <dd className="mono">{v.schemaVersion ?? none}</dd>
      <dt>{t('backup.verify.sameRegister')}</dt>
      <dd data-testid="verify-same-register">{sameRegisterText(t, v)}</dd>
    </dl>
  );
}
