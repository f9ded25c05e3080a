// The period of a report: a month, a quarter, a year, or own dates (the core checks it again and
// answers a field message, shown under the field it names).
import { useTranslation } from 'react-i18next';
import type { PeriodInput } from '../../../../shared/api/reports';
import { PERIOD_KINDS } from '../../../../shared/api/reports';
import { DateField } from '../../components/DateField';

export type PeriodState = { kind: string; year: string; month: string; quarter: string; from: string; to: string };

export function periodOf(p: PeriodState): PeriodInput {
  const num = (v: string) => (v.trim() === '' ? undefined : Number(v));
  if (p.kind === 'custom') return { kind: 'custom', from: p.from, to: p.to };
  return { kind: p.kind as PeriodInput['kind'], year: num(p.year), ...(p.kind === 'month' ? { month: num(p.month) } : {}), ...(p.kind === 'quarter' ? { quarter: num(p.quarter) } : {}) };
}

export function PeriodPicker({ value, onChange, errors }: { value: PeriodState; onChange: (p: PeriodState) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const set = (patch: Partial<PeriodState>) => onChange({ ...value, ...patch });
  const monthNames = t('reports.monthNames', { returnObjects: true }) as string[];
  const err = (f: string) => errors[`period.${f}`];
  return (
    <fieldset className="report-period" data-testid="report-period">
      <legend className="field__label">{t('reports.period.label')}</legend>
      <div className="report-period__row">
        <div className="field">
          <select className="input" aria-label={t('reports.period.label')} value={value.kind} onChange={(e) => set({ kind: e.target.value })} data-testid="period-kind">
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`reports.period.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {value.kind !== 'custom' ? (
          <div className="field">
            <label className="field__label" htmlFor="period-year">{t('reports.period.yearField')}</label>
            <input id="period-year" className="input input--short" inputMode="numeric" value={value.year} onChange={(e) => set({ year: e.target.value })} aria-invalid={err('year') ? true : undefined} data-testid="period-year" />
            {err('year') ? <p className="field__error">{err('year')}</p> : null}
          </div>
        ) : null}
        {value.kind === 'month' ? (
          <div className="field">
            <label className="field__label" htmlFor="period-month">{t('reports.period.monthField')}</label>
            <select id="period-month" className="input" value={value.month} onChange={(e) => set({ month: e.target.value })} data-testid="period-month">
              {monthNames.map((name, i) => (
                <option key={name} value={String(i + 1)}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {value.kind === 'quarter' ? (
          <div className="field">
            <label className="field__label" htmlFor="period-quarter">{t('reports.period.quarterField')}</label>
            <select id="period-quarter" className="input" value={value.quarter} onChange={(e) => set({ quarter: e.target.value })} data-testid="period-quarter">
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={String(q)}>
                  {t('reports.period.quarterN', { n: q })}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {value.kind === 'custom' ? (
          <>
            <DateField label={t('reports.period.from')} value={value.from} onChange={(from) => set({ from })} error={err('from')} data-testid="period-from" />
            <DateField label={t('reports.period.to')} value={value.to} onChange={(to) => set({ to })} error={err('to')} data-testid="period-to" />
          </>
        ) : null}
      </div>
    </fieldset>
  );
}
