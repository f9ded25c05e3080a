// The recovery code, shown once, and its PDF for the safe. "Continue" waits for the checkbox.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedRegister } from '../../../../shared/api/setup';
import { DocumentActions } from '../../components/DocumentActions';
import { Icon } from '../../components/Icon';
import { StepTitle } from './StepIndicator';

export function RecoveryStep({ created, onContinue }: { created: CreatedRegister; onContinue: () => void }) {
  const { t } = useTranslation();
  const [stored, setStored] = useState(false);
  const checkboxId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <div className="form" data-testid="setup-recovery">
      <StepTitle step="recovery" headingRef={headingRef} />
      <p>{t('setup.recovery.intro')}</p>
      <div className="recovery">
        <p className="recovery__label" id="recovery-code-label">
          {t('setup.recovery.codeLabel')}
        </p>
        <p className="recovery__code" aria-labelledby="recovery-code-label" data-testid="recovery-code">
          {created.recoveryCode}
        </p>
      </div>
      <div className="alert alert--warning alert--icon" role="note">
        <Icon name="warning" />
        <span>
          <strong>{t('setup.recovery.warningTitle')}.</strong> {t('setup.recovery.warning')}
        </span>
      </div>
      <p>
        <DocumentActions file={created.recoveryPdf} saveLabel={t('setup.recovery.download')} printFirst testId="recovery-pdf" />
      </p>
      <div className="checkbox">
        <input id={checkboxId} type="checkbox" name="recoveryStored" checked={stored} onChange={(e) => setStored(e.target.checked)} />
        <label htmlFor={checkboxId}>{t('setup.recovery.confirm')}</label>
      </div>
      <div className="form__actions form__actions--end">
        <button type="button" className="btn btn--primary" disabled={!stored} onClick={onContinue}>
          {t('setup.recovery.continue')}
        </button>
      </div>
    </div>
  );
}
