// Setup step 2: the seller's bank details, so the first invoice is not refused for want of an
// IBAN. Skippable: the home screen then reminds until a manager gives them (Administration →
// Invoicing). The fields and their checks are those of the invoicing settings.
import { useEffect, type FormEventHandler } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { invoicingBankSchema } from '../../../../shared/api/invoices';
import { BankFields } from '../invoices/BankFields';
import { StepForm } from './StepIndicator';

/** The contract's bank details; here the IBAN is what the step is for ("Skip" leaves it out). */
export const invoicingStepSchema = invoicingBankSchema.refine((v) => v.iban !== '', { path: ['iban'], message: 'errors.required', when: () => true });

type InvoicingForm = UseFormReturn<z.input<typeof invoicingStepSchema>, unknown, z.output<typeof invoicingStepSchema>>;

interface InvoicingStepProps {
  form: InvoicingForm;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onSkip: () => void;
  onBack: () => void;
}

export function InvoicingStep({ form, onSubmit, onSkip, onBack }: InvoicingStepProps) {
  const { t } = useTranslation();
  useEffect(() => {
    form.setFocus('iban');
  }, [form]);
  return (
    <StepForm step="invoicing" onSubmit={onSubmit}>
      <div className="grid grid--3">
        <BankFields form={form} />
      </div>
      <p className="muted small">{t('setup.invoicing.later')}</p>
      <div className="form__actions form__actions--split">
        <button type="button" className="btn btn--secondary" onClick={onBack}>
          {t('common.back')}
        </button>
        <span className="form__actions-group">
          <button type="button" className="btn btn--secondary" onClick={onSkip} data-testid="setup-invoicing-skip">
            {t('setup.invoicing.skip')}
          </button>
          <button type="submit" className="btn btn--primary">
            {t('common.next')}
          </button>
        </span>
      </div>
    </StepForm>
  );
}
