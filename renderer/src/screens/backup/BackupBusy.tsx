// What a running backup, verify or restore is doing: the core reports its steps ('backup-progress'
// events) while the work runs on its worker, so a ten-year register shows a moving bar rather than
// a window that seems to hang.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupPhase } from '../../../../shared/api/bridge';
import { currentLanguage } from '../../i18n';
import { formatBytes } from './format';

export function BackupBusy({ title, hint, testId }: { title: string; hint?: string; testId?: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [step, setStep] = useState<{ phase: BackupPhase; done: number; total: number } | null>(null);
  useEffect(
    () =>
      window.register.onEvent((event) => {
        if (event.type === 'backup-progress') setStep({ phase: event.phase, done: event.done, total: event.total });
      }),
    [],
  );
  const measured = step !== null && step.total > 0;
  return (
    <div className="backup-busy" role="status" data-testid={testId}>
      <span className="spinner" aria-hidden="true" />
      <div className="backup-busy__body">
        <p className="strong">{title}</p>
        {hint ? <p className="muted">{hint}</p> : null}
        {step ? (
          <>
            <p data-testid="backup-phase">
              {t(`backup.progress.${step.phase}`)}
              {measured ? ` — ${formatBytes(step.done, lang)} / ${formatBytes(step.total, lang)}` : ''}
            </p>
            {/* Without a value the bar is indeterminate: a step with no measure (snapshot, database check). */}
            <progress className="backup-busy__bar" max={measured ? step.total : undefined} value={measured ? step.done : undefined} aria-label={t(`backup.progress.${step.phase}`)} />
          </>
        ) : null}
      </div>
    </div>
  );
}
