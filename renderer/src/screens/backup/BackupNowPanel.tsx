// "Back up now": the folder (the last one used, or typed / picked), a check of that folder as it
// is typed, then one verified backup file — and what to do before pulling the stick out.
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { BackupFolderCheck, BackupResult } from '../../../../shared/api/backup';
import { formatInstant } from '../../../../shared/format/dates';
import { ApiCallError, call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { bind } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';
import { currentLanguage } from '../../i18n';
import { notifyBackupChanged } from './events';
import { countText, formatBytes } from './format';
import { PathField } from './PathField';
import { BackupBusy } from './BackupBusy';
import { Icon } from '../../components/Icon';

const schema = z.object({ folder: z.string().trim().min(1, { message: 'errors.required' }).max(1000, { message: 'errors.tooLong' }) });
type FolderInput = z.input<typeof schema>;

const CHECK_DELAY_MS = 400;

export function BackupNowPanel({ lastFolder }: { lastFolder: string | null }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const form = useForm<FolderInput>({ resolver: zodResolver(schema), defaultValues: { folder: lastFolder ?? '' }, mode: 'onSubmit' });
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [result, setResult] = useState<BackupResult | null>(null);
  /** What the folder check found, for the value it checked. */
  // found: the folder's state; refused: why this user may not back up there (staff: a stick or the
  // shop's backup folder only).
  const [check, setCheck] = useState<{ typed: string; found: BackupFolderCheck | null; refused?: string } | null>(null);
  const folder = form.watch('folder');
  const resultRef = useRef<HTMLDivElement>(null);

  // The last folder arrives after the first render: take it unless something was typed already.
  useEffect(() => {
    if (lastFolder && !form.getFieldState('folder').isDirty && !form.getValues('folder')) form.reset({ folder: lastFolder });
  }, [lastFolder, form]);

  // Check the folder while it is typed (exists, writable, same disk as the register?).
  useEffect(() => {
    const value = folder.trim();
    setAlert(null);
    if (!value) {
      setCheck(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      call('backup.checkFolder', { folder: value }).then(
        (found) => live && setCheck({ typed: value, found }),
        (err: unknown) => live && setCheck(err instanceof ApiCallError && err.code === 'FORBIDDEN' ? { typed: value, found: null, refused: err.message } : null),
      );
    }, CHECK_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [folder]);

  const browse = async () => {
    const picked = await window.register.pickFolder(form.getValues('folder').trim() || lastFolder || undefined);
    if (picked) form.setValue('folder', picked, { shouldDirty: true, shouldValidate: true });
  };

  const onSubmit = form.handleSubmit(async ({ folder: target }) => {
    setBusy(true);
    setAlert(null);
    setResult(null);
    try {
      const r = await call('backup.create', { folder: target });
      setResult(r);
      notifyBackupChanged();
      requestAnimationFrame(() => resultRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }));
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: ['folder'] }, t));
    } finally {
      setBusy(false);
    }
  });

  const folderNote = (() => {
    if (!check || check.typed !== folder.trim() || form.formState.errors.folder) return null;
    const found = check.found;
    if (!found) return <p className="pathfield__note pathfield__note--warn" data-testid="folder-check">{check.refused}</p>;
    if (!found.exists) return <p className="pathfield__note pathfield__note--warn" data-testid="folder-check">{t('errors.backupFolderMissing')}</p>;
    if (!found.writable) return <p className="pathfield__note pathfield__note--warn" data-testid="folder-check">{t('errors.backupFolderNotWritable')}</p>;
    if (found.sameDiskAsRegister) {
      return (
        <div className="alert alert--warning backup-samedisk" data-testid="folder-check" role="note">
          <strong>{t('backup.now.sameDiskTitle')}</strong> {t('backup.now.sameDisk')}
        </div>
      );
    }
    return <p className="pathfield__note pathfield__note--ok" data-testid="folder-check">{t('backup.now.folderOk')}</p>;
  })();

  return (
    <section className="panel backup-panel" aria-labelledby="backup-now-title" data-testid="backup-now">
      <div className="backup-panel__head">
        <Icon name="backup" className="backup-panel__icon" />
        <div>
          <h2 id="backup-now-title">{t('backup.now.title')}</h2>
          <p className="muted">{t('backup.now.intro')}</p>
        </div>
      </div>
      <form noValidate onSubmit={onSubmit} className="form" aria-busy={busy}>
        <FormAlert message={alert} testId="backup-error" />
        <PathField
          label={t('backup.now.folder')}
          hint={t('backup.now.folderHint')}
          onBrowse={() => void browse()}
          disabled={busy}
          testId="backup-folder"
          {...bind(form, 'folder')}
        >
          {folderNote}
        </PathField>
        <div className="form__actions">
          <button type="submit" className="btn btn--primary" disabled={busy} data-testid="backup-submit">
            {busy ? t('backup.now.busy') : t('backup.now.submit')}
          </button>
        </div>
      </form>
      {busy ? (
        <BackupBusy title={t('backup.now.busy')} hint={t('backup.now.busyHint')} testId="backup-busy" />
      ) : null}
      <div role="status" className={result ? 'backup-done' : 'status-empty'} data-testid="backup-result">
        {result ? (
          <>
            <p className="backup-done__title">
              <CheckMark />
              {t('backup.now.done', {
                customers: countText(t, 'customers', result.counts.customers, lang),
                invoices: countText(t, 'invoices', result.counts.invoices, lang),
              })}
            </p>
            <dl className="facts">
              <dt>{t('backup.now.file')}</dt>
              <dd className="mono" data-testid="backup-result-file">{result.file}</dd>
              <dt>{t('backup.now.folder')}</dt>
              <dd className="mono">{result.folder}</dd>
              <dt>{t('backup.now.size')}</dt>
              <dd>{formatBytes(result.size, lang)}</dd>
              <dt>{t('backup.now.createdAt')}</dt>
              <dd>{formatInstant(result.createdAt, lang)}</dd>
            </dl>
            {result.removedOld.length > 0 ? <p className="muted">{t('backup.now.removedOld', { count: result.removedOld.length })}</p> : null}
          </>
        ) : null}
      </div>
      {result ? (
        <div className="backup-eject" data-testid="backup-eject" ref={resultRef}>
          <EjectMark />
          <div>
            <p className="strong">{t('backup.now.ejectTitle')}</p>
            <p>{t('backup.now.ejectBody')}</p>
          </div>
        </div>
      ) : null}
    </section>
  );
}

function CheckMark() {
  return (
    <svg className="icon backup-done__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="7.5" />
      <path d="M6.5 10.2l2.3 2.3 4.7-4.9" />
    </svg>
  );
}

function EjectMark() {
  return (
    <svg className="icon backup-eject__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M10 4l5.5 6.5h-11z" />
      <path d="M4.5 14.5h11" />
    </svg>
  );
}
