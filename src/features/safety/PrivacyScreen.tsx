import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import './privacy.css';

const storedItems = ['journal', 'records', 'content', 'settings', 'course', 'report', 'session', 'appFiles'] as const;
const leavingItems = ['downloads', 'nothingElse', 'neutralSite', 'calls', 'reminders', 'report'] as const;
const exitLimits = ['history', 'address', 'calls', 'spyware', 'recognised', 'homeScreen'] as const;

/** What the app keeps, what it sends, and what quick exit cannot hide, in plain words. */
export function PrivacyScreen() {
  const { t } = useTranslation('safety');
  return (
    <div className="screen privacy">
      <ScreenHeading>{t('privacy.title')}</ScreenHeading>
      <p className="lead">{t('privacy.intro')}</p>

      <section aria-labelledby="privacy-stored">
        <h2 id="privacy-stored">{t('privacy.stored.title')}</h2>
        <ul className="privacy-list">
          {storedItems.map((item) => (
            <li key={item}>
              <strong>{t(`privacy.stored.${item}.what`)}</strong> {t(`privacy.stored.${item}.how`)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="privacy-leaving">
        <h2 id="privacy-leaving">{t('privacy.leaving.title')}</h2>
        <ul className="privacy-list">
          {leavingItems.map((item) => (
            <li key={item}>{t(`privacy.leaving.${item}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="privacy-exit">
        <h2 id="privacy-exit">{t('privacy.exit.title')}</h2>
        <p>{t('privacy.exit.does')}</p>
        <p>{t('privacy.exit.keyboard')}</p>
        <p>{t('privacy.exit.cannotIntro')}</p>
        <ul className="privacy-list">
          {exitLimits.map((item) => (
            <li key={item}>{t(`privacy.exit.cannot.${item}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="privacy-backup">
        <h2 id="privacy-backup">{t('privacy.backup.title')}</h2>
        <p>{t('privacy.backup.body')}</p>
        <p>
          <Link to="/journal">{t('privacy.backup.link')}</Link>
        </p>
      </section>

      <section aria-labelledby="privacy-delete">
        <h2 id="privacy-delete">{t('privacy.delete.title')}</h2>
        <p>{t('privacy.delete.body')}</p>
        <p>{t('privacy.delete.remains')}</p>
        <p>{t('privacy.delete.removeApp')}</p>
        <p>
          <Link to="/settings">{t('privacy.delete.link')}</Link>
        </p>
      </section>
    </div>
  );
}
