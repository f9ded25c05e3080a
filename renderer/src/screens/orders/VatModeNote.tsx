// Which way an order's (or an invoice draft's) prices were typed: with VAT included (shelf prices,
// converted to net when stored) or without. Shown above the lines on the order card and the draft.
import { useTranslation } from 'react-i18next';

export function VatModeNote({ withVat }: { withVat: boolean }) {
  const { t } = useTranslation();
  return (
    <p className="muted small vat-mode-note" data-testid="vat-mode" data-with-vat={withVat}>
      {withVat ? t('orders.vatMode.withVat') : t('orders.vatMode.withoutVat')}
    </p>
  );
}
