// A new customer whose email, phone or name and postal code match an erased person's fingerprints:
// the clerk sees it while typing (beside the similar customers) and confirms on save that this is a
// new customer relationship — the core records that choice ("no silent comeback").
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ErasedBefore } from '../../../../shared/api/customers';
import { formatDate, helsinkiDate } from '../../../../shared/format/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';

const erasedText = (t: TFunction, e: ErasedBefore) => t('errors.erasedBefore', { date: formatDate(helsinkiDate(new Date(e.at))), number: e.number });

export function ErasedHint({ erased }: { erased: ErasedBefore[] }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--warning" data-testid="erased-hint">
      <p className="strong">{t('customers.erasedBefore.title')}</p>
      {erased.map((e) => (
        <p key={e.number}>{erasedText(t, e)}</p>
      ))}
    </div>
  );
}

export function ErasedBeforeDialog({ erased, onClose, onSaveAnyway }: { erased: ErasedBefore[]; onClose: () => void; onSaveAnyway: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog title={t('customers.erasedBefore.title')} confirmLabel={t('customers.erasedBefore.saveAnyway')} onConfirm={onSaveAnyway} onClose={onClose} testId="erased-before-dialog">
      {erased.map((e) => (
        <p key={e.number}>{erasedText(t, e)}</p>
      ))}
    </ConfirmDialog>
  );
}
