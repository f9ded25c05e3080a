// Is this paper ours? The verification code printed on every certificate, refusal letter, extract
// and log tells whether the register issued it, when, by whom and for which request. Any user.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentCheck } from '../../../../shared/api/rectification';
import { formatInstant } from '../../../../shared/format/dates';
import { normalizeVerificationCode } from '../../../../shared/privacy/verificationCode';
import { ApiCallError, call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { Icon } from '../../components/Icon';
import { errorMessage } from '../../forms/serverErrors';
import { currentLanguage } from '../../i18n';
import { documentKind } from './texts';

export function VerifyDocument() {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState('');
  const [checked, setChecked] = useState<{ code: string; result: DocumentCheck } | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const verify = async (e: React.FormEvent) => {
    e.preventDefault();
    setAlert(null);
    setError(undefined);
    if (!code.trim()) {
      setError(t('errors.required'));
      return;
    }
    setBusy(true);
    try {
      setChecked({ code: normalizeVerificationCode(code), result: await call('privacy.documents.verify', { code }) });
    } catch (err) {
      if (err instanceof ApiCallError && err.fields.code) setError(err.fields.code);
      else setAlert(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };

  const r = checked?.result;
  return (
    <section className="box verify-box" aria-labelledby={`${id}-title`} data-testid="verify-document">
      <h2 id={`${id}-title`} className="box__title">
        {t('privacyPanel.verify.title')}
      </h2>
      <p className="muted box__intro">{t('privacyPanel.verify.intro')}</p>
      <FormAlert message={alert} />
      <form className="inline-form verify-form" noValidate onSubmit={(e) => void verify(e)}>
        <div className={error ? 'field field--invalid' : 'field'}>
          <label htmlFor={`${id}-code`} className="field__label">
            {t('privacyPanel.verify.code')}
          </label>
          <input
            ref={inputRef}
            id={`${id}-code`}
            className="input input--code mono"
            value={code}
            maxLength={40}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            onChange={(e) => setCode(e.target.value)}
            data-testid="verify-code"
          />
          <p id={`${id}-hint`} className="field__hint">
            {t('privacyPanel.verify.hint')}
          </p>
          {error ? (
            <p id={`${id}-error`} className="field__error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="form__actions">
          <button type="submit" className="btn btn--primary" disabled={busy} data-testid="verify-submit">
            {busy ? t('privacyPanel.verify.checking') : t('privacyPanel.verify.check')}
          </button>
        </div>
      </form>
      {checked && r ? (
        r.found ? (
          <div className="alert alert--success alert--icon verify-result" role="status" data-testid="verify-result">
            <Icon name="privacy" />
            <div>
              <p className="strong">{t('privacyPanel.verify.found', { code: checked.code })}</p>
              <dl className="record-facts">
                <dt>{t('privacyPanel.verify.kind')}</dt>
                <dd data-testid="verify-kind">{documentKind(t, r.kind ?? '')}</dd>
                <dt>{t('privacyPanel.verify.issued')}</dt>
                <dd>{r.issuedAt ? formatInstant(r.issuedAt, currentLanguage()) : t('common.none')}</dd>
                <dt>{t('privacyPanel.verify.by')}</dt>
                <dd>{r.issuedByName ?? t('common.none')}</dd>
                <dt>{t('privacyPanel.verify.request')}</dt>
                <dd className="mono" data-testid="verify-request">
                  {r.requestNumber ?? t('common.none')}
                </dd>
                <dt>{t('privacyPanel.verify.hash')}</dt>
                <dd className="mono hash-line">{r.sha256 ?? t('common.none')}</dd>
              </dl>
            </div>
          </div>
        ) : (
          <div className="alert alert--error alert--icon verify-result" role="alert" data-testid="verify-result">
            <Icon name="warning" />
            <span>
              <strong>{t('privacyPanel.verify.notFoundTitle', { code: checked.code })}</strong> {t('privacyPanel.verify.notFound')}
            </span>
          </div>
        )
      ) : null}
    </section>
  );
}
