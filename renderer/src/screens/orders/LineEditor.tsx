// The editable lines of an order or of a draft invoice, for the keyboard alone: Enter in a line
// moves to the next one (or adds one after the last), the ✕ removes a line. Prices are typed in
// euros (12,50), with VAT included (shelf prices, the default of a new order) or without, as the
// form's "prices include VAT" switch says; each line's total and the totals per VAT rate are
// computed live with the same arithmetic the core stores (shared/api/orders, grossPrices), so what
// the screen shows is what is saved.
// Shared by the order form and the invoice draft editor.
import { filledLines } from './filledLines';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useFieldArray, useWatch, type FieldError, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { EXEMPTION_REASON_IDS, lineInput, percentToBp, quantityMilli, totalsOf, VAT_CATEGORY_IDS, type PricedLine } from '../../../../shared/api/orders';
import { VAT_EXEMPTION_REASONS, vatRateOn, type VatRateRow } from '../../../../shared/finnish/vatRates';
import { useVatTable } from './useVatTable';
import { isIsoDate } from '../../../../shared/format/dates';
import { formatMoney } from '../../../../shared/format/money';
import { priceTyped } from '../../../../shared/api/grossPrices';
import { ApiCallError, call } from '../../api';
import { lineFromProduct, type Product } from '../../../../shared/api/products';
import { CatalogueSearch } from './CatalogueSearch';
import { useErrorText } from '../../forms/fields';
import { centsToInput, formatQuantity, formatRate, parseDecimal, parseEuros, today } from '../invoices/format';

/** A VAT category ('general', …) or, for a line priced with an explicit rate, 'rate:2400'. */
const vatChoice = z.string().refine((v) => (VAT_CATEGORY_IDS as readonly string[]).includes(v) || /^rate:\d+$/.test(v), { message: 'errors.vatChoice' });

export const lineForm = z.object({
  description: z.string(),
  quantity: z.string(),
  unit: z.string(),
  price: z.string(),
  discount: z.string(),
  vatCategory: vatChoice,
  exemptionReason: z.string(),
  /** The catalogue product the line was added from (kept for the sales report); absent for free text. */
  productId: z.number().optional(),
});
export type LineForm = z.infer<typeof lineForm>;

const explicitRate = (choice: string): number | null => (choice.startsWith('rate:') ? Number(choice.slice(5)) : null);
const isZero = (choice: string) => choice === 'zero' || explicitRate(choice) === 0;

/** A typed line as the API wants it (numbers may be NaN: the shared schema then refuses them). */
export function toLineInput(l: LineForm): Record<string, unknown> {
  const rate = explicitRate(l.vatCategory);
  return {
    description: l.description,
    quantity: parseDecimal(l.quantity) ?? Number.NaN,
    unit: l.unit,
    unitPriceCents: parseEuros(l.price) ?? Number.NaN,
    discountPercent: l.discount.trim() === '' ? 0 : (parseDecimal(l.discount) ?? Number.NaN),
    ...(rate === null ? { vatCategory: l.vatCategory } : { vatRateBp: rate }),
    ...(isZero(l.vatCategory) && l.exemptionReason ? { exemptionReason: l.exemptionReason } : {}),
    ...(l.productId ? { productId: l.productId } : {}),
  };
}

/** Where the shared line schema's fields are on the line form. */
export const FIELD_OF: Record<string, keyof LineForm> = {
  description: 'description',
  quantity: 'quantity',
  unit: 'unit',
  unitPriceCents: 'price',
  discountPercent: 'discount',
  vatCategory: 'vatCategory',
  vatRateBp: 'vatCategory',
  exemptionReason: 'exemptionReason',
};

/** The form paths of every line field, for mapping the core's VALIDATION details. */
export const lineFieldPaths = (count: number) => Array.from({ length: count }, (_, i) => [...new Set(Object.values(FIELD_OF))].map((f) => `lines.${i}.${f}`)).flat();

/** The core names a line's fields as the API does ('lines.0.unitPriceCents'); this form calls it 'lines.0.price'. */
export function withLineFieldPaths(err: unknown): unknown {
  if (!(err instanceof ApiCallError) || !err.error.details?.fields) return err;
  const fields = Object.fromEntries(
    Object.entries(err.fields).map(([path, message]) => {
      const m = /^lines\.(\d+)\.(\w+)$/.exec(path);
      return [m && FIELD_OF[m[2]!] ? `lines.${m[1]}.${FIELD_OF[m[2]!]}` : path, message];
    }),
  );
  return new ApiCallError({ ...err.error, details: { ...err.error.details, fields } });
}

/** For a form's superRefine: each typed line through the shared schema, its messages under the typed fields. */
export function checkLines(lines: LineForm[], ctx: z.RefinementCtx): void {
  filledLines(lines).forEach((l, i) => {
    const r = lineInput.safeParse(toLineInput(l));
    if (r.success) return;
    for (const issue of r.error.issues) {
      const field = FIELD_OF[String(issue.path[0])] ?? 'description';
      const message = issue.code === 'invalid_type' ? (field === 'price' ? 'errors.money' : 'errors.quantity') : issue.message;
      ctx.addIssue({ code: 'custom', path: ['lines', i, field], message });
    }
  });
}

export const emptyLine = (): LineForm => ({ description: '', quantity: '1', unit: 'kpl', price: '', discount: '', vatCategory: 'general', exemptionReason: '' });

/**
 * A priced line (of an order or an invoice) as the form edits it: with VAT, the shelf price that
 * was typed (a line typed without VAT shows one item's gross).
 */
export const lineToForm = (l: PricedLine, pricesIncludeVat = false): LineForm => ({
  description: l.description,
  quantity: formatQuantity(l.quantity),
  unit: l.unit,
  price: centsToInput(pricesIncludeVat ? (l.unitGrossCents ?? priceTyped(l.unitPriceCents, false, 1000, 0, l.vatRateBp).grossCents) : l.unitPriceCents),
  discount: l.discountPercent ? formatQuantity(l.discountPercent) : '',
  vatCategory: l.vatCategory ?? `rate:${l.vatRateBp}`,
  exemptionReason: l.exemptionReason ?? '',
  ...(l.productId ? { productId: l.productId } : {}),
});

/** The rate a choice has on a date ('' or an invalid date: today). */
export function rateOf(choice: string, date: string, table: readonly VatRateRow[]): number | null {
  const explicit = explicitRate(choice);
  if (explicit !== null) return explicit;
  try {
    return vatRateOn(choice as (typeof VAT_CATEGORY_IDS)[number], isIsoDate(date) ? date : today(), table);
  } catch {
    return null;
  }
}

type Net = { netCents: number; vatRateBp: number; grossCents: number } | null;

/** The part of a form the editor works on: its `lines` and whether their prices include VAT. */
type LinesForm = UseFormReturn<{ lines: LineForm[]; pricesIncludeVat: boolean }>;

/**
 * The lines of `form`: the field array, each line's live net and the totals. `rateDate` is the
 * delivery date that decides the rate of category lines — or, per line, a function of its index.
 */
// any context and any parsed-output type, like bind(): the editor only registers and reads `lines`
export function useLineEditor<T extends { lines: LineForm[]; pricesIncludeVat: boolean }>(anyForm: UseFormReturn<T, any, any>, rateDate: string | ((index: number) => string)) {
  const form = anyForm as unknown as LinesForm;
  const lines = useFieldArray({ control: form.control, name: 'lines' });
  const watched = useWatch({ control: form.control, name: 'lines' }) as LineForm[] | undefined;
  const withVat = useWatch({ control: form.control, name: 'pricesIncludeVat' }) === true;
  const dateOf = typeof rateDate === 'function' ? rateDate : () => rateDate;
  const dateKey = typeof rateDate === 'function' ? (watched ?? []).map((_, i) => rateDate(i)).join() : rateDate;
  const vatTable = useVatTable();
  const live = useMemo(() => {
    const nets: Net[] = (watched ?? []).map((l, i) => {
      const q = parseDecimal(l.quantity);
      const p = parseEuros(l.price);
      const d = l.discount.trim() === '' ? 0 : parseDecimal(l.discount);
      const rate = rateOf(l.vatCategory, dateOf(i), vatTable);
      if (q === null || p === null || d === null || rate === null || q <= 0 || d < 0 || d > 100) return null;
      const priced = priceTyped(p, withVat, quantityMilli(q), percentToBp(d), rate);
      return { netCents: priced.netCents, vatRateBp: rate, grossCents: priced.grossCents };
    });
    return { nets, totals: totalsOf(nets.filter((n): n is NonNullable<Net> => n !== null)) };
  }, [watched, dateKey, withVat, vatTable]);

  const focusLine = (index: number) => setTimeout(() => form.setFocus(`lines.${index}.description`), 0);
  const addLine = () => {
    lines.append(emptyLine(), { shouldFocus: false });
    focusLine(lines.fields.length);
  };
  // Enter inside a line: to the next line, or a new one after the last.
  const onLineKey = (index: number) => (e: React.KeyboardEvent) => {
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
    e.preventDefault();
    if (index === lines.fields.length - 1) addLine();
    else focusLine(index + 1);
  };

  // The catalogue: whether the shop has products on sale at all (then the product search takes the
  // focus after the customer), and adding one as a line — or one more of it.
  const catalogueRef = useRef<HTMLInputElement>(null);
  const [hasCatalogue, setHasCatalogue] = useState(false);
  useEffect(() => {
    call('products.list', { limit: 1 }).then(
      (r) => setHasCatalogue(r.total > 0),
      () => undefined,
    );
  }, []);
  const focusStart = () => setTimeout(() => (hasCatalogue && catalogueRef.current ? catalogueRef.current.focus() : form.setFocus('lines.0.description')), 0);
  /** Adds the product as a line (the same product again raises that line's quantity); answers what was done. */
  const addProduct = (p: Product, t: (k: string, o?: Record<string, unknown>) => string, lang: 'fi' | 'en'): string => {
    const current = form.getValues('lines');
    const index = current.length;
    const copy = lineFromProduct(p, form.getValues('pricesIncludeVat'), isIsoDate(dateOf(index)) ? dateOf(index) : today(), lang, vatTable);
    const line: LineForm = { ...emptyLine(), description: copy.description, unit: copy.unit, price: centsToInput(copy.unitPriceCents), vatCategory: copy.vatCategory, exemptionReason: copy.exemptionReason ?? '', productId: p.id };
    const same = current.findIndex((l) => l.description === line.description && l.unit === line.unit && l.price === line.price && l.vatCategory === line.vatCategory && l.discount.trim() === '');
    if (same >= 0) {
      const quantity = (parseDecimal(current[same]!.quantity) ?? 0) + 1;
      form.setValue(`lines.${same}.quantity`, formatQuantity(quantity), { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
      return t('orders.catalogue.increased', { name: line.description, quantity: formatQuantity(quantity) });
    }
    const last = current[current.length - 1];
    // the untouched empty line a new order starts with is taken, not left behind
    if (last && last.description.trim() === '' && last.price.trim() === '') lines.update(current.length - 1, line);
    else lines.append(line, { shouldFocus: false });
    return t('orders.catalogue.added', { name: line.description });
  };
  return { form, lines, watched, withVat, live, dateOf, focusLine, addLine, onLineKey, vatTable, catalogueRef, hasCatalogue, focusStart, addProduct };
}

export type LineEditor = ReturnType<typeof useLineEditor>;

/** The lines table with its inputs, and the "add line" button. */
export function LinesFieldset({ editor, testId = 'order-lines' }: { editor: LineEditor; testId?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fi';
  const errorText = useErrorText();
  const { form, lines, watched, withVat, live, dateOf, focusLine, addLine, onLineKey, vatTable } = editor;
  const priceLabel = withVat ? 'unitPriceGross' : 'unitPrice';
  const errors = form.formState.errors as { lines?: (Partial<Record<keyof LineForm, FieldError>> | undefined)[] & { message?: string; root?: FieldError } };
  const lineError = (i: number, f: keyof LineForm) => errors.lines?.[i]?.[f];

  /** The categories with their rate on the line's date, and the line's own explicit rate if it has one. */
  const optionsFor = (i: number) => {
    const date = dateOf(i);
    const options: { value: string; label: string }[] = VAT_CATEGORY_IDS.map((id) => {
      const rate = rateOf(id, date, vatTable);
      return { value: id, label: `${rate === null ? '' : formatRate(rate)} ${t(`orders.vat.${id}`)}` };
    });
    const own = watched?.[i]?.vatCategory;
    if (own && own.startsWith('rate:')) {
      const bp = Number(own.slice(5));
      if (vatTable.some((r) => r.basisPoints === bp)) options.push({ value: own, label: t('orders.line.fixedRate', { rate: formatRate(bp) }) });
    }
    return options;
  };

  return (
    <fieldset className="fieldset order-lines">
      <legend>{t('orders.form.lines')}</legend>
      <VatModeSwitch editor={editor} />
      <CatalogueSearch inputRef={editor.catalogueRef} onPick={(p) => editor.addProduct(p, t, lang)} />
      <table className="table table--compact order-lines__table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col" className="col-desc">{t('orders.line.description')}</th>
            <th scope="col" className="col-qty">{t('orders.line.quantity')}</th>
            <th scope="col" className="col-unit">{t('orders.line.unit')}</th>
            <th scope="col" className="col-money" data-testid="unit-price-header">{t(`orders.line.${priceLabel}`)}</th>
            <th scope="col" className="col-vat">{t('orders.line.vat')}</th>
            <th scope="col" className="col-disc">{t('orders.line.discount')}</th>
            <th scope="col" className="col-money">{t(withVat ? 'orders.line.gross' : 'orders.line.net')}</th>
            <th scope="col" className="table__actions">
              <span className="visually-hidden">{t('orders.line.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.fields.map((field, i) => {
            const net = live.nets[i];
            const zero = isZero(watched?.[i]?.vatCategory ?? '');
            const cell = (f: keyof LineForm, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => {
              const err = lineError(i, f);
              return (
                <>
                  <input
                    className="input"
                    aria-label={`${t(`orders.line.${f === 'price' ? priceLabel : f}`)} ${i + 1}`}
                    aria-invalid={err ? true : undefined}
                    data-testid={`line-${i}-${f}`}
                    onKeyDown={onLineKey(i)}
                    autoComplete="off"
                    {...extra}
                    {...form.register(`lines.${i}.${f}`)}
                  />
                  {err ? <span className="field__error" role="alert">{errorText(err)}</span> : null}
                </>
              );
            };
            return (
              <tr key={field.id} data-testid={`order-line-${i}`} className={zero ? 'order-line order-line--zero' : 'order-line'}>
                <td className="col-desc">
                  {cell('description')}
                  {zero ? (
                    <select
                      className="input order-line__reason"
                      aria-label={`${t('orders.line.exemptionReason')} ${i + 1}`}
                      aria-invalid={lineError(i, 'exemptionReason') ? true : undefined}
                      data-testid={`line-${i}-exemptionReason`}
                      {...form.register(`lines.${i}.exemptionReason`)}
                    >
                      <option value="">{t('orders.line.chooseReason')}</option>
                      {EXEMPTION_REASON_IDS.map((id) => {
                        const r = VAT_EXEMPTION_REASONS.find((x) => x.id === id)!;
                        return (
                          <option key={id} value={id}>
                            {`${r[lang]} (${r.provision})`}
                          </option>
                        );
                      })}
                    </select>
                  ) : null}
                  {zero && lineError(i, 'exemptionReason') ? <span className="field__error" role="alert">{errorText(lineError(i, 'exemptionReason'))}</span> : null}
                </td>
                <td className="col-qty">{cell('quantity', { inputMode: 'decimal' })}</td>
                <td className="col-unit">{cell('unit')}</td>
                <td className="col-money">{cell('price', { inputMode: 'decimal', placeholder: '0,00' })}</td>
                <td className="col-vat">
                  <select className="input" aria-label={`${t('orders.line.vat')} ${i + 1}`} data-testid={`line-${i}-vatCategory`} onKeyDown={onLineKey(i)} {...form.register(`lines.${i}.vatCategory`)}>
                    {optionsFor(i).map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                  {lineError(i, 'vatCategory') ? <span className="field__error" role="alert">{errorText(lineError(i, 'vatCategory'))}</span> : null}
                </td>
                <td className="col-disc">{cell('discount', { inputMode: 'decimal', placeholder: '0' })}</td>
                {/* the line's total as its prices are typed: with VAT, what the customer pays for it */}
                <td className="col-money money" data-testid={`line-${i}-net`}>
                  {net ? formatMoney(withVat ? net.grossCents : net.netCents) : <span className="muted">–</span>}
                </td>
                <td className="table__actions">
                  <button
                    type="button"
                    className="btn btn--link btn--small"
                    disabled={lines.fields.length === 1}
                    aria-label={t('orders.line.removeNumber', { n: i + 1 })}
                    onClick={() => {
                      lines.remove(i);
                      focusLine(Math.max(0, i - 1));
                    }}
                    data-testid={`line-${i}-remove`}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {errors.lines?.message || errors.lines?.root?.message ? <p className="field__error" role="alert">{errorText(errors.lines.root ?? (errors.lines as never))}</p> : null}
      <button type="button" className="btn btn--secondary btn--small" onClick={addLine} aria-keyshortcuts="Alt+R" data-testid="add-line">
        + {t('orders.form.addLine')} <kbd className="btn__key" aria-hidden="true">Enter</kbd>
      </button>
    </fieldset>
  );
}

/** The form's "prices include VAT" switch, over the lines it decides (orders and invoice drafts alike). */
function VatModeSwitch({ editor }: { editor: LineEditor }) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div className="field vat-mode">
      <label className="checkline">
        <input type="checkbox" aria-describedby={hintId} data-testid="prices-include-vat" {...editor.form.register('pricesIncludeVat')} />
        {t('orders.vatMode.label')}
      </label>
      <span id={hintId} className="field__hint">
        {t('orders.vatMode.hint')}
      </span>
    </div>
  );
}
