import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../prefs/usePreferences';
import { ErrorBoundary } from './ErrorBoundary';
import { NotFound } from './NotFound';
import { findRoute } from './routes';
import { Link, usePath } from './router';
import { applyTheme } from './theme';

// The service-worker glue (workbox-window) is not needed to paint the first screen.
const UpdatePrompt = lazy(async () => ({ default: (await import('./UpdatePrompt')).UpdatePrompt }));

export function App() {
  const { t } = useTranslation();
  const path = usePath();
  const { theme } = usePreferences();
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
      <main id="main" tabIndex={-1}>
        <ErrorBoundary key={path}>
          <Suspense fallback={<p className="loading">{t('shell.loading')}</p>}>
            <Screen />
          </Suspense>
        </ErrorBoundary>
      </main>
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
    </>
  );
}
