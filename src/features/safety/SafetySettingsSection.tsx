import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import { DeleteAllData } from './DeleteAllData';
import { DisguiseSettings } from './DisguiseSettings';
import { NeutralSiteField } from './NeutralSiteField';
import './privacy.css';

/** The safety part of Settings: privacy page, quick-exit website, disguise, delete everything. */
export function SafetySettingsSection() {
  const { t } = useTranslation('safety');
  return (
    <section aria-labelledby="safety-title" className="settings-section safety-settings">
      <h2 id="safety-title">{t('settings.title')}</h2>
      <p>
        <Link to="/privacy" className="button button-secondary">
          {t('settings.privacyLink')}
        </Link>
      </p>
      <h3>{t('settings.site.title')}</h3>
      <NeutralSiteField />
      <DisguiseSettings />
      <DeleteAllData />
    </section>
  );
}
