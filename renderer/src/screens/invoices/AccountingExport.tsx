// The accounting partner's material (invoices.accountingExport, manager only): pick a period, see
// which invoices it holds, then make the CSV files and download them. Making them is a disclosure
// of the customers' data to the bookkeeper: the core records it (who got which data, when, why)
// for every customer in the files — this screen says so before the button, and after it.
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { AccountingExport as ExportResult, InvoiceSummary } from '../../../../shared/api/invoices';
import { formatDate, isIsoDate } from '../../../../shared/format/dates';
import { formatMoney } from '../../../../shared/format/money';
import { call } from '../../api';
import { FormAlert, StatusMessage } from '../../components/Alerts';
import { DownloadLink, type FilePayload } from '../../components/Download';
import { bind, TextField } from '../../forms/fields';
import { applyServerError, errorMessage } from '../../forms/serverErrors';
import { InvoiceStatusBadge, today } from './format';
import { FormDateField } from '../../components/DateField';

const isoDate = z.string().refine(isIsoDate, { message: 'errors.date' });
const exportForm = z
  .object({ from: isoDate, to: isoDate, recipient: z.string().trim().min(1, { message: 'errors.required' }).max(200, { message: 'errors.tooLong' }) })
  .refine((v) => !isIsoDate(v.from) || !isIsoDate(v.to) || v.from <= v.to, { message: 'errors.endBeforeStart', path: ['to'] });
type ExportForm = z.infer<typeof exportForm>;

/** 'YYYY-MM' months as [first day, last day]. */
function monthRange(year: number, month: number): [string, string] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const last = new Date(Date.UTC(year, month, 0));
  return [first.toISOString().slice(0, 10), last.toISOString().slice(0, 10)];
}

function periods(todayIso: string) {
  const [y, m] = todayIso.split('-').map(Number) as [number, number];
  const prev = m === 1 ? monthRange(y - 1, 12) : monthRange(y, m - 1);
  return {
    lastMonth: prev,
    thisMonth: [monthRange(y, m)[0], todayIso] as [string, string],
    lastYear: [`${y - 1}-01-01`, `${y - 1}-12-31`] as [string, string],
  };
}

/** The rows of a CSV the core wrote (BOM, semicolons, quoted cells, CRLF), for a glance at its start. */
export function parseCsv(file: FilePayload): string[][] {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') row.push(cell), (cell = '');
    else if (c === '\r') continue;
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

const PREVIEW_ROWS = 8;

export function AccountingExport() {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const [result, setResult] = useState<(ExportResult & { recipient: string }) | null>(null);
  const [preview, setPreview] = useState<{ rows: InvoiceSummary[]; drafts: number; total: number; creditNotes: number; grossCents: number } | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const quick = useMemo(() => periods(today()), []);
  const form = useForm<ExportForm>({ resolver: zodResolver(exportForm), defaultValues: { from: quick.lastMonth[0], to: quick.lastMonth[1], recipient: '' } });
  const [from, to, recipient] = useWatch({ control: form.control, name: ['from', 'to', 'recipient'] });

  // The bookkeeper named in the invoicing settings, as the default recipient.
  useEffect(() => {
    call('invoicing.settings.get', {}).then(
      (s) => {
        if (s.accountingPartner && !form.getValues('recipient')) form.setValue('recipient', s.accountingPartner);
      },
      () => undefined,
    );
  }, [form]);

  // What the period holds: the issued invoices and credit notes dated in it (drafts are no vouchers).
  const validPeriod = isIsoDate(from) && isIsoDate(to) && from <= to;
  useEffect(() => {
    if (!validPeriod) return setPreview(null);
    let live = true;
    const timer = setTimeout(() => {
      Promise.all([
        call('invoices.list', { filter: 'all', from, to, query: '', offset: 0, limit: 1000 }),
        call('invoices.list', { filter: 'creditNotes', from, to, query: '', offset: 0, limit: 1 }),
      ]).then(
        ([d, credits]) => {
          if (!live) return;
          // The list puts drafts first, so every draft of the period is on this page: the sums less theirs are the export's.
          const issued = d.rows.filter((r) => r.status !== 'draft');
          const drafts = d.rows.filter((r) => r.status === 'draft');
          setPreview({ rows: issued, drafts: drafts.length, total: d.total - drafts.length, creditNotes: credits.total, grossCents: d.sums.grossCents - drafts.reduce((sum, r) => sum + r.grossCents, 0) });
          setPreviewError(null);
        },
        (err: unknown) => live && setPreviewError(errorMessage(err, t)),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [from, to, validPeriod]);

  const submit = form.handleSubmit(async (v) => {
    setAlert(null);
    setResult(null);
    try {
      const r = await call('invoices.accountingExport', { from: v.from, to: v.to, recipient: v.recipient });
      setResult({ ...r, recipient: v.recipient });
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: ['from', 'to', 'recipient'] }, t));
    }
  });

  const choose = ([a, b]: [string, string]) => {
    form.setValue('from', a, { shouldValidate: form.formState.isSubmitted });
    form.setValue('to', b, { shouldValidate: form.formState.isSubmitted });
  };
  const gross = preview?.grossCents ?? 0;
  const creditNotes = preview?.creditNotes ?? 0;

  return (
    <div className="accounting-export" data-testid="accounting-export">
      <p className="muted">{t('invoices.export.intro')}</p>
      <form className="form box" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="export-period-title" data-testid="export-form">
        <h2 id="export-period-title" className="box__title">
          {t('invoices.export.period')}
        </h2>
        <div className="list-toolbar">
          <FormDateField form={form} name="from" label={t('invoices.export.from')} fieldClassName="field--short" data-testid="export-from" data-autofocus />
          <FormDateField form={form} name="to" label={t('invoices.export.to')} fieldClassName="field--short" data-testid="export-to" />
          {(['lastMonth', 'thisMonth', 'lastYear'] as const).map((k) => (
            <button key={k} type="button" className="btn btn--secondary btn--small" onClick={() => choose(quick[k])} aria-label={`${t('invoices.export.quick')}: ${t(`invoices.export.${k}`)}`} data-testid={`export-${k}`}>
              {t(`invoices.export.${k}`)}
            </button>
          ))}
        </div>
        <div className="grid grid--2">
          <TextField label={t('invoices.export.recipient')} hint={t('invoices.export.recipientHint')} {...bind(form, 'recipient')} data-testid="export-recipient" />
        </div>

        <section className="export-preview" aria-labelledby="export-preview-title" data-testid="export-preview">
          <h3 id="export-preview-title" className="subhead">
            {validPeriod ? t('invoices.export.previewTitle', { from: formatDate(from), to: formatDate(to) }) : t('invoices.export.previewTitlePlain')}
          </h3>
          <FormAlert message={previewError} />
          {!validPeriod ? (
            <p className="muted">{t('invoices.export.previewNeedsPeriod')}</p>
          ) : preview === null ? (
            <p className="loading">{t('common.loading')}</p>
          ) : (
            <>
              <div className="stats" role="status" data-testid="export-preview-stats">
                <div className="stat">
                  <span className="stat__value" data-testid="export-preview-count">
                    {preview.total}
                  </span>
                  <span className="stat__label">{t('invoices.export.invoicesLabel', { count: preview.total })}</span>
                </div>
                {creditNotes > 0 ? (
                  <div className="stat">
                    <span className="stat__value">{creditNotes}</span>
                    <span className="stat__label">{t('invoices.export.creditNotesLabel', { count: creditNotes })}</span>
                  </div>
                ) : null}
                <div className="stat">
                  <span className="stat__value stat__value--money" data-testid="export-preview-gross">
                    {formatMoney(gross)}
                  </span>
                  <span className="stat__label">{t('invoices.export.grossLabel')}</span>
                </div>
              </div>
              {preview.rows.length > 0 ? (
                <div className="table-wrap">
                  <table className="table table--compact" aria-label={t('invoices.export.previewTable')} data-testid="export-preview-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('invoices.list.number')}</th>
                        <th scope="col">{t('invoices.list.date')}</th>
                        <th scope="col">{t('invoices.list.buyer')}</th>
                        <th scope="col" className="col-money">{t('invoices.list.gross')}</th>
                        <th scope="col">{t('invoices.list.status')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {preview.rows.slice(0, PREVIEW_ROWS).map((r) => (
                        <tr key={r.id}>
                          <td className="mono">{r.number}</td>
                          <td className="nowrap">{r.invoiceDate ? formatDate(r.invoiceDate) : ''}</td>
                          <td>{r.buyerName}</td>
                          <td className="col-money money">{formatMoney(r.grossCents)}</td>
                          <td>
                            <InvoiceStatusBadge status={r.status} t={t} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {preview.total > PREVIEW_ROWS ? <p className="muted small">{t('invoices.export.previewMore', { count: preview.total - PREVIEW_ROWS })}</p> : null}
                </div>
              ) : (
                <p className="muted">{t('invoices.export.previewNone')}</p>
              )}
              <p className="muted small">
                {t('invoices.export.previewAlso')}
                {preview.drafts > 0 ? ` ${t('invoices.export.draftsLeftOut', { count: preview.drafts })}` : ''}
              </p>
            </>
          )}
        </section>

        <div className="alert alert--warning" role="note" data-testid="export-disclosure-note">
          {t('invoices.export.disclosureNote', { recipient: recipient.trim() || t('invoices.export.theRecipient') })}
        </div>
        <FormAlert message={alert} />
        <div className="form__actions form__actions--end">
          <button type="submit" className="btn btn--primary" disabled={form.formState.isSubmitting} data-testid="export-submit">
            {form.formState.isSubmitting ? t('invoices.export.running') : t('invoices.export.submit')}
          </button>
        </div>
      </form>

      {result ? <ExportResultBox result={result} /> : null}
    </div>
  );
}

function ExportResultBox({ result }: { result: ExportResult & { recipient: string } }) {
  const { t } = useTranslation();
  const files = useMemo(() => result.files.map((f) => ({ file: f, rows: parseCsv(f) })), [result]);
  return (
    <section className="box export-result" aria-labelledby="export-result-title" data-testid="export-result">
      <h2 id="export-result-title" className="box__title">
        {t('invoices.export.resultTitle', { from: formatDate(result.from), to: formatDate(result.to) })}
      </h2>
      <StatusMessage testId="export-disclosure">
        {result.disclosureId !== null ? t('invoices.export.disclosureRecorded', { recipient: result.recipient, id: result.disclosureId }) : t('invoices.export.noDisclosure')}
      </StatusMessage>
      <dl className="record-facts record-facts--inline" data-testid="export-counts">
        <dt>{t('invoices.export.invoices')}</dt>
        <dd data-testid="export-count-invoices">{result.invoiceCount}</dd>
        <dt>{t('invoices.export.payments')}</dt>
        <dd data-testid="export-count-payments">{result.paymentCount}</dd>
        <dt>{t('invoices.export.reminders')}</dt>
        <dd data-testid="export-count-reminders">{result.reminderCount}</dd>
      </dl>
      {files.map(({ file, rows }, i) => (
        <div key={file.filename} data-testid={`export-file-${i}`}>
          <h3 className="subhead mono">{file.filename}</h3>
          <div className="list-toolbar">
            <DownloadLink file={file} className="btn btn--primary btn--download" testId={`export-download-${i}`}>
              {t('invoices.export.download')}
            </DownloadLink>
            <span className="muted small">{t('invoices.export.rows', { count: Math.max(0, rows.length - 1) })}</span>
          </div>
          <div className="table-wrap">
            <table className="table table--compact" aria-label={file.filename}>
              <thead>
                <tr>
                  {(rows[0] ?? []).map((h, j) => (
                    <th key={j} scope="col" className="nowrap">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.length <= 1 ? (
                  <tr>
                    <td colSpan={Math.max(1, rows[0]?.length ?? 1)} className="table__empty">
                      {t('invoices.export.fileEmpty')}
                    </td>
                  </tr>
                ) : (
                  rows.slice(1, 1 + PREVIEW_ROWS).map((r, j) => (
                    <tr key={j}>
                      {r.map((c, k) => (
                        <td key={k} className={/^-?\d+,\d\d$/.test(c) ? 'col-money money' : 'nowrap'}>
                          {c}
                        </td>
                      ))}
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
          {rows.length - 1 > PREVIEW_ROWS ? <p className="muted small">{t('invoices.export.rowsMore', { count: rows.length - 1 - PREVIEW_ROWS })}</p> : null}
        </div>
      ))}
    </section>
  );
}
