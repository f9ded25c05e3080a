import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../../../shared/api/fields';
import { createUserInput, type UserRow } from '../../../../shared/api/users';
import { helsinkiDate } from '../../../../shared/format/dates';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { Modal } from '../../components/Modal';
import { bind, SelectField, TextField } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';
import { FormDateField } from '../../components/DateField';

const FIELDS = Object.keys(createUserInput.shape);

export function CreateUserDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (user: UserRow) => void }) {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(createUserInput),
    defaultValues: { fullName: '', username: '', role: 'staff' as const, password: '', commitmentDate: '' },
  });
  const { isSubmitting } = form.formState;

  useEffect(() => {
    form.setFocus('fullName');
  }, [form]);

  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    try {
      onCreated(await call('users.create', values));
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: FIELDS }, t));
    }
  });

  return (
    <Modal title={t('users.createTitle')} onClose={onClose} testId="create-user-dialog">
      <form className="form" noValidate onSubmit={onSubmit} data-testid="create-user-form">
        <p className="muted">{t('users.createIntro')}</p>
        <FormAlert message={alert} />
        <div className="grid grid--2">
          <TextField label={t('fields.user.fullName')} autoComplete="off" {...bind(form, 'fullName')} />
          <TextField
            label={t('fields.user.username')}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            hint={t('fields.user.usernameHint')}
            {...bind(form, 'username')}
          />
          <SelectField
            label={t('fields.user.role')}
            options={[
              { value: 'staff', label: t('roles.staff') },
              { value: 'manager', label: t('roles.manager') },
            ]}
            {...bind(form, 'role')}
          />
          <TextField
            label={t('fields.user.temporaryPassword')}
            type="password"
            autoComplete="new-password"
            hint={t('fields.user.passwordHint', { min: MIN_PASSWORD_LENGTH })}
            {...bind(form, 'password')}
          />
          <FormDateField form={form} name="commitmentDate" label={t('fields.user.commitmentDate')} max={helsinkiDate()} hint={t('fields.user.commitmentHint')} />
        </div>
        <div className="form__actions form__actions--end">
          <button type="button" className="btn btn--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={isSubmitting}>
            {isSubmitting ? t('users.creating') : t('users.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
