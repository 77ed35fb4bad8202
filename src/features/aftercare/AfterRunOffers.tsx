import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import { debriefsPath } from './paths';
import './aftercare.css';

type FollowUpOfferProps = { isSaved: boolean; onAgree: () => void };

/**
 * On the close screen, while the person is still there: agree the next contact with her. It comes
 * before the Companion's own check-in, because it can only be agreed together.
 */
export function FollowUpOffer({ isSaved, onAgree }: FollowUpOfferProps) {
  const { t } = useTranslation('aftercare');
  return (
    <section className="aftercare-offers" aria-labelledby="aftercare-offers-heading">
      <h2 id="aftercare-offers-heading">{t('offers.heading')}</h2>
      {isSaved ? (
        <p role="status">{t('offers.followUpSaved')}</p>
      ) : (
        <>
          <p className="hint" id="aftercare-follow-up-hint">
            {t('offers.followUpHint')}
          </p>
          <button type="button" className="button button-secondary" aria-describedby="aftercare-follow-up-hint" onClick={onAgree}>
            {t('offers.followUp')}
          </button>
        </>
      )}
    </section>
  );
}

type DebriefOfferProps = { isSaved: boolean; onDebrief: () => void };

/** On the close screen, after her check-in: a debrief for the Companion herself. */
export function DebriefOffer({ isSaved, onDebrief }: DebriefOfferProps) {
  const { t } = useTranslation('aftercare');
  return (
    <div className="aftercare-offers">
      {isSaved ? (
        <div role="status">
          <p>{t('offers.debriefSaved')}</p>
          <Link to={debriefsPath} className="button button-secondary">
            {t('offers.seeDebriefs')}
          </Link>
        </div>
      ) : (
        <>
          <p className="hint" id="aftercare-debrief-hint">
            {t('offers.debriefHint')}
          </p>
          <button type="button" className="button button-secondary" aria-describedby="aftercare-debrief-hint" onClick={onDebrief}>
            {t('offers.debrief')}
          </button>
        </>
      )}
    </div>
  );
}
