// The recipients the disclosures register names, with their postal addresses: letters telling them
// of an erasure or a restriction (GDPR Art. 19) need one. The ones still without an address come first.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import type { RecipientEntry } from '../../../../shared/api/disclosures';
import { formatDate } from '../../../../shared/format/dates';
import { postalInline } from '../../../../shared/format/postalAddress';
import { call } from '../../api';
import { FormAlert, StatusMessage } from '../../components/Alerts';
import { DataTable } from '../../components/DataTable';
import { errorMessage } from '../../forms/serverErrors';
import { currentLanguage } from '../../i18n';
import { RecipientAddressDialog } from './RecipientAddressDialog';

const column = createColumnHelper<RecipientEntry>();

/** `version` changes when a disclosure was recorded, so a new recipient shows at once. */
export function RecipientDirectory({ version }: { version: number }) {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<RecipientEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<RecipientEntry | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    call('privacy.recipients.directory', {}).then(
      (found) => live && (setRows(found), setError(null)),
      (err: unknown) => live && setError(errorMessage(err, t)),
    );
    return () => {
      live = false;
    };
  }, [version, reload]);

  const lang = i18n.language;
  const columns = useMemo(
    () => [
      column.accessor('recipient', { header: () => t('privacyPanel.disclosures.recipient'), cell: (c) => <span className="strong">{c.getValue()}</span> }),
      column.accessor('address', {
        header: () => t('privacyPanel.disclosures.address'),
        cell: (c) => {
          const a = c.getValue();
          return a ? postalInline(a, currentLanguage()) : <span className="field__error">{t('privacyPanel.disclosures.noAddress')}</span>;
        },
      }),
      column.display({ id: 'businessId', header: () => t('privacyPanel.disclosures.businessId'), cell: (c) => c.row.original.address?.businessId || <span className="muted">{t('common.none')}</span> }),
      column.accessor('disclosureCount', { header: () => t('privacyPanel.disclosures.count'), meta: { className: 'table__count' } }),
      column.accessor('lastDate', { header: () => t('privacyPanel.disclosures.lastDate'), cell: (c) => (c.getValue() ? <span className="nowrap">{formatDate(c.getValue()!)}</span> : t('common.none')) }),
      column.display({
        id: 'edit',
        header: () => <span className="visually-hidden">{t('privacyPanel.disclosures.changeAddress')}</span>,
        cell: (c) => (
          <button type="button" className="btn btn--secondary btn--small" onClick={() => setEditing(c.row.original)} data-testid={`recipient-address-${c.row.index}`}>
            {c.row.original.address ? t('privacyPanel.disclosures.changeAddress') : t('privacyPanel.disclosures.addAddress')}
          </button>
        ),
      }),
    ],
    [t, lang],
  );
  const data = useMemo(() => rows ?? [], [rows]);
  const table = useReactTable({ data, columns, enableSorting: false, getCoreRowModel: getCoreRowModel() });

  return (
    <section className="box box--after-table" data-testid="recipient-directory" aria-labelledby="recipient-directory-title">
      <h3 id="recipient-directory-title" className="box__title">{t('privacyPanel.disclosures.recipientsTitle')}</h3>
      <p className="muted">{t('privacyPanel.disclosures.recipientsIntro')}</p>
      <StatusMessage testId="recipient-directory-status">{status}</StatusMessage>
      <FormAlert message={error} />
      {rows === null && !error ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <DataTable table={table} label={t('privacyPanel.disclosures.recipientsTitle')} empty={t('privacyPanel.disclosures.recipientsEmpty')} testId="recipient-directory-table" />
      )}
      {editing ? (
        <RecipientAddressDialog
          recipient={editing.recipient}
          address={editing.address}
          onClose={() => setEditing(null)}
          onSaved={(e) => {
            setEditing(null);
            setStatus(t('privacyPanel.disclosures.addressSaved', { recipient: e.recipient }));
            setReload((n) => n + 1);
          }}
        />
      ) : null}
    </section>
  );
}
