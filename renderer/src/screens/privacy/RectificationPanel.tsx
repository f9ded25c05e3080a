// A rectification request decided by the manager: today's values beside the requested ones, each
// accepted or refused; refused parts get the written certificate of refusal with the reasons, and
// everyone the data came from or was disclosed to is listed for a notification letter.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyRequest } from '../../../../shared/api/privacy';
import { RECTIFIABLE_FIELDS, REFUSAL_REASONS, type NotifyRecipient, type RectifiableField, type RectificationResult } from '../../../../shared/api/rectification';
import { formatDate } from '../../../../shared/format/dates';
import { ApiCallError, call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DocumentActions } from '../../components/DocumentActions';
import { Icon } from '../../components/Icon';
import { errorMessage } from '../../forms/serverErrors';
import { formatPhone } from '../customers/format';
import { ReasonChecklist } from '../../components/ReasonChecklist';
import { TextArea } from '../../components/TextArea';

type Decision = 'none' | 'accept' | 'refuse';
type Row = { decision: Decision; value: string };
type RefusalReason = (typeof REFUSAL_REASONS)[number];

const FINAL = ['completed', 'partly_completed', 'refused'];
/** Third-party sources, as the core counts them (customer's own notices and our shop are not). */
const THIRD_PARTY_SOURCES = new Set(['reseller', 'address_update_service', 'subcontractor']);

function shownValue(t: (k: string) => string, field: RectifiableField, value: string): string {
  if (!value) return '';
  if (field === 'phone') return formatPhone(value);
  if (field === 'language') return t(`customers.languages.${value}`);
  return value;
}

export function RectificationPanel({ request, onDone }: { request: PrivacyRequest; onDone: (next: PrivacyRequest, message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const open = !FINAL.includes(request.status);
  const [current, setCurrent] = useState<Record<RectifiableField, string> | null>(null);
  const [recipients, setRecipients] = useState<NotifyRecipient[]>([]);
  const [rows, setRows] = useState<Record<RectifiableField, Row>>(() => Object.fromEntries(RECTIFIABLE_FIELDS.map((f) => [f, { decision: 'none', value: '' }])) as Record<RectifiableField, Row>);
  const [reasons, setReasons] = useState<RefusalReason[]>([]);
  const [reasonText, setReasonText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<RectificationResult | null>(null);

  useEffect(() => {
    if (!open || request.customerId === null) return;
    let live = true;
    call('privacy.rectification.preview', { requestId: request.id }).then(
      (p) => {
        if (!live) return;
        setCurrent(p.current);
        setRecipients(p.recipients);
      },
      (err: unknown) => live && setAlert(errorMessage(err, t)),
    );
    return () => {
      live = false;
    };
  }, [request.id]);

  const changes = RECTIFIABLE_FIELDS.filter((f) => rows[f].decision !== 'none').map((f) => ({ field: f, requestedValue: rows[f].value, accept: rows[f].decision === 'accept' }));
  const accepted = changes.filter((c) => c.accept).length;
  const refused = changes.length - accepted;
  const refusing = refused > 0 || changes.length === 0;

  const setRow = (f: RectifiableField, next: Partial<Row>) => {
    setRows((prev) => {
      const row = { ...prev[f], ...next };
      // typing a requested value means the field is part of the request
      if (next.value !== undefined && prev[f].decision === 'none' && next.value !== '') row.decision = 'accept';
      return { ...prev, [f]: row };
    });
    setErrors({});
  };

  const check = (): boolean => {
    const e: Record<string, string> = {};
    if (refusing && reasons.length === 0) e.reasons = t('errors.refusalReasonRequired');
    if (reasons.includes('other') && !reasonText.trim()) e.reasonText = t('errors.required');
    setErrors(e);
    return Object.keys(e).length === 0;
  };

  const decide = async () => {
    setAlert(null);
    try {
      const r =
        accepted === 0
          ? await call('privacy.rectification.refuse', { requestId: request.id, asked: changes.map(({ field, requestedValue }) => ({ field, requestedValue })), reasons, reasonText })
          : await call('privacy.rectification.decide', { requestId: request.id, changes, reasons, reasonText });
      setResult(r);
      setConfirming(false);
      onDone(r.request, t(`privacyPanel.rectification.done.${r.request.status}`, { defaultValue: t('privacyPanel.rectification.done.completed') }));
    } catch (err) {
      setConfirming(false);
      if (err instanceof ApiCallError) {
        const mapped: Record<string, string> = {};
        for (const [path, message] of Object.entries(err.fields)) {
          const m = /^changes\.(\d+)\.requestedValue$/.exec(path);
          if (m && changes[Number(m[1])]) mapped[changes[Number(m[1])]!.field] = message;
          else if (path === 'reasons' || path === 'reasonText') mapped[path] = message;
        }
        setErrors(mapped);
      }
      setAlert(errorMessage(err, t));
    }
  };

  if (result) return <RectificationResultBox result={result} request={request} />;
  if (!open) return <RectificationClosed request={request} />;

  return (
    <section className="box decision-box" aria-labelledby={`${id}-title`} data-testid="rectification-panel">
      <h3 id={`${id}-title`} className="box__title">
        {t('privacyPanel.rectification.title')}
      </h3>
      <p className="muted box__intro">{t('privacyPanel.rectification.intro')}</p>
      <FormAlert message={alert} />
      {request.signatureMissing ? <p className="alert alert--warning">{t('privacyPanel.rectification.unsignedNote')}</p> : null}
      {current === null ? (
        alert ? null : <p className="loading">{t('common.loading')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table rectify-table" aria-label={t('privacyPanel.rectification.tableLabel')} data-testid="rectification-table">
              <thead>
                <tr>
                  <th scope="col">{t('privacyPanel.rectification.field')}</th>
                  <th scope="col">{t('privacyPanel.rectification.current')}</th>
                  <th scope="col">{t('privacyPanel.rectification.requested')}</th>
                  <th scope="col">{t('privacyPanel.rectification.decision')}</th>
                </tr>
              </thead>
              <tbody>
                {RECTIFIABLE_FIELDS.map((f) => {
                  const row = rows[f];
                  const label = t(`fields.customer.${f}`);
                  const err = errors[f];
                  return (
                    <tr key={f} data-testid={`rectify-row-${f}`} className={row.decision === 'refuse' ? 'rectify-row--refuse' : row.decision === 'accept' ? 'rectify-row--accept' : undefined}>
                      <th scope="row">{label}</th>
                      <td className="rectify-current">{shownValue(t, f, current[f]) || <span className="muted">{t('common.none')}</span>}</td>
                      <td>
                        {f === 'language' ? (
                          <select
                            className="input"
                            aria-label={t('privacyPanel.rectification.requestedFor', { field: label })}
                            value={row.value}
                            onChange={(e) => setRow(f, { value: e.target.value })}
                            data-testid={`requested-${f}`}
                          >
                            <option value="">{t('common.none')}</option>
                            <option value="fi">{t('customers.languages.fi')}</option>
                            <option value="en">{t('customers.languages.en')}</option>
                          </select>
                        ) : (
                          <input
                            className="input"
                            aria-label={t('privacyPanel.rectification.requestedFor', { field: label })}
                            aria-invalid={err ? true : undefined}
                            value={row.value}
                            maxLength={320}
                            onChange={(e) => setRow(f, { value: e.target.value })}
                            data-testid={`requested-${f}`}
                          />
                        )}
                        {err ? <p className="field__error" role="alert">{err}</p> : null}
                      </td>
                      <td>
                        <select
                          className="input"
                          aria-label={t('privacyPanel.rectification.decisionFor', { field: label })}
                          value={row.decision}
                          onChange={(e) => setRow(f, { decision: e.target.value as Decision })}
                          data-testid={`decision-${f}`}
                        >
                          <option value="none">{t('privacyPanel.rectification.notAsked')}</option>
                          <option value="accept">{t('privacyPanel.rectification.accept')}</option>
                          <option value="refuse">{t('privacyPanel.rectification.refuse')}</option>
                        </select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>

          {refusing ? (
            <ReasonChecklist
              legend={t('privacyPanel.rectification.reasonsTitle')}
              intro={t('privacyPanel.rectification.reasonsIntro')}
              options={REFUSAL_REASONS}
              labelOf={(r) => t(`privacyPanel.rectification.reasons.${r}`)}
              value={reasons}
              onChange={(next) => (setReasons(next), setErrors({}))}
              error={errors.reasons}
              testId="refusal-reasons"
              optionTestId={(r) => `reason-${r}`}
            >
              <TextArea
                label={t('privacyPanel.rectification.reasonText')}
                hint={t('privacyPanel.rectification.reasonTextHint')}
                value={reasonText}
                onChange={(v) => (setReasonText(v), setErrors({}))}
                required={reasons.includes('other')}
                error={errors.reasonText}
                testId="reason-text"
              />
            </ReasonChecklist>
          ) : null}

          {recipients.length ? (
            <p className="muted">{t('privacyPanel.rectification.recipientsAhead', { count: recipients.length })}</p>
          ) : null}

          <div className="form__actions form__actions--split">
            <span className="muted" data-testid="rectification-summary">
              {t('privacyPanel.rectification.summary', { accepted, refused })}
            </span>
            <button type="button" className="btn btn--primary" onClick={() => check() && setConfirming(true)} data-testid="rectification-decide">
              {t('privacyPanel.rectification.decide')}
            </button>
          </div>
        </>
      )}
      {confirming ? (
        <ConfirmDialog
          title={t('privacyPanel.rectification.confirmTitle')}
          confirmLabel={t('privacyPanel.rectification.confirm')}
          testId="rectification-confirm"
          onClose={() => setConfirming(false)}
          onConfirm={decide}
        >
          <p>{accepted ? t('privacyPanel.rectification.confirmApply', { count: accepted }) : null}</p>
          {refusing ? <p>{t('privacyPanel.rectification.confirmRefuse')}</p> : null}
          <p className="muted">{t('privacyPanel.rectification.confirmClose', { number: request.number })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function FieldsList({ fields }: { fields: string[] }) {
  const { t } = useTranslation();
  return <>{fields.map((f) => t(`fields.customer.${f}`, { defaultValue: f })).join(', ')}</>;
}

function RectificationResultBox({ result, request }: { result: RectificationResult; request: PrivacyRequest }) {
  const { t } = useTranslation();
  const id = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titleRef.current?.scrollIntoView({ block: 'start' });
    titleRef.current?.focus();
  }, []);
  return (
    <section className="box decision-box decision-box--done" aria-labelledby={`${id}-title`} data-testid="rectification-result">
      <h3 id={`${id}-title`} className="box__title" ref={titleRef} tabIndex={-1}>
        {t('privacyPanel.rectification.resultTitle')}
      </h3>
      <dl className="record-facts">
        <dt>{t('privacyPanel.rectification.appliedTitle')}</dt>
        <dd data-testid="rectification-applied">{result.applied.length ? <FieldsList fields={result.applied} /> : <span className="muted">{t('common.none')}</span>}</dd>
        <dt>{t('privacyPanel.rectification.refusedTitle')}</dt>
        <dd data-testid="rectification-refused">{result.refused.length ? <FieldsList fields={result.refused} /> : <span className="muted">{t('common.none')}</span>}</dd>
      </dl>
      {result.refusalLetter ? (
        <div className="issued-document" data-testid="refusal-letter">
          <Icon name="warning" />
          <div>
            <p className="strong">{t('privacyPanel.rectification.letterTitle')}</p>
            <p>{t('privacyPanel.rectification.letterText', { code: result.refusalLetter.verificationCode })}</p>
            <DocumentActions file={result.refusalLetter} saveLabel={t('privacyPanel.rectification.letterDownload')} testId="refusal-letter-download" />
          </div>
        </div>
      ) : null}
      {result.applied.length ? <NotifyList request={request} recipients={result.recipients} /> : null}
    </section>
  );
}

export function NotifyList({ request, recipients }: { request: PrivacyRequest; recipients: NotifyRecipient[] }) {
  const { t } = useTranslation();
  return (
    <div className="notify" data-testid="notify-recipients">
      <h4 className="notify__title">{t('privacyPanel.rectification.notifyTitle')}</h4>
      {recipients.length === 0 ? (
        <p className="muted">{t('privacyPanel.rectification.notifyNone')}</p>
      ) : (
        <>
          <p className="muted">{t('privacyPanel.rectification.notifyIntro')}</p>
          <ul className="plain-list notify__list">
            {recipients.map((r) => (
              <li key={`${r.kind}-${r.id}`} data-testid={`notify-${r.kind}-${r.id}`}>
                <span className="strong">{r.kind === 'source' ? t(`dataSources.${r.name}`, { defaultValue: r.name }) : r.name}</span>{' '}
                <span className="muted">
                  {t(`privacyPanel.rectification.recipientKinds.${r.kind}`)} · {formatDate(r.date)}
                </span>{' '}
                <DocumentActions
                  size="small"
                  printLabel={t('privacyPanel.rectification.notifyPrint')}
                  fetchFile={() => call('privacy.rectification.notificationLetter', { requestId: request.id, kind: r.kind, id: r.id })}
                  testId={`notify-print-${r.kind}-${r.id}`}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** A decided rectification seen again later: what was done (from the log) and the notification
 * letters, whose recipients are worked out as the core does (third-party sources and disclosures
 * of identity or contact data). */
function RectificationClosed({ request }: { request: PrivacyRequest }) {
  const { t } = useTranslation();
  const id = useId();
  const decided = [...request.events].reverse().find((e) => e.event === 'rectification');
  const applied = useMemo(() => (Array.isArray(decided?.details.applied) ? (decided!.details.applied as string[]) : []), [decided]);
  const refused = Array.isArray(decided?.details.refused) ? (decided!.details.refused as string[]) : [];
  const [recipients, setRecipients] = useState<NotifyRecipient[] | null>(null);

  useEffect(() => {
    if (!applied.length || request.customerId === null) return;
    let live = true;
    Promise.all([call('customers.get', { id: request.customerId }), call('privacy.disclosures.list', { customerId: request.customerId, limit: 1000 })]).then(
      ([c, ds]) => {
        if (!live) return;
        setRecipients([
          ...c.sources.filter((s) => THIRD_PARTY_SOURCES.has(s.source)).map((s) => ({ kind: 'source' as const, id: s.id, name: s.source, date: s.date })),
          ...ds.filter((d) => d.dataCategories.some((x) => x === 'identity' || x === 'contact')).map((d) => ({ kind: 'disclosure' as const, id: d.id, name: d.recipient, date: d.date })),
        ]);
      },
      () => live && setRecipients([]),
    );
    return () => {
      live = false;
    };
  }, [applied, request.customerId]);

  if (!decided) return null;
  return (
    <section className="box decision-box decision-box--done" aria-labelledby={`${id}-title`} data-testid="rectification-result">
      <h3 id={`${id}-title`} className="box__title">
        {t('privacyPanel.rectification.resultTitle')}
      </h3>
      <dl className="record-facts">
        <dt>{t('privacyPanel.rectification.appliedTitle')}</dt>
        <dd>{applied.length ? <FieldsList fields={applied} /> : <span className="muted">{t('common.none')}</span>}</dd>
        <dt>{t('privacyPanel.rectification.refusedTitle')}</dt>
        <dd>{refused.length ? <FieldsList fields={refused} /> : <span className="muted">{t('common.none')}</span>}</dd>
      </dl>
      {refused.length ? <p className="muted">{t('privacyPanel.rectification.letterInDocuments')}</p> : null}
      {applied.length && recipients ? <NotifyList request={request} recipients={recipients} /> : null}
    </section>
  );
}
