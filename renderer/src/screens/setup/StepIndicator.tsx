import type { FormEventHandler, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';

export type SetupStep = 'controller' | 'invoicing' | 'manager' | 'recovery';
const STEPS: SetupStep[] = ['controller', 'invoicing', 'manager', 'recovery'];

export function StepIndicator({ current }: { current: SetupStep }) {
  const { t } = useTranslation();
  const index = STEPS.indexOf(current);
  return (
    <ol className="steps" aria-label={t('setup.stepsLabel')}>
      {STEPS.map((s, i) => (
        <li key={s} className={i < index ? 'steps__item steps__item--done' : i === index ? 'steps__item steps__item--current' : 'steps__item'} aria-current={i === index ? 'step' : undefined}>
          <span className="steps__n" aria-hidden="true">
            {i < index ? '✓' : i + 1}
          </span>
          {t(`setup.steps.${s}`)}
        </li>
      ))}
    </ol>
  );
}

/** A step's heading, "Step n of 4" above its title; the number follows the order above. */
export function StepTitle({ step, id, headingRef }: { step: SetupStep; id?: string; headingRef?: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation();
  return (
    <h2 id={id} className="step-title" tabIndex={headingRef ? -1 : undefined} ref={headingRef}>
      <span className="step-title__n">{t('setup.stepOf', { n: STEPS.indexOf(step) + 1 })}</span>
      {t(`setup.${step}.title`)}
    </h2>
  );
}

/** A form step of the wizard: its heading and intro, then the step's own fields and buttons. */
export function StepForm({ step, onSubmit, children }: { step: SetupStep; onSubmit: FormEventHandler<HTMLFormElement>; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="setup-step-title" data-testid={`setup-${step}`}>
      <StepTitle step={step} id="setup-step-title" />
      <p className="muted">{t(`setup.${step}.intro`)}</p>
      {children}
    </form>
  );
}
