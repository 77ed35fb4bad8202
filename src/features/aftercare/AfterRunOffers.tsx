import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import { debriefsPath } from './paths';
import './aftercare.css';

type AfterRunOffersProps = {
  isFollowUpSaved: boolean;
  isDebriefSaved: boolean;
  onAgreeFollowUp: () => void;
  onDebrief: () => void;
};

/** On the close screen: agree the next contact with the person, and a debrief for the Companion herself. */
export function AfterRunOffers({ isFollowUpSaved, isDebriefSaved, onAgreeFollowUp, onDebrief }: AfterRunOffersProps) {
  const { t } = useTranslation('aftercare');
  return (
    <section className="aftercare-offers" aria-labelledby="aftercare-offers-heading">
      <h2 id="aftercare-offers-heading">{t('offers.heading')}</h2>
      {isFollowUpSaved ? (
        <p role="status">{t('offers.followUpSaved')}</p>
      ) : (
        <>
          <p className="hint" id="aftercare-follow-up-hint">
            {t('offers.followUpHint')}
          </p>
          <button type="button" className="button button-secondary" aria-describedby="aftercare-follow-up-hint" onClick={onAgreeFollowUp}>
            {t('offers.followUp')}
          </button>
        </>
      )}
      {isDebriefSaved ? (
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
    </section>
  );
}
