// On the home screen, until the seller's IBAN is given (the setup wizard's invoicing step can be
// skipped): no invoice can be issued without it. Also while the current half-year's reference rate
// is missing: penalty interest cannot be computed (reminders are refused) until it is entered. A manager gets a button to Administration →
// Invoicing; staff are told whom to ask. Loaded each time home is shown, so it goes once saved.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/api/fields';
import { call } from '../../api';
import { formatDate } from '../../../../shared/format/dates';
import { Icon } from '../../components/Icon';

export function InvoicingReminder({ role, onOpen }: { role: Role; onOpen: () => void }) {
  const { t } = useTranslation();
  const [missing, setMissing] = useState(false);
  const [rateMissing, setRateMissing] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('invoicing.settings.get', {}).then(
      (s) => {
        if (!live) return;
        setMissing(!s.ready);
        setRateMissing(s.referenceRateMissing);
      },
      () => undefined, // a reminder only: the invoice itself still says why it is refused
    );
    return () => {
      live = false;
    };
  }, []);
  if (!missing && !rateMissing) return null;
  return (
    <div className="alert alert--warning alert--icon home-reminder" role="note" data-testid="invoicing-reminder">
      <Icon name="warning" />
      <span>
        {missing ? `${t('shell.invoicingMissing')} ` : null}
        {rateMissing ? <span data-testid="reference-rate-missing">{t('shell.referenceRateMissing', { from: formatDate(rateMissing) })} </span> : null}
        {role === 'manager' ? (
          <button type="button" className="btn btn--link" onClick={onOpen} data-testid="invoicing-reminder-open">
            {t('shell.invoicingOpen')}
          </button>
        ) : (
          t('shell.invoicingAskManager')
        )}
      </span>
    </div>
  );
}
