// Possible duplicates of a new customer: who, which number, what matched; open the existing
// record, or confirm that this is a different person and save.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from '../../../../shared/api/customers';
import { Modal } from '../../components/Modal';
import { formatPhone, fullName } from './format';

export function DuplicateList({ duplicates, onOpen, compact }: { duplicates: DuplicateMatch[]; onOpen: (id: number) => void; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className={compact ? 'duplicates duplicates--compact' : 'duplicates'} data-testid="duplicate-list">
      {duplicates.map((d) => (
        <li key={d.id} className="duplicates__item" data-testid={`duplicate-${d.customerNumber}`}>
          <div className="duplicates__who">
            <span className="strong">{fullName(d)}</span> <span className="mono muted">#{d.customerNumber}</span>
            {d.restricted ? <span className="badge badge--warn">{t('customers.restrictedBadge')}</span> : null}
            <span className="duplicates__details muted">{[d.email, formatPhone(d.phone), d.city, d.organizationName].filter(Boolean).join(' · ')}</span>
            <span className="duplicates__matched">
              {t('customers.duplicates.matched')}: {d.matchedOn.map((m) => t(`customers.matchedOn.${m}`)).join(', ')}
            </span>
          </div>
          <button type="button" className="btn btn--secondary btn--small" onClick={() => onOpen(d.id)} data-testid={`open-duplicate-${d.customerNumber}`}>
            {t('customers.duplicates.open')}
          </button>
        </li>
      ))}
    </ul>
  );
}

interface DuplicatesDialogProps {
  duplicates: DuplicateMatch[];
  onOpen: (id: number) => void;
  onClose: () => void;
  onSaveAnyway: () => Promise<void>;
}

export function DuplicatesDialog({ duplicates, onOpen, onClose, onSaveAnyway }: DuplicatesDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Modal title={t('customers.duplicates.title')} onClose={onClose} testId="duplicates-dialog">
      <p>{t('customers.duplicates.intro', { count: duplicates.length })}</p>
      <DuplicateList duplicates={duplicates} onOpen={onOpen} />
      <div className="form__actions form__actions--end">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          {t('customers.duplicates.back')}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onSaveAnyway();
          }}
          data-testid="save-anyway"
        >
          {t('customers.duplicates.saveAnyway')}
        </button>
      </div>
    </Modal>
  );
}
