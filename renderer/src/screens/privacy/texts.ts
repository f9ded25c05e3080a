// Readable texts for the privacy panel's codes: request types, events of the log, document kinds.
import type { TFunction } from 'i18next';
import type { RequestEvent, RequestType } from '../../../../shared/api/privacy';
import { formatDate } from '../../../../shared/format/dates';

export const typesText = (t: TFunction, types: readonly RequestType[]) => types.map((x) => t(`privacy.type.${x}`)).join(', ');

export const documentKind = (t: TFunction, kind: string) => t(`privacyPanel.documentKinds.${kind.replace(/-/g, '_')}`, { defaultValue: kind });

export const eventName = (t: TFunction, event: string) => t(`privacyPanel.events.${event.replace(/-/g, '_')}`, { defaultValue: event });

const fieldName = (t: TFunction, field: string) => t(`fields.customer.${field}`, { defaultValue: field });

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** One line about what an event of the request's log recorded (never personal data beyond the
 * request's own). */
export function eventDetails(t: TFunction, e: RequestEvent): string {
  const d = e.details;
  switch (e.event) {
    case 'received':
      return d.signatureMissing ? t('privacyPanel.eventDetails.receivedUnsigned') : d.signed ? t('privacyPanel.eventDetails.receivedSigned') : '';
    case 'status': {
      // A refusal records its standard reasons beside the manager's own words.
      const reasons = list(d.reasons).map((r) => t(`privacyPanel.refuse.reasons.${r}`, { defaultValue: r }));
      return [...reasons, str(d.note)].filter(Boolean).join(' · ');
    }
    case 'signed':
      return str(d.note);
    case 'identity-confirmed':
      return [t(`privacyPanel.signed.documents.${str(d.identityDocument)}`, { defaultValue: str(d.identityDocument) }), str(d.note)].filter(Boolean).join(' · ');
    case 'extended':
      return t('privacyPanel.eventDetails.extended', { date: formatDate(str(d.dueDate)), reason: str(d.reason) });
    case 'attachment':
      return t('privacyPanel.eventDetails.attachment', { size: formatSize(Number(d.size ?? 0)), hash: str(d.sha256).slice(0, 12) });
    case 'applied': {
      const p = list(d.prohibitions).map((x) => t(`customers.prohibitions.${x}`, { defaultValue: x }));
      const parts = [...p, ...(d.restricted ? [t('privacyPanel.eventDetails.restricted')] : [])];
      return parts.length ? parts.join(', ') : t('privacyPanel.eventDetails.nothingNew');
    }
    case 'rectification': {
      const applied = list(d.applied).map((f) => fieldName(t, f));
      const refused = list(d.refused).map((f) => fieldName(t, f));
      return [applied.length ? t('privacyPanel.eventDetails.applied', { fields: applied.join(', ') }) : '', refused.length ? t('privacyPanel.eventDetails.refused', { fields: refused.join(', ') }) : '']
        .filter(Boolean)
        .join(' · ');
    }
    case 'document':
      return documentKind(t, str(d.kind));
    case 'erasure':
      return t('privacyPanel.eventDetails.erasure', { number: str(d.erasure), kind: t(`privacyPanel.erasure.kinds.${str(d.kind)}`, { defaultValue: str(d.kind) }) });
    case 'recipient-not-notified':
      return `${t(`privacyPanel.recipients.reasons.${str(d.reason)}`, { defaultValue: str(d.reason) })}: ${str(d.note)}`;
    case 'restriction-lifted':
      return t('privacyPanel.eventDetails.liftNotice', { date: formatDate(str(d.noticeDate)), method: t(`customers.restriction.methods.${str(d.noticeMethod)}`, { defaultValue: str(d.noticeMethod) }) });
    default:
      return '';
  }
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
