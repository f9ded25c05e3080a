// First start on an empty data folder: (1) the controller and contact person, (2) the bank
// details for invoices (skippable), (3) the first manager, then setup.createRegister, (4) the
// recovery code — shown once — and its PDF.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { controllerSchema, firstManagerSchema, type CreatedRegister } from '../../../../shared/api/setup';
import { call } from '../../api';
import { AuthLayout } from '../../app/AuthLayout';
import { currentLanguage } from '../../i18n';
import { ControllerFields, EMPTY_CONTROLLER } from '../../forms/ControllerFields';
import { applyServerError, fieldErrorsByPrefix } from '../../forms/serverErrors';
import { StepIndicator, StepTitle, type SetupStep } from './StepIndicator';
import { InvoicingStep, invoicingStepSchema } from './InvoicingStep';
import { ManagerStep, managerStepSchema } from './ManagerStep';
import { RecoveryStep } from './RecoveryStep';

export const controllerStepSchema = z.object({ controller: controllerSchema });
type ControllerValues = z.output<typeof controllerStepSchema>['controller'];
type InvoicingValues = z.output<typeof invoicingStepSchema>;

const EMPTY_KEYS = Object.keys(EMPTY_CONTROLLER) as (keyof ControllerValues)[];
const MANAGER_FIELDS = Object.keys(firstManagerSchema.shape).map((k) => `manager.${k}`);
const EMPTY_INVOICING = { iban: '', bic: '', bankName: '' };

export function SetupWizard({ onDone }: { onDone: (managerUsername: string) => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<SetupStep>('controller');
  const [controller, setController] = useState<ControllerValues | null>(null);
  /** null: the step was skipped (or not reached); home reminds until the IBAN is given. */
  const [invoicing, setInvoicing] = useState<InvoicingValues | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [result, setResult] = useState<{ created: CreatedRegister; username: string } | null>(null);

  const controllerForm = useForm({
    resolver: zodResolver(controllerStepSchema),
    defaultValues: { controller: EMPTY_CONTROLLER },
    mode: 'onTouched',
  });
  // Checked on "Next" only: a check on leaving the focused IBAN field would move "Skip" under the pointer.
  const invoicingForm = useForm({
    resolver: zodResolver(invoicingStepSchema),
    defaultValues: EMPTY_INVOICING,
  });
  const managerForm = useForm({
    resolver: zodResolver(managerStepSchema),
    defaultValues: { manager: { fullName: '', username: '', password: '', confirmPassword: '', commitmentDate: '' } },
    mode: 'onTouched',
  });

  // Entering step 1: focus the first field the core refused, else the first field.
  useEffect(() => {
    if (step !== 'controller') return;
    const errors = controllerForm.formState.errors.controller ?? {};
    const first = EMPTY_KEYS.find((k) => k in errors) ?? 'name';
    controllerForm.setFocus(`controller.${first}`);
  }, [step]);

  const submitController = controllerForm.handleSubmit((values) => {
    setController(values.controller);
    setAlert(null);
    setStep('invoicing');
  });

  const submitInvoicing = invoicingForm.handleSubmit((values) => {
    setInvoicing(values);
    setStep('manager');
  });
  const skipInvoicing = () => {
    setInvoicing(null);
    invoicingForm.reset(EMPTY_INVOICING);
    setStep('manager');
  };

  const submitManager = managerForm.handleSubmit(async ({ manager }) => {
    if (!controller) return setStep('controller');
    setAlert(null);
    const { confirmPassword: _confirm, ...managerInput } = manager;
    try {
      const created = await call('setup.createRegister', { controller, manager: managerInput, language: currentLanguage(), ...(invoicing ? { invoicing } : {}) });
      managerForm.reset(); // the password leaves memory with the form
      setResult({ created, username: managerInput.username });
      setStep('recovery');
    } catch (err) {
      // A controller field the core refused: back to step 1 with the message under the field.
      const controllerErrors = fieldErrorsByPrefix(err, 'controller');
      if (controllerErrors.length) {
        setStep('controller');
        for (const [path, message] of controllerErrors) {
          controllerForm.setError(path as `controller.${keyof ControllerValues}`, { type: 'server', message });
        }
        setAlert(t('errors.validation'));
        return;
      }
      // A bank detail the core refused: back to step 2, likewise.
      const invoicingErrors = fieldErrorsByPrefix(err, 'invoicing');
      if (invoicingErrors.length) {
        setStep('invoicing');
        for (const [path, message] of invoicingErrors) invoicingForm.setError(path.slice('invoicing.'.length) as keyof InvoicingValues, { type: 'server', message });
        return;
      }
      setAlert(applyServerError(err, { setError: managerForm.setError, fields: MANAGER_FIELDS }, t));
    }
  });

  return (
    <AuthLayout wide>
      <section className="card card--wide setup" aria-labelledby="setup-title">
        <header className="setup__header">
          <h1 id="setup-title">{t('setup.title')}</h1>
          <StepIndicator current={step} />
        </header>
        {step === 'controller' && (
          <form className="form" noValidate onSubmit={submitController} aria-labelledby="setup-step-title" data-testid="setup-controller">
            <StepTitle step="controller" id="setup-step-title" />
            <p className="muted">{t('setup.intro')}</p>
            <p className="muted">{t('setup.controller.intro')}</p>
            {alert ? (
              <div role="alert" className="alert alert--error" data-testid="form-error">
                {alert}
              </div>
            ) : null}
            <ControllerFields
              companyLegend={t('setup.controller.company')}
              contactLegend={t('setup.controller.contact')}
              field={(k) => ({
                registration: controllerForm.register(`controller.${k}`),
                error: controllerForm.formState.errors.controller?.[k],
              })}
            />
            <div className="form__actions form__actions--end">
              <button type="submit" className="btn btn--primary">
                {t('common.next')}
              </button>
            </div>
          </form>
        )}
        {step === 'invoicing' && <InvoicingStep form={invoicingForm} onSubmit={submitInvoicing} onSkip={skipInvoicing} onBack={() => setStep('controller')} />}
        {step === 'manager' && (
          <ManagerStep
            form={managerForm}
            alert={alert}
            onSubmit={submitManager}
            onBack={() => {
              setAlert(null);
              setStep('invoicing');
            }}
          />
        )}
        {step === 'recovery' && result && <RecoveryStep created={result.created} onContinue={() => onDone(result.username)} />}
      </section>
    </AuthLayout>
  );
}
