import { useTranslation } from 'react-i18next';
import type { Section } from '../../app/types';
import { Icon } from '../../components/Icon';

/** A capability that arrives in a later version. */
export function Placeholder({ section }: { section: Exclude<Section, 'admin'> }) {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby={`${section}-title`} data-testid={`screen-${section}`}>
      <h1 id={`${section}-title`} tabIndex={-1}>
        {t(`nav.${section}`)}
      </h1>
      <div className="placeholder">
        <Icon name={section} className="placeholder__icon" />
        <p className="placeholder__title">{t('placeholder.comingLater')}</p>
        <p className="muted">{t(`placeholder.${section}`)}</p>
      </div>
    </section>
  );
}
