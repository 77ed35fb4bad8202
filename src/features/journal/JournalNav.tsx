import { useTranslation } from 'react-i18next';
import { requestLock } from '../../vault/lockSignal';
import { Link, usePath } from '../../ui/router';

const sections = [
  { path: '/journal', key: 'nav.entries' },
  { path: '/journal/calendar', key: 'nav.calendar' },
  { path: '/journal/trends', key: 'nav.trends' },
  { path: '/journal/backup', key: 'nav.backup' },
  { path: '/journal/settings', key: 'nav.settings' },
] as const;

/** The journal's own sections and the Lock button, on every open-journal screen. */
export function JournalNav() {
  const { t } = useTranslation('journal');
  const path = usePath();
  return (
    <div className="journal-bar">
      <nav aria-label={t('nav.label')}>
        <ul className="journal-nav">
          {sections.map((section) => (
            <li key={section.path}>
              <Link to={section.path} aria-current={path === section.path ? 'page' : undefined}>
                {t(section.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <button type="button" className="button button-secondary lock-button" onClick={() => requestLock('manual')}>
        <span aria-hidden="true">🔒 </span>
        {t('nav.lock')}
      </button>
    </div>
  );
}
