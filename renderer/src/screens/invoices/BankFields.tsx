// The seller's bank details (IBAN, BIC, bank), shared by Administration → Invoicing and the setup
// wizard's invoicing step, so both ask the same way; the schema is the contract's (shared/api/invoices).
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { bind, TextField } from '../../forms/fields';

type BankForm = { iban: string; bic: string; bankName: string };

// any context and any parsed-output type, as bind() in forms/fields
export function BankFields<T extends FieldValues & BankForm>({ form }: { form: UseFormReturn<T, any, any> }) {
  const { t } = useTranslation();
  const name = (k: keyof BankForm) => k as Path<T>;
  return (
    <>
      <TextField label={t('invoices.settings.iban')} hint={t('invoices.settings.ibanHint')} className="input mono" {...bind(form, name('iban'))} data-testid="settings-iban" />
      <TextField label={t('invoices.settings.bic')} optional className="input mono" {...bind(form, name('bic'))} data-testid="settings-bic" />
      <TextField label={t('invoices.settings.bankName')} optional {...bind(form, name('bankName'))} />
    </>
  );
}
