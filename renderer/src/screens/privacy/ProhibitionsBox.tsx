// An objection, prohibition, restriction or disclosure-ban request applied to the customer in one
// step; the customer's history records the request as the reason. A restriction needs the manager.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROHIBITIONS, type Customer, type Prohibition } from '../../../../shared/api/customers';
import type { PrivacyRequest } from '../../../../shared/api/privacy';
import { call } from '../../api';
import { FormAlert } from '../../components/Alerts';
import { errorMessage } from '../../forms/serverErrors';

export const PROHIBITION_TYPES = ['objection', 'restriction', 'disclosure_ban'] as const;

export function ProhibitionsBox({ request, isManager, onDone }: { request: PrivacyRequest; isManager: boolean; onDone: (next: PrivacyRequest, message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [customer, setCustomer] = useState<Customer | null>(null);
  const [chosen, setChosen] = useState<Prohibition[]>(() => (request.types.includes('disclosure_ban') ? ['disclosure'] : []));
  const [restrict, setRestrict] = useState(() => isManager && request.types.includes('restriction'));
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  useEffect(() => {
    if (request.customerId === null) return;
    let live = true;
    call('customers.get', { id: request.customerId }).then(
      (c) => live && setCustomer(c),
      (err: unknown) => live && setAlert(errorMessage(err, t)),
    );
    return () => {
      live = false;
    };
  }, [request.customerId, request.events.length]);

  if (request.customerId === null) {
    return (
      <section className="box" aria-labelledby={`${id}-title`} data-testid="apply-prohibitions">
        <h3 id={`${id}-title`} className="box__title">
          {t('privacyPanel.prohibitions.title')}
        </h3>
        <p className="muted">{t('privacyPanel.prohibitions.noCustomer')}</p>
      </section>
    );
  }

  const inForce = (p: Prohibition) => customer?.prohibitions[p] === true;
  const restricted = customer?.restriction != null;
  const nothing = chosen.filter((p) => !inForce(p)).length === 0 && !(restrict && !restricted);

  const apply = async () => {
    setBusy(true);
    setAlert(null);
    try {
      const next = await call('privacy.requests.applyProhibitions', { id: request.id, prohibitions: chosen.filter((p) => !inForce(p)), restrict: restrict && !restricted });
      setChosen([]);
      setRestrict(false);
      onDone(next, t('privacyPanel.prohibitions.done'));
    } catch (err) {
      setAlert(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="box" aria-labelledby={`${id}-title`} data-testid="apply-prohibitions">
      <h3 id={`${id}-title`} className="box__title">
        {t('privacyPanel.prohibitions.title')}
      </h3>
      <p className="muted box__intro">{t('privacyPanel.prohibitions.intro', { number: request.number })}</p>
      <FormAlert message={alert} />
      <fieldset className="prohibitions prohibitions--grid">
        <legend className="visually-hidden">{t('privacyPanel.prohibitions.title')}</legend>
        {PROHIBITIONS.map((p) => {
          const on = inForce(p);
          return (
            <label key={p} className={on || chosen.includes(p) ? 'prohibition prohibition--on' : 'prohibition'} data-testid={`apply-${p}`}>
              <input
                type="checkbox"
                checked={on || chosen.includes(p)}
                disabled={on || busy}
                onChange={(e) => setChosen((prev) => (e.target.checked ? [...prev, p] : prev.filter((x) => x !== p)))}
              />
              <span className="prohibition__name">{t(`customers.prohibitions.${p}`)}</span>
              {on ? <span className="badge badge--danger">{t('privacyPanel.prohibitions.inForce')}</span> : null}
            </label>
          );
        })}
        <label className={restricted || restrict ? 'prohibition prohibition--on' : 'prohibition'} data-testid="apply-restrict">
          <input type="checkbox" checked={restricted || restrict} disabled={restricted || !isManager || busy} onChange={(e) => setRestrict(e.target.checked)} />
          <span className="prohibition__name">{t('privacyPanel.prohibitions.restrict')}</span>
          {restricted ? <span className="badge badge--warn">{t('customers.restrictedBadge')}</span> : null}
        </label>
      </fieldset>
      {!isManager ? <p className="muted small">{t('privacyPanel.prohibitions.restrictManager')}</p> : null}
      <div className="form__actions form__actions--end">
        <button type="button" className="btn btn--primary" disabled={busy || nothing || !customer} onClick={() => void apply()} data-testid="apply-prohibitions-button">
          {busy ? t('common.saving') : t('privacyPanel.prohibitions.apply')}
        </button>
      </div>
    </section>
  );
}
