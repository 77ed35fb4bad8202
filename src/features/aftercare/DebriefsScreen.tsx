import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { Link } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useLanguage } from '../../ui/useLanguage';
import { VaultGate } from '../vault';
import { debriefFields, debriefsByMonth, loadDebriefs, needsHardRunNotice, recentHardRuns, type LoadedDebriefs } from './debriefs';
import { failureOf, type AftercareFailure } from './followUps';
import { HardRunNotice } from './HardRunNotice';
import { dateOfLocalDay } from './localDay';
import './aftercare.css';

/** The Companion's debriefs, by month, newest first; behind the vault's set-up or unlock screen. */
export function DebriefsScreen() {
  const { t } = useTranslation('aftercare');
  const back = (
    <Link to="/crisis" className="button button-secondary">
      {t('debriefs.back')}
    </Link>
  );
  return (
    <VaultGate title={t('debriefs.title')} loadingText={t('opening')} wayBack={back}>
      <DebriefList />
    </VaultGate>
  );
}

function DebriefList() {
  const { t } = useTranslation('aftercare');
  const language = useLanguage();
  const [loaded, setLoaded] = useState<LoadedDebriefs>();
  const [failure, setFailure] = useState<AftercareFailure>();

  useEffect(() => {
    let isCurrent = true;
    loadDebriefs().then(
      (result) => isCurrent && setLoaded(result),
      (error: unknown) => isCurrent && setFailure(failureOf(error)),
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  const now = new Date();
  const months = loaded ? debriefsByMonth(loaded.debriefs) : [];
  return (
    <div className="screen aftercare-debriefs">
      <ScreenHeading>{t('debriefs.title')}</ScreenHeading>
      <p className="lead">{t('debriefs.intro')}</p>
      {!loaded && !failure && <p className="loading">{t('opening')}</p>}
      {failure && (
        <p className="field-error" role="alert">
          {t(`errors.${failure}`)}
        </p>
      )}
      {loaded && needsHardRunNotice(loaded.debriefs, now) && <HardRunNotice hardCount={recentHardRuns(loaded.debriefs, now)} />}
      {loaded && loaded.debriefs.length === 0 && <p>{t('debriefs.empty')}</p>}
      {months.map(({ month, debriefs }) => (
        <section key={month} aria-labelledby={`debriefs-${month}`} className="aftercare-month">
          <h2 id={`debriefs-${month}`}>
            {formatDate(dateOfLocalDay(`${month}-01`), language, { month: 'long', year: 'numeric' })}{' '}
            <span className="aftercare-count">({t('debriefs.count', { count: debriefs.length })})</span>
          </h2>
          <ul className="aftercare-debrief-list">
            {debriefs.map((debrief) => {
              const answered = debriefFields.filter((field) => debrief[field] !== '');
              return (
                <li key={debrief.id} className="aftercare-debrief">
                  <h3>{formatDate(new Date(debrief.savedAt), language, { weekday: 'long', day: 'numeric', month: 'long' })}</h3>
                  {debrief.isHardOne && <p className="aftercare-hard">{t('debriefs.hardOne')}</p>}
                  {answered.length === 0 ? (
                    <p className="hint">{t('debriefs.noAnswers')}</p>
                  ) : (
                    <dl>
                      {answered.map((field) => (
                        <div key={field}>
                          <dt>{t(`debrief.${field}`)}</dt>
                          <dd>{debrief[field]}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {loaded && loaded.unreadable > 0 && <p className="hint">{t('debriefs.unreadable', { count: loaded.unreadable })}</p>}
      <p>
        <Link to="/crisis" className="button button-secondary">
          {t('debriefs.back')}
        </Link>
      </p>
    </div>
  );
}
