// The recovery code, shown once, and its PDF for the safe. "Continue" waits for the checkbox.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedRegister } from '../../../../shared/api/setup';
import { Icon } from '../../components/Icon';
import { StepTitle } from './StepIndicator';

function pdfBlob(base64: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: 'application/pdf' });
}

export function RecoveryStep({ created, onContinue }: { created: CreatedRegister; onContinue: () => void }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [stored, setStored] = useState(false);
  const checkboxId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  useEffect(() => {
    const objectUrl = URL.createObjectURL(pdfBlob(created.recoveryPdf.base64));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [created]);

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
        {url ? (
          <a className="btn btn--secondary btn--download" href={url} download={created.recoveryPdf.filename} data-testid="recovery-pdf">
            {t('setup.recovery.download')}
          </a>
        ) : null}
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
