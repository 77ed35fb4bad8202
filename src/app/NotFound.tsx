import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../ui/ScreenHeading';
import { Link } from '../ui/router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <ScreenHeading>{t('errors.notFoundTitle')}</ScreenHeading>
      <p>{t('errors.notFoundBody')}</p>
      <p>
        <Link to="/" className="button">
          {t('errors.goHome')}
        </Link>
      </p>
    </div>
  );
}
