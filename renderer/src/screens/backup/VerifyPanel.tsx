// "Verify a backup file": reads the whole file back, opens the register inside it and says what
// it holds. Nothing is changed.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { BackupVerification } from '../../../../shared/api/backup';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { bind } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';
import { PathField } from './PathField';
import { BackupBusy } from './BackupBusy';
import { VerificationFacts, VerificationVerdict } from './VerificationSummary';

export const fileSchema = z.string().trim().min(1, { message: 'errors.required' }).max(1000, { message: 'errors.tooLong' });
const schema = z.object({ file: fileSchema });
type VerifyInput = z.input<typeof schema>;

interface VerifyPanelProps {
  /** The newest backup's path: filled in until the user types another. */
  suggestedFile: string | null;
  /** Where the file picker opens. */
  lastFolder: string | null;
}

export function VerifyPanel({ suggestedFile, lastFolder }: VerifyPanelProps) {
  const { t } = useTranslation();
  const form = useForm<VerifyInput>({ resolver: zodResolver(schema), defaultValues: { file: suggestedFile ?? '' } });
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [result, setResult] = useState<BackupVerification | null>(null);

  useEffect(() => {
    if (suggestedFile && !form.getFieldState('file').isDirty) form.reset({ file: suggestedFile });
  }, [suggestedFile, form]);

  const browse = async () => {
    const picked = await window.register.pickBackupFile(form.getValues('file').trim() || lastFolder || undefined);
    if (picked) form.setValue('file', picked, { shouldDirty: true, shouldValidate: true });
  };

  const onSubmit = form.handleSubmit(async ({ file }) => {
    setBusy(true);
    setAlert(null);
    setResult(null);
    try {
      setResult(await call('backup.verify', { file }));
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: ['file'] }, t));
    } finally {
      setBusy(false);
    }
  });

  return (
    <section className="panel backup-panel" aria-labelledby="backup-verify-title" data-testid="backup-verify">
      <h2 id="backup-verify-title">{t('backup.verify.title')}</h2>
      <p className="muted">{t('backup.verify.intro')}</p>
      <form noValidate onSubmit={onSubmit} className="form" aria-busy={busy}>
        <FormAlert message={alert} testId="verify-error" />
        <PathField label={t('backup.verify.file')} hint={t('backup.verify.fileHint')} onBrowse={() => void browse()} disabled={busy} testId="verify-file" {...bind(form, 'file')} />
        <div className="form__actions">
          <button type="submit" className="btn btn--secondary" disabled={busy} data-testid="verify-submit">
            {busy ? t('backup.verify.busy') : t('backup.verify.submit')}
          </button>
        </div>
      </form>
      {busy ? <BackupBusy title={t('backup.verify.busy')} /> : null}
      <div role="status" className={result ? 'verify-result' : 'status-empty'} data-testid="verify-result">
        {result ? (
          <>
            <VerificationVerdict v={result} />
            <VerificationFacts v={result} />
          </>
        ) : null}
      </div>
    </section>
  );
}
