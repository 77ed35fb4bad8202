import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { Suspense, type ReactElement } from 'react';
import { initI18n } from '../src/i18n/i18n';
import type { Language } from '../src/i18n/languages';
import { resetPreferencesCache, updatePreferences } from '../src/prefs/preferences';

/** Renders with the real i18n and real locale files, in the given language, at the given path. */
export async function renderWithProviders(ui: ReactElement, { language = 'en', path = '/' }: { language?: Language; path?: string } = {}) {
  window.history.replaceState(null, '', path);
  resetPreferencesCache();
  // As main.tsx does: the stored language and i18next's agree, so screens see one language.
  updatePreferences({ language });
  if (i18next.isInitialized) await i18next.changeLanguage(language);
  else await initI18n(language);
  // Screens load their strings' namespace on first use, so they may suspend like in the app.
  const result = render(<Suspense fallback={null}>{ui}</Suspense>);
  // Wait for lazy screens and locale chunks to settle before the test looks.
  await screen.findByRole('heading', { level: 1 });
  return result;
}
