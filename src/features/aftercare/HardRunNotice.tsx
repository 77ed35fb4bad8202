import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import { hardRunWindowDays } from './debriefs';

// Her own trusted contacts (the directory keeps them in the vault, which is open here).
const TrustedContactList = lazy(async () => ({ default: (await import('../directory')).TrustedContactList }));

/**
 * Shown when several hard runs came close together, gently, with what helps (rest, self-care,
 * talking it over with her organisation) and where that advice comes from. Not only once: it shows
 * again on each debrief saved (and each visit to the debriefs) while 3 or more hard runs fall in the
 * last 7 days, which is fine, since the load is still there.
 */
export function HardRunNotice({ hardCount }: { hardCount: number }) {
  const { t } = useTranslation('aftercare');
  return (
    <section className="aftercare-notice" aria-labelledby="aftercare-notice-heading">
      <h2 id="aftercare-notice-heading">{t('notice.heading')}</h2>
      <p>{t('notice.body', { count: hardCount, days: hardRunWindowDays })}</p>
      <p className="hint">{t('notice.source')}</p>
      <p>
        <Link to="/selfcare" className="button">
          {t('notice.selfCare')}
        </Link>
      </p>
      <h3>{t('notice.organisation')}</h3>
      <p>{t('notice.organisationHint')}</p>
      <p>
        <Link to="/directory" className="button button-secondary">
          {t('notice.directory')}
        </Link>
      </p>
      <Suspense fallback={null}>
        <TrustedContactList headingLevel={4} />
      </Suspense>
    </section>
  );
}
