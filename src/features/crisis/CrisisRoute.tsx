import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PrerenderHandOver } from '../../ui/PrerenderHandOver';
import { CrisisScreen } from './CrisisScreen';

/**
 * The crisis screen as its route shows it: while the first reads are in flight (a moment on a
 * cold start), the screen's own title and a word that it is opening, rather than the app's
 * generic one. A plain heading: the focus after navigation is left to the screen that follows.
 */
export function CrisisRoute() {
  return (
    <Suspense fallback={<Opening />}>
      <CrisisScreen />
      <PrerenderHandOver />
    </Suspense>
  );
}

function Opening() {
  const { t } = useTranslation('crisis');
  return (
    <div className="screen">
      <h1 className="screen-heading">{t('picker.title')}</h1>
      <p className="loading">{t('loading')}</p>
    </div>
  );
}
