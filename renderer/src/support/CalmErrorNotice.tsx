// The calm message after an unexpected error in the page: saved data is safe, what to do, and the
// reference number support can find in the log. Stays until closed; a newer error replaces it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onReportedError, type ReportedError } from './reportError';

export function CalmErrorNotice() {
  const { t } = useTranslation();
  const [shown, setShown] = useState<ReportedError | null>(null);
  useEffect(() => onReportedError(setShown), []);
  return (
    <div className="calm-error-region" role="alert" aria-live="assertive">
      {shown ? (
        <div className="calm-error" data-testid="calm-error">
          <p>{shown.reference ? t('support.calm', { reference: shown.reference }) : t('support.calmNoReference')}</p>
          {shown.reference ? (
            <p className="calm-error__reference" data-testid="calm-error-reference">
              {shown.reference}
            </p>
          ) : null}
          <button type="button" className="btn btn--secondary" onClick={() => setShown(null)} data-testid="calm-error-dismiss">
            {t('support.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
