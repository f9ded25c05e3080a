// Bank reference payments in (issue #18 §1): choose the bank's camt.054 file, read the preview
// (nothing is written), tick or allocate the rows, confirm, see what was applied. The file's
// bytes stay in this screen's memory only; the core reads them again on confirm.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankImportPreview, BankImportResult } from '../../../../shared/api/paymentsImport';
import { formatMoney } from '../../../../shared/format/money';
import { call } from '../../api';
import { FileStepHeading } from '../../components/FileStepHeading';
import { FormAlert } from '../../components/Alerts';
import { readFileAsBase64 } from '../../components/Download';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { errorMessage } from '../../forms/serverErrors';
import { BankRowsTable, isSuggested, type Allocation } from './BankRowsTable';


/** The rows ticked by default: those the preview matched to an invoice. */
function initialAllocations(p: BankImportPreview): Map<string, Allocation> {
  const m = new Map<string, Allocation>();
  for (const r of p.rows) if (isSuggested(r.status) && r.invoice) m.set(r.key, { invoiceId: r.invoice.id, number: r.invoice.number, buyerName: r.invoice.buyerName, ticked: true });
  return m;
}

export function BankPaymentsScreen() {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<BankImportPreview | null>(null);
  const [allocations, setAllocations] = useState<Map<string, Allocation>>(new Map());
  const [busy, setBusy] = useState<'reading' | 'applying' | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [result, setResult] = useState<BankImportResult | null>(null);
  // A new key empties the file input, so the same file can be chosen again after a cancel.
  const [inputKey, setInputKey] = useState(0);
  useUnsavedChanges(preview !== null && result === null && [...allocations.values()].some((a) => a.ticked));

  const reset = () => {
    setPreview(null);
    setResult(null);
    setAlert(null);
    setAllocations(new Map());
  };

  const pickFile = async (f: File | undefined) => {
    reset();
    setFile(null);
    if (!f) return;
    setBusy('reading');
    try {
      const base64 = await readFileAsBase64(f);
      setFile({ name: f.name, base64 });
      const p = await call('payments.importPreview', { fileBase64: base64 });
      setPreview(p);
      setAllocations(initialAllocations(p));
    } catch (err) {
      setAlert(errorMessage(err, t));
    } finally {
      setBusy(null);
    }
  };

  const chosen = useMemo(() => [...allocations.entries()].filter(([, a]) => a.ticked), [allocations]);
  const chosenCents = useMemo(() => {
    const byKey = new Map(preview?.rows.map((r) => [r.key, r.amountCents]) ?? []);
    return chosen.reduce((s, [k]) => s + (byKey.get(k) ?? 0), 0);
  }, [chosen, preview]);

  const apply = async () => {
    if (!file || !preview || chosen.length === 0) return;
    setBusy('applying');
    setAlert(null);
    try {
      setResult(await call('payments.importApply', { fileBase64: file.base64, sha256: preview.sha256, rows: chosen.map(([key, a]) => ({ key, invoiceId: a.invoiceId })) }));
    } catch (err) {
      setAlert(errorMessage(err, t));
    } finally {
      setBusy(null);
    }
  };

  const c = preview?.counts;
  return (
    <div className="card-view bank-payments" data-testid="bank-payments">
      <FileStepHeading title={t('payments.title')} intro={t('payments.intro')} />
      <FormAlert message={alert} testId="bank-payments-error" />

      {result ? (
        <div className="box" role="status" data-testid="bank-payments-result">
          <p className="strong">
            {result.applied === 0 && result.alreadyApplied > 0
              ? t('payments.resultNothing')
              : t('payments.result', { applied: result.applied, amount: formatMoney(result.appliedCents), already: result.alreadyApplied, left: result.notApplied })}
          </p>
          <div className="form__actions">
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() => {
                reset();
                setFile(null);
                setInputKey((k) => k + 1);
              }}
              data-testid="bank-payments-another"
            >
              {t('payments.another')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-file`} className="field__label">
              {t('payments.chooseFile')}
            </label>
            <input
              key={inputKey}
              id={`${id}-file`}
              type="file"
              accept=".xml,application/xml,text/xml"
              className="input input--file"
              data-testid="bank-payments-file"
              disabled={busy !== null}
              onChange={(e) => void pickFile(e.target.files?.[0])}
            />
            {busy === 'reading' ? <p className="field__hint">{t('payments.reading')}</p> : null}
          </div>

          {preview && c ? (
            <section className="box" aria-labelledby={`${id}-preview`} data-testid="bank-payments-preview">
              <h3 id={`${id}-preview`} className="box__title">
                {file?.name}
              </h3>
              <dl className="record-facts record-facts--inline">
                <dt>{t('payments.account')}</dt>
                <dd>{preview.account}</dd>
                <dt>{t('payments.message')}</dt>
                <dd>{preview.messageId}</dd>
              </dl>
              <p data-testid="bank-payments-summary">
                {t('payments.summary', {
                  count: preview.rows.length,
                  matched: c.matched,
                  byAmount: c.matchedByAmount,
                  under: c.underpaid,
                  over: c.overpaid,
                  already: c.alreadyApplied,
                  unmatched: c.unmatched,
                  ignored: c.ignored,
                })}
              </p>
              <BankRowsTable rows={preview.rows} allocations={allocations} onAllocations={setAllocations} />
              <div className="form__actions">
                {chosen.length > 0 ? (
                  <p className="strong" data-testid="bank-payments-to-apply">
                    {t('payments.toApply', { count: chosen.length, amount: formatMoney(chosenCents) })}
                  </p>
                ) : (
                  <p className="muted">{t('payments.nothingToApply')}</p>
                )}
                <button type="button" className="btn btn--primary" disabled={busy !== null || chosen.length === 0} onClick={() => void apply()} data-testid="bank-payments-apply">
                  {busy === 'applying' ? t('payments.applying') : t('payments.apply')}
                </button>
                <button
                  type="button"
                  className="btn btn--secondary"
                  disabled={busy !== null}
                  onClick={() => {
                    reset();
                    setFile(null);
                    setInputKey((k) => k + 1);
                  }}
                >
                  {t('payments.cancel')}
                </button>
              </div>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
