// Importing an old customer list (CSV): pick the file and where the data came from, read the
// preview (nothing is written), then import the accepted rows in one go.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_SOURCES, type DataSource, type ImportPreview, type ImportRowPreview } from '../../../../shared/api/customers';
import { helsinkiDate } from '../../../../shared/format/dates';
import { ApiCallError, call } from '../../api';
import { FileStepHeading } from '../../components/FileStepHeading';
import { FormAlert } from '../../components/Alerts';
import { readFileAsBase64 } from '../../components/Download';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { errorMessage } from '../../forms/serverErrors';
import { BackButton } from '../../components/BackButton';
import type { CustomersNav } from './CustomersScreen';
import { DateField } from '../../components/DateField';
import { formatPhone } from './format';

const SHOW_ROWS = 500;


export function ImportScreen({ nav }: { nav: CustomersNav }) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [source, setSource] = useState<DataSource>('customer_notice');
  const [date, setDate] = useState(helsinkiDate());
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [includeDuplicates, setIncludeDuplicates] = useState(false);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [busy, setBusy] = useState<'reading' | 'preview' | 'commit' | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ imported: number; skipped: number } | null>(null);
  useUnsavedChanges(preview !== null && result === null);

  const reset = () => {
    setPreview(null);
    setResult(null);
    setAlert(null);
    setFieldErrors({});
  };

  const pickFile = async (f: File | undefined) => {
    reset();
    if (!f) return setFile(null);
    setBusy('reading');
    try {
      setFile({ name: f.name, base64: await readFileAsBase64(f) });
    } catch {
      setAlert(t('customers.import.readFailed'));
      setFile(null);
    } finally {
      setBusy(null);
    }
  };

  const failed = (err: unknown) => {
    setAlert(errorMessage(err, t));
    if (err instanceof ApiCallError) setFieldErrors(err.fields);
  };

  const loadPreview = async () => {
    if (!file) {
      setFieldErrors({ fileBase64: t('customers.import.chooseFile') });
      return;
    }
    setBusy('preview');
    setAlert(null);
    setFieldErrors({});
    try {
      setPreview(await call('customers.importPreview', { fileBase64: file.base64, source, sourceDate: date }));
    } catch (err) {
      failed(err);
    } finally {
      setBusy(null);
    }
  };

  const commit = async () => {
    if (!file) return;
    setBusy('commit');
    setAlert(null);
    try {
      setResult(await call('customers.importCommit', { fileBase64: file.base64, source, sourceDate: date, skipInvalid, includeDuplicates }));
    } catch (err) {
      failed(err);
    } finally {
      setBusy(null);
    }
  };

  const toImport = preview ? preview.rows.filter((r) => r.errors.length === 0 && (includeDuplicates || r.duplicates.length === 0)).length : 0;
  const blocked = preview !== null && preview.errorCount > 0 && !skipInvalid;
  const shown = useMemo(() => (preview ? (onlyProblems ? preview.rows.filter((r) => r.errors.length || r.duplicates.length) : preview.rows) : []), [preview, onlyProblems]);

  const fieldLabel = (field: string) => (field === '_' ? t('customers.import.wholeRow') : t(`fields.customer.${field}`, { defaultValue: field }));

  return (
    <div className="card-view import" data-testid="import-screen">
      <BackButton onBack={nav.back} />
      <FileStepHeading title={t('customers.import.title')} intro={t('customers.import.intro')} />
      <FormAlert message={alert} testId="import-error" />

      {result ? (
        <div className="box" role="status" data-testid="import-result">
          <p className="import__result">{t('customers.import.resultImported', { count: result.imported })}</p>
          {result.skipped > 0 ? <p className="muted">{t('customers.import.resultSkipped', { count: result.skipped })}</p> : null}
          <div className="form__actions">
            <button type="button" className="btn btn--primary" onClick={() => nav.done()} autoFocus>
              {t('customers.import.toList')}
            </button>
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() => {
                reset();
                setFile(null);
              }}
            >
              {t('customers.import.another')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <fieldset className="fieldset">
            <legend>{t('customers.import.fileLegend')}</legend>
            <div className="grid grid--import">
              <div className={fieldErrors.fileBase64 ? 'field field--invalid' : 'field'}>
                <label htmlFor={`${id}-file`} className="field__label">
                  {t('customers.import.file')}
                </label>
                <input
                  id={`${id}-file`}
                  type="file"
                  accept=".csv,.txt,text/csv,text/plain"
                  className="input input--file"
                  data-testid="import-file"
                  aria-describedby={`${id}-file-hint${fieldErrors.fileBase64 ? ` ${id}-file-error` : ''}`}
                  aria-invalid={fieldErrors.fileBase64 ? true : undefined}
                  onChange={(e) => void pickFile(e.target.files?.[0])}
                />
                <p id={`${id}-file-hint`} className="field__hint">
                  {t('customers.import.fileHint')}
                </p>
                {fieldErrors.fileBase64 ? (
                  <p id={`${id}-file-error`} className="field__error" role="alert">
                    {fieldErrors.fileBase64}
                  </p>
                ) : null}
              </div>
              <div className="field">
                <label htmlFor={`${id}-source`} className="field__label">
                  {t('customers.import.source')}
                </label>
                <select
                  id={`${id}-source`}
                  className="input"
                  value={source}
                  data-testid="import-source"
                  onChange={(e) => {
                    setSource(e.target.value as DataSource);
                    setPreview(null);
                  }}
                >
                  {DATA_SOURCES.map((s) => (
                    <option key={s} value={s}>
                      {t(`dataSources.${s}`)}
                    </option>
                  ))}
                </select>
              </div>
              <DateField
                label={t('customers.import.sourceDate')}
                value={date}
                max={helsinkiDate()}
                error={fieldErrors.sourceDate}
                data-testid="import-date"
                onChange={(v) => {
                  setDate(v);
                  setPreview(null);
                }}
              />
            </div>
            <div className="form__actions">
              <button type="button" className="btn btn--primary" disabled={busy !== null} onClick={() => void loadPreview()} data-testid="import-preview">
                {busy === 'preview' ? t('customers.import.reading') : t('customers.import.preview')}
              </button>
            </div>
          </fieldset>

          {preview ? (
            <section className="box" aria-labelledby={`${id}-preview`} data-testid="import-preview-result">
              <h3 id={`${id}-preview`} className="box__title">
                {t('customers.import.previewTitle', { file: file?.name ?? '' })}
              </h3>
              <dl className="record-facts record-facts--inline">
                <dt>{t('customers.import.encoding')}</dt>
                <dd data-testid="import-encoding">{preview.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252'}</dd>
                <dt>{t('customers.import.rows')}</dt>
                <dd>{preview.rows.length}</dd>
                <dt>{t('customers.import.valid')}</dt>
                <dd data-testid="import-valid">{preview.validCount}</dd>
                <dt>{t('customers.import.withErrors')}</dt>
                <dd data-testid="import-errors">{preview.errorCount > 0 ? <span className="text-danger strong">{preview.errorCount}</span> : 0}</dd>
                <dt>{t('customers.import.duplicates')}</dt>
                <dd data-testid="import-duplicates">{preview.duplicateCount > 0 ? <span className="text-warning strong">{preview.duplicateCount}</span> : 0}</dd>
              </dl>
              <p className="muted">
                {t('customers.import.columns')}: {preview.columns.join(', ')}
              </p>
              {preview.unknownColumns.length > 0 ? (
                <div className="alert alert--warning" data-testid="import-unknown-columns">
                  {t('customers.import.unknownColumns', { columns: preview.unknownColumns.join(', ') })}
                </div>
              ) : null}

              <div className="import__options">
                <label className="checkline">
                  <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} data-testid="import-skip-invalid" disabled={preview.errorCount === 0} />
                  {t('customers.import.skipInvalid', { count: preview.errorCount })}
                </label>
                <label className="checkline">
                  <input
                    type="checkbox"
                    checked={includeDuplicates}
                    onChange={(e) => setIncludeDuplicates(e.target.checked)}
                    data-testid="import-include-duplicates"
                    disabled={preview.duplicateCount === 0}
                  />
                  {t('customers.import.includeDuplicates', { count: preview.duplicateCount })}
                </label>
                <label className="checkline">
                  <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
                  {t('customers.import.onlyProblems')}
                </label>
              </div>

              <div className="table-wrap import__table">
                <table className="table table--compact" aria-label={t('customers.import.rowsLabel')} data-testid="import-rows">
                  <thead>
                    <tr>
                      <th scope="col" className="table__num">
                        {t('customers.import.line')}
                      </th>
                      <th scope="col">{t('customers.columns.name')}</th>
                      <th scope="col">{t('customers.columns.email')}</th>
                      <th scope="col">{t('customers.columns.phone')}</th>
                      <th scope="col">{t('customers.card.address')}</th>
                      <th scope="col">{t('customers.columns.organization')}</th>
                      <th scope="col">{t('customers.import.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.slice(0, SHOW_ROWS).map((r) => (
                      <ImportRow key={r.line} row={r} fieldLabel={fieldLabel} />
                    ))}
                    {shown.length === 0 ? (
                      <tr>
                        <td colSpan={7} className="table__empty">
                          {t('customers.import.noProblemRows')}
                        </td>
                      </tr>
                    ) : null}
                  </tbody>
                </table>
              </div>
              {shown.length > SHOW_ROWS ? <p className="muted">{t('customers.import.moreRows', { shown: SHOW_ROWS, total: shown.length })}</p> : null}

              {blocked ? (
                <p className="alert alert--info" data-testid="import-blocked">
                  {t('customers.import.blocked', { count: preview.errorCount })}
                </p>
              ) : null}
              <div className="form__actions form__actions--end">
                <button type="button" className="btn btn--secondary" onClick={nav.back}>
                  {t('common.cancel')}
                </button>
                <button type="button" className="btn btn--primary" disabled={blocked || toImport === 0 || busy !== null} onClick={() => void commit()} data-testid="import-commit">
                  {busy === 'commit' ? t('customers.import.importing') : t('customers.import.commit', { count: toImport })}
                </button>
              </div>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}

function ImportRow({ row, fieldLabel }: { row: ImportRowPreview; fieldLabel: (f: string) => string }) {
  const { t } = useTranslation();
  const v = row.values;
  const bad = row.errors.length > 0;
  const dup = row.duplicates.length > 0;
  return (
    <tr className={bad ? 'row--error' : dup ? 'row--warning' : undefined} data-testid={`import-row-${row.line}`}>
      <td className="table__num">{row.line}</td>
      <td>{[v.firstName, v.lastName].filter(Boolean).join(' ')}</td>
      <td>{v.email}</td>
      <td className="nowrap">{formatPhone(v.phone)}</td>
      <td>{[v.street, [v.postalCode, v.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</td>
      <td>{v.organization}</td>
      <td>
        {!bad && !dup ? <span className="badge badge--ok">{t('customers.import.ok')}</span> : null}
        {row.errors.map((e) => (
          <span key={e.field} className="import__problem import__problem--error">
            {fieldLabel(e.field)}: {e.message}
          </span>
        ))}
        {row.duplicates.map((d, i) => (
          <span key={`${d.id}-${i}`} className="import__problem import__problem--warning">
            {d.id
              ? t('customers.import.duplicateOf', { name: d.name, number: d.customerNumber, matched: d.matchedOn.map((m) => t(`customers.matchedOn.${m}`, { defaultValue: m })).join(', ') })
              : t('customers.import.duplicateInFile', { what: d.name, matched: d.matchedOn.map((m) => t(`customers.matchedOn.${m}`, { defaultValue: m })).join(', ') })}
          </span>
        ))}
      </td>
    </tr>
  );
}
