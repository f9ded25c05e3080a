// Settings (manager): idle lock, the controller's details and the Data Protection Ombudsman's.
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DEFAULT_OMBUDSMAN, settingsSchema, type Ombudsman, type Settings } from '../../../../shared/api/settings';
import { formatPhone } from '../../../../shared/format/phone';
import { call } from '../../api';
import { FormAlert, StatusMessage } from '../../components/Alerts';
import { CONTROLLER_FIELD_PATHS, ControllerFields, EMPTY_CONTROLLER } from '../../forms/ControllerFields';
import { bind, TextField } from '../../forms/fields';
import { useStoredForm } from '../../forms/useStoredForm';

type SettingsInput = z.input<typeof settingsSchema>;
const OMBUDSMAN_KEYS = Object.keys(DEFAULT_OMBUDSMAN) as (keyof Ombudsman)[];
const FIELDS = ['idleLockMinutes', ...CONTROLLER_FIELD_PATHS, ...OMBUDSMAN_KEYS.map((k) => `ombudsman.${k}`)];

const EMPTY: SettingsInput = { idleLockMinutes: 5, controller: EMPTY_CONTROLLER, ombudsman: DEFAULT_OMBUDSMAN };

/** The stored settings as the form shows them: the phone the way it is read (stored E.164; saving normalises it again). */
const toForm = (s: Settings): SettingsInput => ({ ...s, controller: { ...s.controller, contactPhone: formatPhone(s.controller.contactPhone) } });

export function SettingsScreen({ onIdleMinutesChanged }: { onIdleMinutesChanged: (minutes: number) => void }) {
  const { t } = useTranslation();
  const form = useForm({ resolver: zodResolver(settingsSchema), defaultValues: EMPTY, mode: 'onTouched' });
  const { isSubmitting, isDirty } = form.formState;
  const { loaded, loadError, alert, saved, setSaved, onSubmit } = useStoredForm({
    form,
    load: () => call('settings.get', {}),
    save: (values) => call('settings.update', values),
    toForm,
    fields: FIELDS,
    onSaved: (stored) => onIdleMinutesChanged(stored.idleLockMinutes),
  });

  const restoreOmbudsman = () => {
    for (const k of OMBUDSMAN_KEYS) form.setValue(`ombudsman.${k}`, DEFAULT_OMBUDSMAN[k], { shouldDirty: true, shouldValidate: true });
  };

  if (loadError) return <FormAlert message={loadError} />;
  if (!loaded) return <p className="loading">{t('common.loading')}</p>;

  return (
    <form className="panel form" noValidate onSubmit={onSubmit} onChange={() => setSaved(false)} aria-labelledby="settings-title" data-testid="settings-form">
      <div className="panel__header">
        <div>
          <h2 id="settings-title">{t('settings.title')}</h2>
          <p className="muted">{t('settings.intro')}</p>
        </div>
      </div>
      <FormAlert message={alert} />
      <fieldset className="fieldset">
        <legend>{t('settings.lockSection')}</legend>
        <TextField
          label={t('settings.idleLockMinutes')}
          type="number"
          min={1}
          max={120}
          step={1}
          inputMode="numeric"
          hint={t('settings.idleHint')}
          fieldClassName="field--short"
          {...bind(form, 'idleLockMinutes', { valueAsNumber: true })}
        />
      </fieldset>
      <ControllerFields
        companyLegend={t('settings.controllerSection')}
        contactLegend={t('settings.contactSection')}
        field={(k) => ({ registration: form.register(`controller.${k}`), error: form.formState.errors.controller?.[k] })}
      />
      <fieldset className="fieldset">
        <legend>{t('settings.ombudsmanSection')}</legend>
        <p className="muted fieldset__intro">{t('settings.ombudsmanIntro')}</p>
        <div className="grid grid--2">
          {OMBUDSMAN_KEYS.map((k) => (
            <TextField
              key={k}
              label={t(`fields.ombudsman.${k}`)}
              type={k === 'email' ? 'email' : 'text'}
              {...bind(form, `ombudsman.${k}`)}
            />
          ))}
        </div>
        <button type="button" className="btn btn--link" onClick={restoreOmbudsman}>
          {t('settings.restoreOmbudsman')}
        </button>
      </fieldset>
      <div className="form__actions form__actions--sticky">
        <StatusMessage testId="settings-status">{saved ? t('settings.saved') : null}</StatusMessage>
        <button type="submit" className="btn btn--primary" disabled={isSubmitting || !isDirty} data-testid="settings-save">
          {isSubmitting ? t('common.saving') : t('settings.save')}
        </button>
      </div>
    </form>
  );
}
