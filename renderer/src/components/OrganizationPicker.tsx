// Pick an organisation by name or business ID (organizations.list with a query).
import { useTranslation } from 'react-i18next';
import type { OrganizationSummary } from '../../../shared/api/organizations';
import { call } from '../api';
import { SearchPicker } from './SearchPicker';

interface OrganizationPickerProps {
  label: string;
  hint?: string;
  optional?: boolean;
  onPick: (organization: OrganizationSummary) => void;
  error?: string | undefined;
  testId?: string;
}

export function OrganizationPicker({ label, hint, optional, onPick, error, testId }: OrganizationPickerProps) {
  const { t } = useTranslation();
  return (
    <SearchPicker<OrganizationSummary>
      label={label}
      hint={hint}
      optional={optional}
      placeholder={t('organizations.search.placeholder')}
      search={(q) => call('organizations.list', { query: q, limit: 20 })}
      searchEmpty
      itemKey={(o) => o.id}
      itemText={(o) => [o.name, o.businessId, o.city].filter(Boolean).join(', ')}
      renderItem={(o) => (
        <span className="picker__row">
          <span className="strong">{o.name}</span>
          {o.businessId ? <span className="mono muted">{o.businessId}</span> : null}
          <span className="muted picker__details">{o.city}</span>
        </span>
      )}
      onPick={onPick}
      error={error}
      testId={testId}
    />
  );
}
