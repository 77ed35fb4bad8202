import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import { useStore } from '../../ui/useStore';
import { countingSettingsStore } from './countingSwitch';

/** Settings' way to the report, saying whether counting is on, so she never counts without knowing. */
export function ReportEntry() {
  const { t } = useTranslation('report');
  const { isOn } = useStore(countingSettingsStore);
  return (
    <section aria-labelledby="report-entry-title" className="settings-section">
      <h2 id="report-entry-title">{t('title')}</h2>
      <p>{t('entry.hint')}</p>
      <p>{isOn ? t('counting.on') : t('counting.off')}</p>
      <p>
        <Link to="/report" className="button button-secondary">
          {t('entry.open')}
        </Link>
      </p>
    </section>
  );
}
