// Readable texts for the register's codes: history fields and values, sources, languages.
import type { TFunction } from 'i18next';
import type { HistoryEntry } from '../../../../shared/api/customers';
import { formatDate } from '../../../../shared/format/dates';
import { formatPhone } from './format';

/** "prohibition.directMarketing" -> "Kielto: suoramarkkinointi"; "street" -> "Katuosoite". */
export function historyFieldLabel(t: TFunction, field: string): string {
  if (field.startsWith('prohibition.')) return t('customers.history.prohibitionField', { name: t(`customers.prohibitions.${field.slice('prohibition.'.length)}`, { defaultValue: field }) });
  return t(`customers.history.fields.${field}`, { defaultValue: field });
}

export function historyValue(t: TFunction, field: string, value: string | null): string {
  if (value === null || value === '') return t('customers.history.empty');
  if (field.startsWith('prohibition.')) return value === 'yes' ? t('customers.history.prohibited') : t('customers.history.allowed');
  if (field === 'phone') return formatPhone(value);
  if (field === 'relationshipStart' || field === 'relationshipEnd') return formatDate(value);
  if (field === 'language') return t(`customers.languages.${value}`, { defaultValue: value });
  if (field === 'restrictionNotice') {
    // 'YYYY-MM-DD method': when and how the person was told before the lift (GDPR Art. 18(3)).
    const [date = '', method = ''] = value.split(' ');
    return `${formatDate(date)}, ${t(`customers.restriction.methods.${method}`, { defaultValue: method })}`;
  }
  return value;
}

/** A merge writes "merge:<number>" as the reason. */
export function historyReason(t: TFunction, entry: HistoryEntry): string {
  const merge = /^merge:(\d+)$/.exec(entry.reason);
  if (merge) return t('customers.history.mergeReason', { number: merge[1] });
  return entry.reason;
}
