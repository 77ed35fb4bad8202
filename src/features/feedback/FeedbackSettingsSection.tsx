import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import { feedbackListPath } from './paths';

/**
 * Settings' way to the session feedback: where a facilitator finds past rounds and the CSV file.
 * Its strings load with it; until they have, Settings shows without it rather than waiting.
 */
export function FeedbackSettingsSection() {
  return (
    <Suspense fallback={null}>
      <Section />
    </Suspense>
  );
}

function Section() {
  const { t } = useTranslation('feedback');
  return (
    <section aria-labelledby="feedback-settings-title" className="settings-section">
      <h2 id="feedback-settings-title">{t('settings.title')}</h2>
      <p>{t('settings.hint')}</p>
      <p>
        <Link to={feedbackListPath} className="button button-secondary">
          {t('settings.open')}
        </Link>
      </p>
    </section>
  );
}
