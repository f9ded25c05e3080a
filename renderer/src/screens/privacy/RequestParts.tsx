// Parts of a request's card: the scans attached, the documents issued and the event history.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type PrivacyRequest, type RequestDocument, type RequestEvent } from '../../../../shared/api/privacy';
import { formatInstant } from '../../../../shared/format/dates';
import { call } from '../../api';
import { DataTable } from '../../components/DataTable';
import { DownloadButton, readFileAsBase64 } from '../../components/Download';
import { DocumentActions } from '../../components/DocumentActions';
import { errorMessage } from '../../forms/serverErrors';
import { currentLanguage } from '../../i18n';
import { documentKind, eventDetails, eventName, formatSize } from './texts';

export function AttachmentsBox({ request, onChanged }: { request: PrivacyRequest; onChanged: (next: PrivacyRequest, message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const lang = currentLanguage();

  const attach = async (list: FileList | null) => {
    const files = Array.from(list ?? []);
    if (!files.length) return;
    setBusy(true);
    setError(null);
    let next: PrivacyRequest | null = null;
    const failed: string[] = [];
    for (const file of files) {
      if (file.size > MAX_ATTACHMENT_BYTES) {
        failed.push(`${file.name}: ${t('errors.attachmentTooLarge')}`);
        continue;
      }
      try {
        next = await call('privacy.requests.attach', { id: request.id, filename: file.name, base64: await readFileAsBase64(file) });
      } catch (err) {
        failed.push(`${file.name}: ${errorMessage(err, t)}`);
      }
    }
    setBusy(false);
    if (failed.length) setError(failed.join(' '));
    if (next) onChanged(next, t('privacyPanel.attachments.added'));
  };

  // After an erasure the scans are gone: say that alone, not also "nothing attached yet".
  const redacted = request.events.some((e) => e.event === 'redacted');
  return (
    <section className="box" aria-labelledby={`${id}-title`} data-testid="request-attachments">
      <h3 id={`${id}-title`} className="box__title">
        {t('privacyPanel.attachments.title')}
      </h3>
      {request.attachments.length === 0 ? (
        redacted ? null : <p className="muted">{t('privacyPanel.attachments.none')}</p>
      ) : (
        <ul className="plain-list file-list">
          {request.attachments.map((a) => (
            <li key={a.id} data-testid={`attachment-${a.id}`}>
              <span className="strong">{a.filename}</span>{' '}
              <span className="muted">
                {formatSize(a.size)} · {formatInstant(a.addedAt, lang)}
              </span>{' '}
              <DownloadButton
                className="btn btn--link"
                label={t('privacyPanel.attachments.download')}
                fetchFile={() => call('privacy.requests.attachment', { id: request.id, attachmentId: a.id })}
                testId={`download-attachment-${a.id}`}
              />
            </li>
          ))}
        </ul>
      )}
      {redacted ? (
        <p className="muted" data-testid="attachments-redacted">{t('privacyPanel.attachments.redacted')}</p>
      ) : (
        <div className="field attach-field">
          <label htmlFor={`${id}-file`} className="field__label">
            {t('privacyPanel.attachments.add')}
          </label>
          <input
            id={`${id}-file`}
            type="file"
            className="input input--file"
            multiple
            disabled={busy}
            accept={[...ATTACHMENT_TYPES, '.pdf', '.jpg', '.jpeg', '.png'].join(',')}
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              void attach(e.target.files);
              e.target.value = '';
            }}
            data-testid="attach-file"
          />
          <p id={`${id}-hint`} className="field__hint">
            {busy ? t('privacyPanel.attachments.uploading') : t('privacyPanel.attachments.hint')}
          </p>
          {error ? (
            <p className="field__error" role="alert" data-testid="attach-error">
              {error}
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}

const docColumn = createColumnHelper<RequestDocument>();

export function DocumentsBox({ request }: { request: PrivacyRequest }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const lang = i18n.language;
  // An erasure empties the stored copies of the person's documents (the contract does not say
  // which, so the log's 'redacted' event tells); the erasure certificate is never stored.
  const redactedAt = request.events.filter((e) => e.event === 'redacted').at(-1)?.at ?? null;
  const notKept = (d: RequestDocument) => d.kind === 'erasure-certificate' || (redactedAt !== null && d.issuedAt <= redactedAt);
  const columns = useMemo(
    () => [
      docColumn.accessor('kind', { header: () => t('privacyPanel.documents.kind'), cell: (c) => documentKind(t, c.getValue()) }),
      docColumn.accessor('issuedAt', { header: () => t('privacyPanel.documents.issued'), cell: (c) => <span className="nowrap">{formatInstant(c.getValue(), currentLanguage())}</span> }),
      docColumn.accessor('issuedByName', { header: () => t('privacyPanel.documents.by'), cell: (c) => c.getValue() ?? t('common.none') }),
      docColumn.accessor('verificationCode', { header: () => t('privacyPanel.documents.code'), cell: (c) => <span className="mono">{c.getValue()}</span> }),
      docColumn.display({
        id: 'actions',
        header: () => <span className="visually-hidden">{t('privacyPanel.documents.actions')}</span>,
        meta: { className: 'table__actions' },
        cell: (c) =>
          notKept(c.row.original) ? (
            <span className="muted small">{t(c.row.original.kind === 'erasure-certificate' ? 'privacyPanel.documents.notKept' : 'privacyPanel.documents.redacted')}</span>
          ) : (
            <DocumentActions
              size="small"
              saveLabel={t('privacyPanel.documents.download')}
              fetchFile={() => call('privacy.requests.document', { id: request.id, documentId: c.row.original.id })}
              testId={`download-document-${c.row.original.id}`}
            />
          ),
      }),
    ],
    [t, lang, request.id, redactedAt],
  );
  const table = useReactTable({ data: request.documents, columns, enableSorting: false, getCoreRowModel: getCoreRowModel() });
  return (
    <section className="box" aria-labelledby={`${id}-title`} data-testid="request-documents">
      <h3 id={`${id}-title`} className="box__title">
        {t('privacyPanel.documents.title')}
      </h3>
      <DataTable table={table} label={t('privacyPanel.documents.title')} empty={t('privacyPanel.documents.none')} rowTestId={(d) => `document-${d.kind}`} />
    </section>
  );
}

const eventColumn = createColumnHelper<RequestEvent>();

export function HistoryBox({ request }: { request: PrivacyRequest }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const lang = i18n.language;
  const columns = useMemo(
    () => [
      eventColumn.accessor('at', { header: () => t('privacyPanel.history.at'), cell: (c) => <span className="nowrap">{formatInstant(c.getValue(), currentLanguage())}</span> }),
      eventColumn.accessor('event', { header: () => t('privacyPanel.history.event'), cell: (c) => <span className="strong">{eventName(t, c.getValue())}</span> }),
      eventColumn.accessor('status', { header: () => t('privacyPanel.history.status'), cell: (c) => (c.getValue() ? t(`privacy.status.${c.getValue()}`) : '') }),
      eventColumn.accessor('userName', { header: () => t('privacyPanel.history.user'), cell: (c) => c.getValue() ?? t('common.none') }),
      eventColumn.display({ id: 'details', header: () => t('privacyPanel.history.details'), cell: (c) => <span className="details">{eventDetails(t, c.row.original)}</span> }),
    ],
    [t, lang],
  );
  const table = useReactTable({ data: request.events, columns, enableSorting: false, getCoreRowModel: getCoreRowModel() });
  return (
    <section className="box" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="box__title">
        {t('privacyPanel.history.title')}
      </h3>
      <p className="muted box__intro">{t('privacyPanel.history.intro')}</p>
      <DataTable table={table} label={t('privacyPanel.history.title')} empty={t('privacyPanel.history.none')} testId="request-history" />
    </section>
  );
}
