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
