import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { PrerenderHandOver } from '../../ui/PrerenderHandOver';
import { DueFollowUps } from '../aftercare';

type MainAction = {
  key: 'crisis' | 'directory' | 'guides' | 'selfcare' | 'journal' | 'plan' | 'settings';
  icon: string;
  tone: 'urgent' | 'plain' | 'quiet';
};

// Crisis first and in its own colour: it is what someone reaches for under stress.
const mainActions: readonly MainAction[] = [
  { key: 'crisis', icon: '✚', tone: 'urgent' },
  { key: 'directory', icon: '☎', tone: 'plain' },
  { key: 'guides', icon: '❝', tone: 'plain' },
  { key: 'selfcare', icon: '❀', tone: 'plain' },
  { key: 'journal', icon: '✎', tone: 'plain' },
  { key: 'plan', icon: '⚑', tone: 'plain' },
  { key: 'settings', icon: '⚙', tone: 'quiet' },
];

export function HomeScreen() {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <ScreenHeading>{t('home.title')}</ScreenHeading>
      <p className="lead">{t('home.intro')}</p>
      <nav aria-label={t('home.actionsLabel')}>
        <ul className="main-actions">
          {mainActions.map(({ key, icon, tone }) => (
            <li key={key}>
              {/* The label alone is the accessible name; the hint is read after it as a description. */}
              <Link to={`/${key}`} className={`card-button main-action main-action-${tone}`} aria-describedby={`home-hint-${key}`}>
                <span className="main-action-icon" aria-hidden="true">
                  {icon}
                </span>
                <span className="main-action-label">{t(`home.${key}`)}</span>
                <span className="main-action-hint" id={`home-hint-${key}`} aria-hidden="true">
                  {t(`home.${key}Hint`)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {/* Next contacts due, below the actions: only while the journal is open, and loaded after the page. */}
      <DueFollowUps />
      <PrerenderHandOver />
    </div>
  );
}
