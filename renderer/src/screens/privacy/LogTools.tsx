// The signed-request log for an auditor or the authority (manager): check its hash chain, print it
// as a PDF for a period (names as initials or in full, Finnish or English), export it as CSV.
import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { logFilterInput, REQUEST_STATUSES, type LogVerification } from '../../../../shared/api/privacy';
import { helsinkiDate } from '../../../../shared/format/dates';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { saveFile, type FilePayload } from '../../components/Download';
import { DocumentActions, DocumentCancelled } from '../../components/DocumentActions';
import { Icon } from '../../components/Icon';
import { bind, SelectField } from '../../forms/fields';
import { applyServerError, errorMessage } from '../../forms/serverErrors';
import { currentLanguage } from '../../i18n';
import { FormDateField } from '../../components/DateField';

type FormInput = z.input<typeof logFilterInput>;
type FormOutput = z.output<typeof logFilterInput>;

/** The form keeps '' for "no limit"; the contract wants the key left out. */
type Values = Omit<FormInput, 'from' | 'to' | 'status'> & { from: string; to: string; status: string };

function clean(v: Values) {
  return {
    names: v.names,
    language: v.language,
    ...(v.from ? { from: v.from } : {}),
    ...(v.to ? { to: v.to } : {}),
    ...(v.status ? { status: v.status as FormOutput['status'] } : {}),
  };
}

export function LogTools() {
  const { t } = useTranslation();
  const id = useId();
  const [verification, setVerification] = useState<LogVerification | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState<'pdf' | 'csv' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const lastPdf = useRef('');
  const form = useForm<Values>({
    defaultValues: { from: `${helsinkiDate().slice(0, 4)}-01-01`, to: helsinkiDate(), names: 'initials', language: currentLanguage(), status: '' },
  });

  const verify = async () => {
    setVerifying(true);
    setVerification(null);
    setAlert(null);
    try {
      setVerification(await call('privacy.log.verify', {}));
    } catch (err) {
      setAlert(errorMessage(err, t));
    } finally {
      setVerifying(false);
    }
  };

  /** Makes the log file after checking the form; null (the form shows why) when it cannot. */
  const make = (kind: 'pdf' | 'csv') =>
    new Promise<FilePayload | null>((resolve) => {
      void form.handleSubmit(
        async (values) => {
          setAlert(null);
          setDone(null);
          const params = clean(values);
          const parsed = logFilterInput.safeParse(params);
          if (!parsed.success) {
            for (const issue of parsed.error.issues) form.setError(String(issue.path[0]) as keyof Values, { type: 'validate', message: issue.message });
            resolve(null);
            return;
          }
          setBusy(kind);
          try {
            const file = await call(kind === 'pdf' ? 'privacy.log.pdf' : 'privacy.log.csv', params);
            lastPdf.current = kind === 'pdf' ? file.filename : lastPdf.current;
            resolve(file);
          } catch (err) {
            setAlert(applyServerError(err, { setError: form.setError, fields: ['from', 'to', 'names', 'language', 'status'] }, t));
            resolve(null);
          } finally {
            setBusy(null);
          }
        },
        () => resolve(null),
      )();
    });

  const saveCsv = async () => {
    const file = await make('csv');
    if (!file) return;
    saveFile(file);
    setDone(t('privacyPanel.log.csvDone', { file: file.filename }));
  };

  const makePdf = async (): Promise<FilePayload> => {
    const file = await make('pdf');
    if (!file) throw new DocumentCancelled();
    return file;
  };

  return (
    <div className="privacy-tools" data-testid="privacy-log">
      <section className="box" aria-labelledby={`${id}-verify`}>
        <div className="box__header">
          <h2 id={`${id}-verify`} className="box__title">
            {t('privacyPanel.log.verifyTitle')}
          </h2>
          <button type="button" className="btn btn--primary" disabled={verifying} onClick={() => void verify()} data-testid="log-verify">
            {verifying ? t('privacyPanel.log.verifying') : t('privacyPanel.log.verify')}
          </button>
        </div>
        <p className="muted box__intro">{t('privacyPanel.log.verifyIntro')}</p>
        {verification?.ok ? (
          <div role="status" className="alert alert--success alert--icon" data-testid="log-verify-result">
            <Icon name="privacy" />
            <span>
              <strong>{t('privacyPanel.log.ok', { count: verification.count })}</strong>{' '}
              <span className="hash-line">
                {t('privacyPanel.log.head')} <code className="mono">{verification.head}</code>
              </span>
            </span>
          </div>
        ) : verification && !verification.ok ? (
          <div role="alert" className="alert alert--error alert--icon" data-testid="log-verify-result">
            <Icon name="warning" />
            <span>
              <strong>{t('privacyPanel.log.broken', { id: verification.brokenAtId })}</strong>{' '}
              {verification.requestNumber ? t('privacyPanel.log.brokenRequest', { number: verification.requestNumber }) : null}{' '}
              {t(`privacyPanel.log.reasons.${verification.reason}`)} {t('privacyPanel.log.brokenAdvice', { count: verification.count })}
            </span>
          </div>
        ) : null}
      </section>

      <section className="box" aria-labelledby={`${id}-print`}>
        <h2 id={`${id}-print`} className="box__title">
          {t('privacyPanel.log.printTitle')}
        </h2>
        <p className="muted box__intro">{t('privacyPanel.log.printIntro')}</p>
        <FormAlert message={alert} />
        {done ? (
          <div role="status" className="alert alert--success" data-testid="log-done">
            {done}
          </div>
        ) : null}
        <form className="form" noValidate onSubmit={(e) => e.preventDefault()} data-testid="log-print-form">
          <div className="grid grid--3">
            <FormDateField form={form} name="from" label={t('privacyPanel.log.from')} optional />
            <FormDateField form={form} name="to" label={t('privacyPanel.log.to')} optional />
            <SelectField
              label={t('privacyPanel.log.status')}
              options={[{ value: '', label: t('privacyPanel.log.allStatuses') }, ...REQUEST_STATUSES.map((s) => ({ value: s, label: t(`privacy.status.${s}`) }))]}
              {...bind(form, 'status')}
            />
            <SelectField
              label={t('privacyPanel.log.names')}
              hint={t('privacyPanel.log.namesHint')}
              options={[
                { value: 'initials', label: t('privacyPanel.log.initials') },
                { value: 'full', label: t('privacyPanel.log.full') },
              ]}
              {...bind(form, 'names')}
            />
            <SelectField
              label={t('privacyPanel.log.language')}
              options={[
                { value: 'fi', label: t('language.fi') },
                { value: 'en', label: t('language.en') },
              ]}
              {...bind(form, 'language')}
            />
          </div>
          <div className="form__actions form__actions--end">
            <button type="button" className="btn btn--secondary btn--download" disabled={busy !== null} onClick={() => void saveCsv()} data-testid="log-csv">
              {busy === 'csv' ? t('privacyPanel.preparing') : t('privacyPanel.log.csv')}
            </button>
            <DocumentActions
              saveLabel={t('privacyPanel.log.pdf')}
              disabled={busy === 'csv'}
              fetchFile={makePdf}
              onDone={(action) => {
                if (action === 'save') setDone(t('privacyPanel.log.pdfDone', { file: lastPdf.current }));
              }}
              testId="log-pdf"
            />
          </div>
        </form>
      </section>
    </div>
  );
}
