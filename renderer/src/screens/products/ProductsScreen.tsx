// Products: the catalogue the order lines are filled from. Everyone sees and exports it; the
// manager adds, edits and imports (the core checks the role on every call too).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/api/products';
import type { Role } from '../../../../shared/api/fields';
import { call } from '../../api';
import { StatusMessage } from '../../components/Alerts';
import { DownloadButton } from '../../components/Download';
import { ProductForm } from './ProductForm';
import { ProductImport } from './ProductImport';
import { ProductList } from './ProductList';

type View = { kind: 'list' } | { kind: 'form'; product: Product | null } | { kind: 'import' };

export function ProductsScreen({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>({ kind: 'list' });
  const [reload, setReload] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const manager = role === 'manager';
  const back = () => {
    setReload((n) => n + 1);
    setView({ kind: 'list' });
  };
  return (
    <section className="page page--wide products-screen" aria-labelledby="products-title" data-testid="products-screen">
      <div className="page__head">
        <h1 id="products-title" tabIndex={-1}>{t('products.title')}</h1>
        {view.kind === 'list' ? (
          <div className="products-screen__actions">
            {manager ? (
              <>
                <button type="button" className="btn btn--primary" onClick={() => setView({ kind: 'form', product: null })} data-testid="new-product">
                  {t('products.add')}
                </button>
                <button type="button" className="btn btn--secondary" onClick={() => setView({ kind: 'import' })} data-testid="import-products">
                  {t('products.import')}
                </button>
              </>
            ) : null}
            <DownloadButton label={t('products.export')} fetchFile={() => call('products.exportCsv', {})} testId="export-products" />
          </div>
        ) : null}
      </div>
      {saved && view.kind === 'list' ? <StatusMessage testId="product-saved">{saved}</StatusMessage> : null}
      {view.kind === 'list' ? <ProductList reload={reload} onOpen={(p) => manager && setView({ kind: 'form', product: p })} /> : null}
      {view.kind === 'form' ? (
        <ProductForm
          product={view.product}
          onCancel={back}
          onSaved={(p) => {
            setSaved(t('products.saved', { code: p.code }));
            back();
          }}
        />
      ) : null}
      {view.kind === 'import' ? <ProductImport onDone={back} /> : null}
    </section>
  );
}
