import { useEffect, type FormEventHandler } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../../../../shared/api/fields';
import { firstManagerSchema } from '../../../../shared/api/setup';
import { helsinkiDate } from '../../../../shared/format/dates';
import { bind, TextField } from '../../forms/fields';
import { StepForm } from './StepIndicator';
import { FormDateField } from '../../components/DateField';

/** The contract's first-manager schema plus the password confirmation (UI only). */
export const managerStepSchema = z
  .object({ manager: firstManagerSchema.extend({ confirmPassword: z.string() }) })
  .refine((v) => v.manager.password === v.manager.confirmPassword, {
    path: ['manager', 'confirmPassword'],
    message: 'errors.passwordMismatch',
    when: () => true,
  });

type ManagerForm = UseFormReturn<z.input<typeof managerStepSchema>, unknown, z.output<typeof managerStepSchema>>;

interface ManagerStepProps {
  form: ManagerForm;
  alert: string | null;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onBack: () => void;
}

export function ManagerStep({ form, alert, onSubmit, onBack }: ManagerStepProps) {
  const { t } = useTranslation();
  const { isSubmitting } = form.formState;
  useEffect(() => {
    form.setFocus('manager.fullName');
  }, [form]);
  return (
    <StepForm step="manager" onSubmit={onSubmit}>
      {alert ? (
        <div role="alert" className="alert alert--error" data-testid="form-error">
          {alert}
        </div>
      ) : null}
      <div className="grid grid--2">
        <TextField label={t('fields.user.fullName')} autoComplete="name" {...bind(form, 'manager.fullName')} />
        <TextField
          label={t('fields.user.username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          hint={t('fields.user.usernameHint')}
          {...bind(form, 'manager.username')}
        />
        <TextField
          label={t('fields.user.password')}
          type="password"
          autoComplete="new-password"
          hint={t('fields.user.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          {...bind(form, 'manager.password')}
        />
        <TextField label={t('fields.user.confirmPassword')} type="password" autoComplete="new-password" {...bind(form, 'manager.confirmPassword')} />
        <FormDateField form={form} name="manager.commitmentDate" label={t('fields.user.commitmentDate')} max={helsinkiDate()} hint={t('fields.user.commitmentHint')} fieldClassName="field--short" />
      </div>
      <div className="form__actions form__actions--split">
        <button type="button" className="btn btn--secondary" onClick={onBack}>
          {t('common.back')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={isSubmitting}>
          {isSubmitting ? t('setup.manager.submitting') : t('setup.manager.submit')}
        </button>
      </div>
    </StepForm>
  );
}
