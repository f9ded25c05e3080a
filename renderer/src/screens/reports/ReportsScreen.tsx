// Reports: the bookkeeper's figures (manager only, as the core enforces). Pick a report and a
// period (or, for the ageing, a day), show it as a sortable table with a totals row, and save it
// as a PDF or a CSV. Every report shown or saved is written to the audit log by the core.
import { getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_KINDS, type ReportKind } from '../../../../shared/api/reports';
import { helsinkiDate } from '../../../../shared/format/dates';
import { ApiCallError, call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { DataTable } from '../../components/DataTable';
import { DateField } from '../../components/DateField';
import { DownloadButton } from '../../components/Download';
import { DocumentActions } from '../../components/DocumentActions';
import { errorMessage } from '../../forms/serverErrors';
import { PeriodPicker, periodOf, type PeriodState } from './PeriodPicker';
import { reportView, type AnyReport } from './reportColumns';
import { SalesChart } from './SalesChart';
import type { SalesReport } from '../../../../shared/api/reports';

const today = helsinkiDate();
const INITIAL: PeriodState = { kind: 'month', year: today.slice(0, 4), month: String(Number(today.slice(5, 7))), quarter: String(Math.ceil(Number(today.slice(5, 7)) / 3)), from: '', to: '' };

function fetchReport(kind: ReportKind, period: PeriodState, date: string): Promise<AnyReport> {
  if (kind === 'ageing') return call('reports.ageing', { date });
  const p = { period: periodOf(period) };
  if (kind === 'vat') return call('reports.vat', p);
  if (kind === 'invoices') return call('reports.invoices', p);
  if (kind === 'payments') return call('reports.payments', p);
  return call('reports.sales', p);
}

export function ReportsScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fi';
  const [kind, setKind] = useState<ReportKind>('vat');
  const [period, setPeriod] = useState<PeriodState>(INITIAL);
  const [date, setDate] = useState(today);
  const [shown, setShown] = useState<{ kind: ReportKind; data: AnyReport } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [sorting, setSorting] = useState<SortingState>([]);

  const show = async () => {
    setBusy(true);
    setError(null);
    setFields({});
    try {
      setShown({ kind, data: await fetchReport(kind, period, date) });
      setSorting([]);
    } catch (e) {
      setShown(null);
      setError(errorMessage(e, t));
      if (e instanceof ApiCallError) setFields(e.fields);
    } finally {
      setBusy(false);
    }
  };
  const view = useMemo(() => (shown ? reportView(shown.kind, shown.data, t, lang) : null), [shown, t, lang]);
  const table = useReactTable({ data: view?.rows ?? [], columns: view?.columns ?? [], state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });
  const fileInput = (format: 'pdf' | 'csv') => (kind === 'ageing' ? { report: kind, format, date } : { report: kind, format, period: periodOf(period) });

  return (
    <section className="page page--wide reports-screen" aria-labelledby="reports-title" data-testid="reports-screen">
      <div className="page__head">
        <h1 id="reports-title" tabIndex={-1}>{t('reports.title')}</h1>
      </div>
      <div className="report-kinds" role="group" aria-label={t('reports.title')}>
        {REPORT_KINDS.map((k) => (
          <button key={k} type="button" className={k === kind ? 'btn btn--primary' : 'btn btn--secondary'} aria-pressed={k === kind} onClick={() => (setKind(k), setShown(null))} data-testid={`report-${k}`}>
            {t(`reports.kinds.${k}`)}
          </button>
        ))}
      </div>
      <form
        className="report-controls"
        onSubmit={(e) => {
          e.preventDefault();
          void show();
        }}
      >
        {kind === 'ageing' ? <DateField label={t('reports.ageingDate')} value={date} onChange={setDate} error={fields.date} data-testid="ageing-date" /> : <PeriodPicker value={period} onChange={setPeriod} errors={fields} />}
        <div className="report-controls__actions">
          <button type="submit" className="btn btn--primary" disabled={busy} data-testid="report-show">
            {t('reports.show')}
          </button>
          <DocumentActions saveLabel={t('reports.pdf')} fetchFile={() => call('reports.file', fileInput('pdf'))} testId="report-pdf" />
          <DownloadButton label={t('reports.csv')} fetchFile={() => call('reports.file', fileInput('csv'))} testId="report-csv" />
        </div>
      </form>
      <FormAlert message={error} testId="report-error" />
      {shown && view ? (
        <div className="report-result" data-testid={`report-result-${shown.kind}`}>
          {shown.kind === 'sales' && (shown.data as SalesReport).rows.length > 0 ? <SalesChart report={shown.data as SalesReport} /> : null}
          <DataTable table={table} label={t(`reports.kinds.${shown.kind}`)} empty={t('reports.empty')} testId="report-table" totals={view.totals} />
        </div>
      ) : null}
    </section>
  );
}
