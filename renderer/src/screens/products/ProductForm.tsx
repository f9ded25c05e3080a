// A product, new or edited: react-hook-form checked by the shared schema's own rules (the GTIN
// check digit, the zero class's reason), and the core's CONFLICTs (a code or barcode in use) shown
// under their fields. Ctrl+Enter saves, Esc cancels.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { productFields, type Product } from '../../../../shared/api/products';
import { EXEMPTION_REASON_IDS, VAT_CATEGORY_IDS } from '../../../../shared/api/orders';
import { VAT_EXEMPTION_REASONS } from '../../../../shared/finnish/vatRates';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { bind, SelectField, TextField } from '../../forms/fields';
import { applyServerError } from '../../forms/serverErrors';
import { centsToInput, parseEuros } from '../invoices/format';

const form = z.object({
  code: z.string(),
  barcode: z.string(),
  nameFi: z.string(),
  nameEn: z.string(),
  unit: z.string(),
  price: z.string(),
  priceIncludesVat: z.boolean(),
  vatCategory: z.string(),
  exemptionReason: z.string(),
  active: z.boolean(),
});
type Values = z.infer<typeof form>;

const toInput = (v: Values) => ({
  code: v.code,
  barcode: v.barcode.replace(/\s/g, ''),
  nameFi: v.nameFi,
  nameEn: v.nameEn,
  unit: v.unit,
  // a minus sign is kept, so the schema can say "cannot be negative" instead of "not an amount"
  priceCents: v.price.trim().startsWith('-') ? -(parseEuros(v.price.trim().slice(1)) ?? Number.NaN) : (parseEuros(v.price) ?? Number.NaN),
  priceIncludesVat: v.priceIncludesVat,
  vatCategory: v.vatCategory,
  exemptionReason: v.vatCategory === 'zero' && v.exemptionReason ? v.exemptionReason : null,
  active: v.active,
});

/** The shared schema's messages under this form's fields (priceCents is typed as 'price'). */
const checked = form.superRefine((v, ctx) => {
  const r = productFields.safeParse(toInput(v));
  if (r.success) return;
  for (const issue of r.error.issues) {
    const f = String(issue.path[0]);
    ctx.addIssue({ code: 'custom', path: [f === 'priceCents' ? 'price' : f], message: issue.message.startsWith('errors.') ? issue.message : 'errors.invalid' });
  }
});

export function ProductForm({ product, onSaved, onCancel }: { product: Product | null; onSaved: (p: Product) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fi';
  const [alert, setAlert] = useState<string | null>(null);
  const f = useForm<Values>({
    resolver: zodResolver(checked),
    defaultValues: product
      ? { ...product, price: centsToInput(product.priceCents), exemptionReason: product.exemptionReason ?? '' }
      : { code: '', barcode: '', nameFi: '', nameEn: '', unit: 'kpl', price: '', priceIncludesVat: true, vatCategory: 'general', exemptionReason: '', active: true },
  });
  const category = useWatch({ control: f.control, name: 'vatCategory' });
  const submit = f.handleSubmit(async (v) => {
    setAlert(null);
    try {
      const input = toInput(v) as Parameters<typeof call<'products.create'>>[1];
      onSaved(product ? await call('products.update', { id: product.id, ...input }) : await call('products.create', input));
    } catch (err) {
      const mapped = err;
      setAlert(applyServerError(mapped, { setError: f.setError, fields: ['code', 'barcode', 'nameFi', 'nameEn', 'unit', 'price', 'vatCategory', 'exemptionReason'] }, t));
    }
  });
  return (
    <form
      className="form product-form"
      noValidate
      data-testid="product-form"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void submit();
        } else if (e.key === 'Escape') onCancel();
      }}
    >
      <h2 className="step-title">{product ? t('products.edit') : t('products.add')}</h2>
      <FormAlert message={alert} />
      <div className="grid grid--2">
        <TextField label={t('products.fields.code')} autoFocus {...bind(f, 'code')} data-testid="product-code" />
        <TextField label={t('products.fields.barcode')} optional inputMode="numeric" {...bind(f, 'barcode')} data-testid="product-barcode" />
        <TextField label={t('products.fields.nameFi')} {...bind(f, 'nameFi')} data-testid="product-nameFi" />
        <TextField label={t('products.fields.nameEn')} optional {...bind(f, 'nameEn')} data-testid="product-nameEn" />
        <TextField label={t('products.fields.unit')} {...bind(f, 'unit')} data-testid="product-unit" />
        <TextField label={t('products.fields.price')} inputMode="decimal" placeholder="0,00" {...bind(f, 'price', { setValueAs: (v: string) => v })} data-testid="product-price" />
        <SelectField
          label={t('products.fields.vatCategory')}
          hint={t('products.vatNote')}
          options={VAT_CATEGORY_IDS.map((id) => ({ value: id, label: t(`products.classes.${id}`) }))}
          {...bind(f, 'vatCategory')}
          data-testid="product-vatCategory"
        />
        {category === 'zero' ? (
          <SelectField
            label={t('products.fields.exemptionReason')}
            options={[{ value: '', label: t('orders.line.chooseReason') }, ...EXEMPTION_REASON_IDS.map((id) => {
              const r = VAT_EXEMPTION_REASONS.find((x) => x.id === id)!;
              return { value: id, label: `${r[lang]} (${r.provision})` };
            })]}
            {...bind(f, 'exemptionReason')}
            data-testid="product-exemptionReason"
          />
        ) : null}
      </div>
      <label className="checkline">
        <input type="checkbox" {...f.register('priceIncludesVat')} data-testid="product-priceIncludesVat" /> {t('products.fields.priceIncludesVat')}
      </label>
      <label className="checkline">
        <input type="checkbox" {...f.register('active')} data-testid="product-active" /> {t('products.fields.active')}
      </label>
      <p className="muted small">{t('products.priceNote')}</p>
      <div className="form__actions form__actions--end">
        <button type="button" className="btn btn--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={f.formState.isSubmitting} data-testid="save-product">
          {t('products.save')} <kbd className="btn__key" aria-hidden="true">Ctrl+Enter</kbd>
        </button>
      </div>
    </form>
  );
}
