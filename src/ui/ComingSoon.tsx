import { useTranslation } from 'react-i18next';
import { Link } from './router';
import { ScreenHeading } from './ScreenHeading';

/** An honest placeholder: it says the part is not built, and shows nothing that looks like advice. */
export function ComingSoon({ title, showEmergencyNote = false }: { title: string; showEmergencyNote?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <ScreenHeading>{title}</ScreenHeading>
      <p className="notice">
        <strong>{t('comingSoon.notice')}</strong>
      </p>
      <p>{t('comingSoon.body')}</p>
      {showEmergencyNote && <p className="emergency-note">{t('comingSoon.emergency')}</p>}
      <p>
        <Link to="/" className="button button-secondary">
          {t('shell.backHome')}
        </Link>
      </p>
    </div>
  );
}
