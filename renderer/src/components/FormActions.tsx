// The end of a dialog's form: Cancel, then the primary submit button that says "Saving…" while busy.
// One copy for every dialog form, so they all read and behave alike.
import { useTranslation } from 'react-i18next';

export function FormActions({ onCancel, submitLabel, busy, testId }: { onCancel: () => void; submitLabel: string; busy: boolean; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="form__actions form__actions--end">
      <button type="button" className="btn btn--secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="btn btn--primary" disabled={busy} data-testid={testId}>
        {busy ? t('common.saving') : submitLabel}
      </button>
    </div>
  );
}
