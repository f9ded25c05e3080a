// A price list from a spreadsheet: choose the file, see every row checked (the core's preview,
// nothing saved), then import — all rows or, if any is wrong, none.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductImportPreview } from '../../../../shared/api/products';
import { call } from '../../api';
import { FormAlert, StatusMessage } from '../../components/Alerts';
import { readFileAsBase64 } from '../../components/Download';
import { errorMessage } from '../../forms/serverErrors';

export function ProductImport({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<string | null>(null);
  const [preview, setPreview] = useState<ProductImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<number | null>(null);

  const choose = async (f: File | undefined) => {
    setError(null);
    setPreview(null);
    setResult(null);
    if (!f) return;
    const base64 = await readFileAsBase64(f);
    setFile(base64);
    try {
      setPreview(await call('products.importPreview', { fileBase64: base64 }));
    } catch (err) {
      setError(errorMessage(err, t));
    }
  };
  const commit = async () => {
    if (!file) return;
    try {
      setResult((await call('products.importCommit', { fileBase64: file })).imported);
      setPreview(null);
    } catch (err) {
      setError(errorMessage(err, t));
    }
  };
  return (
    <section className="product-import" data-testid="product-import">
      <h2 className="step-title">{t('products.importTitle')}</h2>
      <p className="muted small">{t('products.importHint')}</p>
      <label className="field">
        <span className="field__label">{t('products.chooseFile')}</span>
        <input type="file" accept=".csv,text/csv" className="input" onChange={(e) => void choose(e.target.files?.[0])} data-testid="product-import-file" />
      </label>
      <FormAlert message={error} testId="product-import-error" />
      {result !== null ? <StatusMessage testId="product-import-done">{t('products.imported', { count: result })}</StatusMessage> : null}
      {preview ? (
        <>
          <p role="status" data-testid="product-import-summary">
            {t('products.preview', { valid: preview.validCount, errors: preview.errorCount })}
          </p>
          <div className="table-wrap">
            <table className="table table--compact" data-testid="product-import-rows">
              <thead>
                <tr>
                  <th scope="col">{t('products.row')}</th>
                  <th scope="col">{t('products.fields.code')}</th>
                  <th scope="col">{t('products.fields.nameFi')}</th>
                  <th scope="col">{t('products.fields.price')}</th>
                  <th scope="col">{t('products.problems')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.line} className={r.errors.length ? 'row--error' : undefined}>
                    <td className="mono">{r.line}</td>
                    <td className="mono">{r.values.code}</td>
                    <td>{r.values.nameFi}</td>
                    <td className="money">{r.values.price}</td>
                    <td className="field__error">{r.errors.map((e) => `${e.field === '_' ? '' : `${t(`products.fields.${e.field === 'priceCents' ? 'price' : e.field}`, { defaultValue: e.field })}: `}${e.message}`).join(' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="form__actions">
            <button type="button" className="btn btn--primary" disabled={preview.errorCount > 0 || preview.validCount === 0} onClick={() => void commit()} data-testid="product-import-commit">
              {t('products.importCommit', { count: preview.validCount })}
            </button>
          </div>
        </>
      ) : null}
      <button type="button" className="btn btn--link" onClick={onDone}>
        {t('products.back')}
      </button>
    </section>
  );
}
