// Restore (manager): a backup becomes the register. The file is verified and shown first; the
// password must be one that was valid in the backup. The current register is set aside (kept),
// everyone is logged out, and the app returns to the login screen with what happened.
import { restoreNotice } from './restoreReport';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { BackupVerification } from '../../../../shared/api/backup';
import { givenPassword, username as usernameField } from '../../../../shared/api/fields';
import { formatInstant } from '../../../../shared/format/dates';
import type { Notice } from '../../app/types';
import { ApiCallError, call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { Modal } from '../../components/Modal';
import { bind, TextField } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';
import { currentLanguage } from '../../i18n';
import { countText } from './format';
import { PathField } from './PathField';
import { BackupBusy } from './BackupBusy';
import { VerificationFacts, VerificationVerdict } from './VerificationSummary';
import { fileSchema } from './VerifyPanel';

const schema = z.object({
  file: fileSchema,
  username: usernameField,
  password: givenPassword,
});
type RestoreInput = z.input<typeof schema>;
const FIELDS = ['file', 'username', 'password'];

interface RestorePanelProps {
  lastFolder: string | null;
  /** All sessions ended: to the login screen, with this notice. */
  onSessionEnded: (notice: Notice) => void;
}

export function RestorePanel({ lastFolder, onSessionEnded }: RestorePanelProps) {
  const { t } = useTranslation();
  const form = useForm<RestoreInput>({ resolver: zodResolver(schema), defaultValues: { file: '', username: '', password: '' } });
  const [checking, setChecking] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<BackupVerification | null>(null);
  const [restoring, setRestoring] = useState(false);
  /** A backup of another register replaces this one only with this separate confirmation. */
  const [replaceOther, setReplaceOther] = useState(false);
  /** What was checked in step 1 (parsed: trimmed, the username in lower case). */
  const credentials = useRef<{ file: string; username: string; password: string } | null>(null);

  const browse = async () => {
    const picked = await window.register.pickBackupFile(form.getValues('file').trim() || lastFolder || undefined);
    if (picked) form.setValue('file', picked, { shouldDirty: true, shouldValidate: true });
  };

  // Step 1: is the file usable at all? Show what it holds before anything happens.
  const onSubmit = form.handleSubmit(async ({ file, username, password }) => {
    credentials.current = { file, username, password };
    setAlert(null);
    setChecking(true);
    try {
      const v = await call('backup.verify', { file });
      if (!v.intact) form.setError('file', { type: 'server', message: v.problem ?? t('errors.backupDamaged') }, { shouldFocus: true });
      else {
        setReplaceOther(false);
        setConfirm(v);
      }
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: FIELDS }, t));
    } finally {
      setChecking(false);
    }
  });

  // Step 2, confirmed: the swap.
  const restore = async () => {
    if (!credentials.current) return;
    setRestoring(true);
    try {
      const r = await call('backup.restore', { ...credentials.current, replaceRegister: confirm?.sameRegister === false && replaceOther });
      onSessionEnded(restoreNotice(t, r, currentLanguage()));
    } catch (err) {
      setRestoring(false);
      setConfirm(null);
      credentials.current = null;
      form.setValue('password', '');
      // Wrong credentials for the backup answer AUTH_REQUIRED (LOCKED after too many): they are
      // about the backup's account — unless this session itself has ended meanwhile. (A locked
      // screen shows itself: the core tells the window.)
      if (err instanceof ApiCallError && err.code === 'AUTH_REQUIRED') {
        const current = await call('session.current', {}).catch(() => null);
        if (current && !current.session) return onSessionEnded({ tone: 'error', text: err.message });
        form.setError('password', { type: 'server', message: err.message }, { shouldFocus: true });
        return;
      }
      setAlert(applyServerError(err, { setError: form.setError, fields: FIELDS }, t));
    }
  };

  const cancel = () => {
    if (restoring) return;
    credentials.current = null;
    setConfirm(null);
  };

  const busy = checking || restoring;
  return (
    <section className="panel backup-panel backup-restore" aria-labelledby="backup-restore-title" data-testid="backup-restore">
      <h2 id="backup-restore-title">{t('backup.restore.title')}</h2>
      <p className="muted">{t('backup.restore.intro')}</p>
      <form noValidate onSubmit={onSubmit} className="form" aria-busy={busy}>
        <FormAlert message={alert} testId="restore-error" />
        <PathField label={t('backup.restore.file')} hint={t('backup.verify.fileHint')} onBrowse={() => void browse()} disabled={busy} testId="restore-file" {...bind(form, 'file')} />
        <fieldset className="fieldset">
          <legend>{t('backup.restore.credentials')}</legend>
          <p className="muted fieldset__intro">{t('backup.restore.credentialsHint')}</p>
          <div className="grid grid--2">
            <TextField label={t('fields.user.username')} autoComplete="off" spellCheck={false} readOnly={busy} {...bind(form, 'username')} />
            <TextField label={t('fields.user.password')} type="password" autoComplete="off" readOnly={busy} {...bind(form, 'password')} />
          </div>
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="btn btn--danger-outline" disabled={busy} data-testid="restore-check">
            {checking ? t('backup.restore.checking') : t('backup.restore.check')}
          </button>
        </div>
      </form>
      {confirm ? (
        <Modal title={t('backup.restore.confirmTitle')} onClose={cancel} testId="restore-confirm">
          <p>{t('backup.restore.confirmIntro')}</p>
          <div className="restore-summary">
            <VerificationVerdict v={confirm} />
            <VerificationFacts v={confirm} />
          </div>
          <ul className="restore-consequences">
            <li>{t('backup.restore.confirmReplace', { at: confirm.createdAt ? formatInstant(confirm.createdAt, currentLanguage()) : t('common.none') })}</li>
            <li>{t('backup.restore.confirmAside')}</li>
            <li>{t('backup.restore.confirmLogout')}</li>
          </ul>
          {confirm.sameRegister === false ? (
            <div className="restore-other" data-testid="restore-other-register">
              <div className="alert alert--warning" role="note">
                {t('backup.restore.otherRegisterWarning')}
              </div>
              <label className="checkline">
                <input type="checkbox" checked={replaceOther} onChange={(e) => setReplaceOther(e.target.checked)} disabled={restoring} data-testid="restore-other-confirm" />
                {t('backup.restore.otherRegisterConfirm')}
              </label>
            </div>
          ) : null}
          {restoring ? (
            <BackupBusy title={t('backup.restore.busy')} />
          ) : null}
          <div className="form__actions form__actions--end">
            <button type="button" className="btn btn--secondary" onClick={cancel} disabled={restoring} autoFocus>
              {t('common.cancel')}
            </button>
            <button type="button" className="btn btn--danger" onClick={() => void restore()} disabled={restoring || (confirm.sameRegister === false && !replaceOther)} data-testid="restore-confirm-button">
              {restoring ? t('backup.restore.busy') : t('backup.restore.confirm')}
            </button>
          </div>
        </Modal>
      ) : null}
    </section>
  );
}
