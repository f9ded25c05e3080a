// Mailing labels for direct mail (Alt+5): choose customers by city, postal code range and
// customer-since date; the app itself leaves out everyone who has forbidden direct advertising or
// publication in lists, whose processing is restricted, or who has no postal address — and says
// how many and why — then prints an A4 sheet of 3 × 8 labels. Each printing is recorded.
import { useEffect, useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { labelFilters, type LabelPreview } from '../../../../shared/api/marketing';
import { helsinkiDate } from '../../../../shared/format/dates';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import type { FilePayload } from '../../components/Download';
import { DocumentActions, DocumentCancelled } from '../../components/DocumentActions';
import { bind, TextField } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';
import { FormDateField } from '../../components/DateField';

type FormInput = z.input<typeof labelFilters>;
type FormOutput = z.output<typeof labelFilters>;
const FIELDS = ['city', 'postalFrom', 'postalTo', 'customerSince', 'boughtSince'];
const REASONS = ['directAdvertising', 'publication', 'restricted', 'noAddress'] as const;

const number = (n: number) => new Intl.NumberFormat('fi-FI').format(n);

export function LabelsScreen() {
  const { t } = useTranslation();
  const id = useId();
  const [alert, setAlert] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ filters: string; result: LabelPreview } | null>(null);
  const [printed, setPrinted] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(labelFilters),
    defaultValues: { city: '', postalFrom: '', postalTo: '', customerSince: '', boughtSince: '' },
  });
  const { isSubmitting } = form.formState;
  const watched = JSON.stringify(useWatch({ control: form.control }));
  const stale = preview !== null && preview.filters !== watched;

  useEffect(() => {
    form.setFocus('city');
  }, [form]);

  const onPreview = form.handleSubmit(async (values) => {
    setAlert(null);
    setPrinted(null);
    try {
      setPreview({ filters: watched, result: await call('marketing.labels.preview', values) });
    } catch (err) {
      setAlert(applyServerError(err, { setError: form.setError, fields: FIELDS }, t));
    }
  });

  /** The label sheets for the filters on the form; DocumentCancelled when the form says no. */
  const makeLabels = () =>
    new Promise<FilePayload>((resolve, reject) => {
      void form.handleSubmit(
        async (values) => {
          setAlert(null);
          setPrinted(null);
          setPrinting(true);
          try {
            const result = await call('marketing.labels.pdf', values);
            setPreview({ filters: watched, result });
            setPrinted(t('marketing.labels.printed', { count: result.included, sheets: result.sheets, file: result.filename }));
            resolve({ filename: result.filename, base64: result.base64 });
          } catch (err) {
            setAlert(applyServerError(err, { setError: form.setError, fields: FIELDS }, t));
            reject(new DocumentCancelled());
          } finally {
            setPrinting(false);
          }
        },
        () => reject(new DocumentCancelled()),
      )();
    });

  const p = preview?.result;
  const excludedTotal = p ? REASONS.reduce((sum, r) => sum + p.excluded[r], 0) : 0;

  return (
    <section className="page page--wide" aria-labelledby={`${id}-title`} data-testid="screen-marketing">
      <div className="page__head">
        <h1 id={`${id}-title`} tabIndex={-1}>
          {t('marketing.labels.title')}
        </h1>
      </div>
      <p className="muted labels-intro">{t('marketing.labels.intro')}</p>
      <div className="labels-layout">
        <form className="box form" noValidate onSubmit={onPreview} data-testid="labels-form" aria-labelledby={`${id}-filters`}>
          <h2 id={`${id}-filters`} className="box__title">
            {t('marketing.labels.filters')}
          </h2>
          <FormAlert message={alert} />
          <TextField label={t('marketing.labels.city')} optional autoComplete="off" hint={t('marketing.labels.cityHint')} {...bind(form, 'city')} />
          <div className="grid grid--2">
            <TextField label={t('marketing.labels.postalFrom')} optional inputMode="numeric" maxLength={5} autoComplete="off" {...bind(form, 'postalFrom')} />
            <TextField label={t('marketing.labels.postalTo')} optional inputMode="numeric" maxLength={5} autoComplete="off" {...bind(form, 'postalTo')} />
          </div>
          <FormDateField form={form} name="customerSince" label={t('marketing.labels.customerSince')} optional max={helsinkiDate()} hint={t('marketing.labels.customerSinceHint')} />
          <FormDateField form={form} name="boughtSince" label={t('marketing.labels.boughtSince')} optional max={helsinkiDate()} hint={t('marketing.labels.boughtSinceHint')} />
          <div className="form__actions form__actions--end">
            <button type="submit" className="btn btn--secondary" disabled={isSubmitting} data-testid="labels-preview">
              {isSubmitting ? t('marketing.labels.counting') : t('marketing.labels.preview')}
            </button>
          </div>
        </form>

        <section className="box labels-result" aria-labelledby={`${id}-result`} aria-live="polite" data-testid="labels-result">
          <h2 id={`${id}-result`} className="box__title">
            {t('marketing.labels.resultTitle')}
          </h2>
          {!p ? (
            <p className="muted">{t('marketing.labels.noPreview')}</p>
          ) : (
            <>
              {stale ? <p className="alert alert--info">{t('marketing.labels.stale')}</p> : null}
              <div className="stats labels-stats">
                <div className="stat">
                  <span className="stat__value" data-testid="labels-included">
                    {number(p.included)}
                  </span>
                  <span className="stat__label">{t('marketing.labels.included', { count: p.included })}</span>
                </div>
                <div className="stat">
                  <span className="stat__value">{number(p.sheets)}</span>
                  <span className="stat__label">{t('marketing.labels.sheets', { count: p.sheets })}</span>
                </div>
              </div>
              <p className="muted">{t('marketing.labels.selected', { count: p.selected, formatted: number(p.selected) })}</p>
              <h3 className="labels-excluded__title">{t('marketing.labels.excludedTitle', { count: excludedTotal, formatted: number(excludedTotal) })}</h3>
              <table className="table table--compact" data-testid="labels-excluded">
                <tbody>
                  {REASONS.map((r) => (
                    <tr key={r} data-testid={`excluded-${r}`}>
                      <th scope="row">{t(`marketing.labels.reasons.${r}`)}</th>
                      <td className="table__num">{number(p.excluded[r])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="muted small">{t('marketing.labels.firstReason')}</p>
              {printed ? (
                <div role="status" className="alert alert--success" data-testid="labels-printed">
                  {printed}
                </div>
              ) : null}
              <div className="form__actions form__actions--end">
                <DocumentActions printFirst printLabel={t('marketing.labels.print')} disabled={printing || p.included === 0} fetchFile={makeLabels} testId="labels" />
              </div>
            </>
          )}
        </section>
      </div>
    </section>
  );
}
