// Pick a customer by the same search as the counter's search box (name, number, phone, email…).
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api/customers';
import { call } from '../api';
import { formatPhone, fullName } from '../screens/customers/format';
import { SearchPicker } from './SearchPicker';

interface CustomerPickerProps {
  label: string;
  hint?: string;
  onPick: (customer: SearchHit) => void;
  /** Customers not to offer (e.g. the one being merged into). */
  exclude?: number[];
  error?: string | undefined;
  testId?: string;
  autoFocus?: boolean;
}

export function CustomerPicker({ label, hint, onPick, exclude = [], error, testId, autoFocus }: CustomerPickerProps) {
  const { t } = useTranslation();
  return (
    <SearchPicker<SearchHit>
      label={label}
      hint={hint}
      placeholder={t('customers.search.placeholder')}
      search={async (q) => (await call('customers.search', { query: q, limit: 20 })).filter((c) => !exclude.includes(c.id))}
      itemKey={(c) => c.id}
      itemText={(c) => `${fullName(c)}, ${t('customers.numberShort', { number: c.customerNumber })}`}
      renderItem={(c) => (
        <span className="picker__row">
          <span className="strong">{fullName(c)}</span>
          <span className="mono muted">#{c.customerNumber}</span>
          <span className="muted picker__details">{[c.email, formatPhone(c.phone), c.city, c.organizationName].filter(Boolean).join(' · ')}</span>
          {c.restricted ? <span className="badge badge--warn">{t('customers.restrictedBadge')}</span> : null}
        </span>
      )}
      onPick={onPick}
      error={error}
      testId={testId}
      autoFocus={autoFocus}
    />
  );
}
