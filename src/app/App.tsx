import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../ui/usePreferences';
import { ErrorBoundary } from './ErrorBoundary';
import { NotFound } from './NotFound';
import { findRoute } from './routes';
import { Link, usePath } from '../ui/router';
import { requestFocusOnNextScreen } from '../ui/focusOnNavigation';
import { applyTheme } from './theme';
import { useHasBackgroundWorkStarted } from './backgroundWork';
import { QuickExit, takeWipeDone, useShowsNeutralScreen } from '../features/safety/shell';

// The service-worker glue (workbox-window) is not needed to paint the first screen: it loads with
// the background work (backgroundWork.ts), after the first screen is up.
const UpdatePrompt = lazy(async () => ({ default: (await import('./UpdatePrompt')).UpdatePrompt }));
const OfflineReadyNotice = lazy(async () => ({ default: (await import('./UpdatePrompt')).OfflineReadyNotice }));
const CompactSyncStatus = lazy(async () => {
  const { SyncStatus } = await import('../features/content');
  return { default: () => <SyncStatus isCompact /> };
});
// The calculator shown after a quick exit and as the disguise's start screen, without the app's shell.
const NeutralScreen = lazy(async () => ({ default: (await import('../features/safety')).NeutralScreen }));
// Shown once, right after "Delete all my data" restarted the app.
const WipeDoneScreen = lazy(async () => ({ default: (await import('../features/safety')).WipeDoneScreen }));

export function App() {
  const { t } = useTranslation();
  const path = usePath();
  const { theme } = usePreferences();
  const hasBackgroundWorkStarted = useHasBackgroundWorkStarted();
  const showsNeutralScreen = useShowsNeutralScreen(path);
  const [showsWipeDone, setShowsWipeDone] = useState(takeWipeDone);
  // Once she goes anywhere else, the "deleted" screen has said its piece.
  if (showsWipeDone && path !== '/') setShowsWipeDone(false);
  useEffect(() => applyTheme(theme), [theme]);

  if (showsNeutralScreen) {
    return (
      <Suspense fallback={null}>
        <NeutralScreen />
      </Suspense>
    );
  }
  const Screen = findRoute(path)?.screen ?? NotFound;
  return (
    <>
      <QuickExit />
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="app-name" aria-label={t('shell.homeLink')}>
          {t('appName')}
        </Link>
        <Link to="/crisis" className="header-crisis" aria-current={path === '/crisis' ? 'page' : undefined}>
          {t('shell.crisisAction')}
        </Link>
      </header>
      {/* Notices float at the bottom (styles.css makes room under them, so focus is never hidden). */}
      <div className="notices">
        {hasBackgroundWorkStarted && (
          <Suspense fallback={null}>
            <UpdatePrompt />
          </Suspense>
        )}
      </div>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary key={path}>
          <Suspense fallback={<p className="loading">{t('shell.loading')}</p>}>
            {showsWipeDone ? (
              <WipeDoneScreen
                onContinue={() => {
                  requestFocusOnNextScreen();
                  setShowsWipeDone(false);
                }}
              />
            ) : (
              <Screen />
            )}
          </Suspense>
        </ErrorBoundary>
      </main>
      {hasBackgroundWorkStarted && (
        <Suspense fallback={null}>
          <OfflineReadyNotice />
        </Suspense>
      )}
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
