// "← Back" above a card or form. `escape`: the screen also goes back on Esc, so the key is shown
// and announced.
import { useTranslation } from 'react-i18next';

export function BackButton({ onBack, label, testId = 'back-button', escape = true }: { onBack: () => void; label?: string; testId?: string; escape?: boolean }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="btn btn--link back-link" onClick={onBack} aria-keyshortcuts={escape ? 'Escape' : undefined} data-testid={testId}>
      ← {label ?? t('common.back')}
      {escape ? (
        <>
          {' '}
          <kbd className="btn__key" aria-hidden="true">
            Esc
          </kbd>
        </>
      ) : null}
    </button>
  );
}
