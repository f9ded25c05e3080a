// Telling the recipients of a person's data (GDPR Art. 19) after an erasure or a restriction: each
// recipient from the disclosures register with its notification letter, or the manager's record of
// why telling them is impossible or would take disproportionate effort. After an erasure the
// letters exist only in memory (made with the erasure; the register no longer names the person),
// so they are offered as downloads of what the erasure returned; under a restriction each letter is
// issued on demand.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOT_NOTIFIED_REASONS, type NoticeContext, type NoticeRecipient, type NotNotifiedReason } from '../../../../shared/api/recipients';
import type { Language } from '../../../../shared/api/fields';
import type { IssuedDocument } from '../../../../shared/api/rectification';
import { formatDate, formatInstant } from '../../../../shared/format/dates';
import { ApiCallError, call } from '../../api';
import { DocumentActions } from '../../components/DocumentActions';
import { FormAlert } from '../../components/Alerts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorMessage } from '../../forms/serverErrors';
import { currentLanguage } from '../../i18n';
import { ReasonDialog } from '../../components/ReasonDialog';
import { MissingAddressDialog } from './RecipientAddressDialog';

interface Props {
  context: NoticeContext;
  customerId: number;
  recipients: NoticeRecipient[];
  /** After an erasure: the letters it made, by disclosure id (the only copies). */
  letters?: Record<number, IssuedDocument>;
}

export function RecipientNotices({ context, customerId, recipients: initial, letters }: Props) {
  const { t } = useTranslation();
  const id = useId();
  // The first list is the caller's; later changes come from this component's own calls.
  const [recipients, setRecipients] = useState(initial);
  const [asking, setAsking] = useState<NoticeRecipient | null>(null);
  const [addressing, setAddressing] = useState<NoticeRecipient | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>('fi');

  const reload = async () => {
    try {
      setRecipients(await call('privacy.recipients.list', { customerId, context }));
    } catch (err) {
      setAlert(errorMessage(err, t));
    }
  };

  return (
    <div className="notify" data-testid={`recipients-${context}`} aria-labelledby={`${id}-title`} role="group">
      <h4 id={`${id}-title`} className="notify__title">
        {t('privacyPanel.recipients.title')}
      </h4>
      <FormAlert message={alert} />
      {status ? (
        <div role="status" className="alert alert--success">
          {status}
        </div>
      ) : null}
      {recipients.length === 0 ? (
        <p className="muted" data-testid="recipients-none">
          {t('privacyPanel.recipients.none')}
        </p>
      ) : (
        <>
          <p className="muted">{t(`privacyPanel.recipients.intro.${context}`)}</p>
          {context === 'restriction' ? (
            <div className="field field--short">
              <label htmlFor={`${id}-lang`} className="field__label">
                {t('privacyPanel.recipients.language')}
              </label>
              <select id={`${id}-lang`} className="input" value={language} onChange={(e) => setLanguage(e.target.value as Language)} data-testid="recipients-language">
                <option value="fi">{t('language.fi')}</option>
                <option value="en">{t('language.en')}</option>
              </select>
            </div>
          ) : null}
          <ul className="plain-list notify__list">
            {recipients.map((r) => {
              const letter = letters?.[r.disclosureId];
              return (
                <li key={r.disclosureId} data-testid={`recipient-${r.disclosureId}`}>
                  <span className="strong">{r.recipient}</span>{' '}
                  <span className="muted">
                    {t(`privacyPanel.disclosures.kinds.${r.recipientKind}`)} · {t('privacyPanel.recipients.disclosed', { date: formatDate(r.date) })}
                  </span>{' '}
                  {letter ? (
                    // Made with the erasure and never stored: the register no longer names the person.
                    <DocumentActions file={letter} size="small" memoryOnly printLabel={t('privacyPanel.recipients.print')} testId={`recipient-print-${r.disclosureId}`} />
                  ) : context === 'restriction' && r.address === null ? (
                    <>
                      <span className="field__error" data-testid={`recipient-no-address-${r.disclosureId}`}>
                        {t('privacyPanel.recipients.noAddress')}
                      </span>{' '}
                      <button type="button" className="btn btn--secondary btn--small" onClick={() => setAddressing(r)} data-testid={`recipient-add-address-${r.disclosureId}`}>
                        {t('privacyPanel.recipients.addAddress')}
                      </button>
                    </>
                  ) : context === 'restriction' ? (
                    <DocumentActions
                      size="small"
                      printLabel={t('privacyPanel.recipients.print')}
                      fetchFile={async () => {
                        const doc = await call('privacy.restriction.notificationLetter', { customerId, disclosureId: r.disclosureId, language });
                        void reload();
                        return doc;
                      }}
                      testId={`recipient-print-${r.disclosureId}`}
                    />
                  ) : null}{' '}
                  <button type="button" className="btn btn--link" onClick={() => setAsking(r)} data-testid={`recipient-not-notified-${r.disclosureId}`}>
                    {t('privacyPanel.recipients.notNotified')}
                  </button>
                  <DoneNote done={r.done} />
                </li>
              );
            })}
          </ul>
        </>
      )}
      {addressing ? (
        <MissingAddressDialog
          recipient={addressing.recipient}
          onClose={() => setAddressing(null)}
          onAdded={(message) => {
            setAddressing(null);
            setStatus(message);
            void reload();
          }}
        />
      ) : null}
      {asking ? (
        <NotNotifiedDialog
          recipient={asking}
          onClose={() => setAsking(null)}
          onConfirm={async (reason, note) => {
            const next = await call('privacy.recipients.notNotified', { customerId, context, disclosureId: asking.disclosureId, reason, note });
            setRecipients((prev) => prev.map((x) => (x.disclosureId === next.disclosureId ? next : x)));
            setAsking(null);
            setStatus(t('privacyPanel.recipients.recorded'));
          }}
        />
      ) : null}
    </div>
  );
}

function DoneNote({ done }: { done: NoticeRecipient['done'] }) {
  const { t } = useTranslation();
  if (!done) return null;
  const at = formatInstant(done.at, currentLanguage());
  return (
    <p className="muted" data-testid="recipient-done">
      {done.kind === 'letter'
        ? t('privacyPanel.recipients.doneLetter', { at, code: done.verificationCode })
        : t('privacyPanel.recipients.doneNot', { at, reason: t(`privacyPanel.recipients.reasons.${done.reason}`), note: done.note })}
    </p>
  );
}

function NotNotifiedDialog({ recipient, onClose, onConfirm }: { recipient: NoticeRecipient; onClose: () => void; onConfirm: (reason: NotNotifiedReason, note: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<NotNotifiedReason>('impossible');
  return (
    <ReasonDialog
      title={t('privacyPanel.recipients.dialogTitle')}
      confirmLabel={t('privacyPanel.recipients.confirm')}
      testId="not-notified-dialog"
      onClose={onClose}
      body={<p>{t('privacyPanel.recipients.dialogBody', { recipient: recipient.recipient })}</p>}
      before={
        <fieldset className="fieldset">
          <legend>{t('privacyPanel.recipients.reason')}</legend>
          {NOT_NOTIFIED_REASONS.map((r) => (
            <label key={r} className="checkline">
              <input type="radio" name="not-notified-reason" checked={reason === r} onChange={() => setReason(r)} data-testid={`not-notified-${r}`} />
              <span>{t(`privacyPanel.recipients.reasons.${r}`)}</span>
            </label>
          ))}
        </fieldset>
      }
      reason={{ label: t('privacyPanel.recipients.note'), hint: t('privacyPanel.recipients.noteHint'), testId: 'not-notified-note', maxLength: 1000, field: 'note' }}
      submit={(note) => onConfirm(reason, note)}
    />
  );
}

/** The recipients as the register has them now: on a restricted customer's card, or on an erasure
 * request seen again later (its letters are gone by then; reasons can still be recorded). */
export function LoadedRecipients({ customerId, context }: { customerId: number; context: NoticeContext }) {
  const { t } = useTranslation();
  const [recipients, setRecipients] = useState<NoticeRecipient[] | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('privacy.recipients.list', { customerId, context }).then(
      (r) => live && setRecipients(r),
      (err: unknown) => live && setAlert(errorMessage(err, t)),
    );
    return () => {
      live = false;
    };
  }, [customerId, context]);
  if (alert) return <FormAlert message={alert} />;
  return recipients ? <RecipientNotices context={context} customerId={customerId} recipients={recipients} /> : null;
}
