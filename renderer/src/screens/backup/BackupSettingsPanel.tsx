// Backup settings (manager): when the reminder starts, and how many backups a folder keeps.
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { call } from '../../api';
import { FormAlert, StatusMessage } from '../../components/Alerts';
import { bind, TextField } from '../../forms/fields';
import { useStoredForm } from '../../forms/useStoredForm';
import { notifyBackupChanged } from './events';

const schema = z.object({
  warnAfterWorkingDays: z.number({ message: 'errors.required' }).int({ message: 'errors.range' }).min(1, { message: 'errors.range' }).max(60, { message: 'errors.range' }),
  keepNewest: z.number({ message: 'errors.required' }).int({ message: 'errors.range' }).min(0, { message: 'errors.range' }).max(100, { message: 'errors.range' }),
});
type SettingsInput = z.input<typeof schema>;
const FIELDS = ['warnAfterWorkingDays', 'keepNewest'];

export function BackupSettingsPanel() {
  const { t } = useTranslation();
  const form = useForm<SettingsInput>({ resolver: zodResolver(schema), defaultValues: { warnAfterWorkingDays: 1, keepNewest: 0 }, mode: 'onTouched' });
  const { isSubmitting, isDirty } = form.formState;
  const { loaded, loadError, alert, saved, setSaved, onSubmit } = useStoredForm({
    form,
    load: () => call('backup.status', {}),
    save: (values) => call('backup.updateSettings', values),
    toForm: (s) => ({ warnAfterWorkingDays: s.warnAfterWorkingDays, keepNewest: s.keepNewest }),
    fields: FIELDS,
    onSaved: notifyBackupChanged,
  });

  return (
    <form className="panel backup-panel form" noValidate onSubmit={onSubmit} onChange={() => setSaved(false)} aria-labelledby="backup-settings-title" data-testid="backup-settings">
      <h2 id="backup-settings-title">{t('backup.settings.title')}</h2>
      <p className="muted">{t('backup.settings.intro')}</p>
      {loadError ? (
        <FormAlert message={loadError} />
      ) : !loaded ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <>
          <FormAlert message={alert} />
          <TextField
            label={t('backup.settings.warnAfter')}
            hint={t('backup.settings.warnAfterHint')}
            type="number"
            min={1}
            max={60}
            step={1}
            inputMode="numeric"
            fieldClassName="field--short"
            {...bind(form, 'warnAfterWorkingDays', { valueAsNumber: true })}
          />
          <TextField
            label={t('backup.settings.keepNewest')}
            hint={t('backup.settings.keepNewestHint')}
            type="number"
            min={0}
            max={100}
            step={1}
            inputMode="numeric"
            fieldClassName="field--short"
            {...bind(form, 'keepNewest', { valueAsNumber: true })}
          />
          <div className="form__actions">
            <button type="submit" className="btn btn--primary" disabled={isSubmitting || !isDirty} data-testid="backup-settings-save">
              {isSubmitting ? t('common.saving') : t('backup.settings.save')}
            </button>
            <StatusMessage testId="backup-settings-status">{saved ? t('backup.settings.saved') : null}</StatusMessage>
          </div>
        </>
      )}
    </form>
  );
}
