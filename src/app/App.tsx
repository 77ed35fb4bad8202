import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../prefs/usePreferences';
import { ErrorBoundary } from './ErrorBoundary';
import { NotFound } from './NotFound';
import { findRoute } from './routes';
import { Link, usePath } from '../ui/router';
import { applyTheme } from './theme';
import { useHasBackgroundWorkStarted } from './backgroundWork';

// The service-worker glue (workbox-window) is not needed to paint the first screen.
const UpdatePrompt = lazy(async () => ({ default: (await import('./UpdatePrompt')).UpdatePrompt }));
const CompactSyncStatus = lazy(async () => {
  const { SyncStatus } = await import('../features/content');
  return { default: () => <SyncStatus isCompact /> };
});

export function App() {
  const { t } = useTranslation();
  const path = usePath();
  const { theme } = usePreferences();
  const hasBackgroundWorkStarted = useHasBackgroundWorkStarted();
  useEffect(() => applyTheme(theme), [theme]);

  const Screen = findRoute(path)?.screen ?? NotFound;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="app-name" aria-label={t('shell.homeLink')}>
          {t('appName')}
        </Link>
      </header>
      {/* Notices sit in the page flow, never over it, so they cannot hide what has focus. */}
      <div className="notices">
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      </div>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary key={path}>
          <Suspense fallback={<p className="loading">{t('shell.loading')}</p>}>
            <Screen />
          </Suspense>
        </ErrorBoundary>
      </main>
      {hasBackgroundWorkStarted && path !== '/content' && (
        <div className="sync-notice">
          <Suspense fallback={null}>
            <CompactSyncStatus />
          </Suspense>
        </div>
      )}
    </>
  );
}
