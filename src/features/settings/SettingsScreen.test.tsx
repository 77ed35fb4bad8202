import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { getPreferences, resetPreferencesCache } from '../../prefs/preferences';
import { SettingsScreen } from './SettingsScreen';

describe('SettingsScreen', () => {
  it('changes the language at once, keeps the choice, and sets <html lang>', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<SettingsScreen />, { language: 'en' });
    await user.click(screen.getByRole('radio', { name: 'Français' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Paramètres' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr-CA');
    resetPreferencesCache();
    expect(getPreferences().language).toBe('fr');
  });

  it('applies a manual dark theme and can return to following the phone', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<SettingsScreen />, { language: 'en' });
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(getPreferences().theme).toBe('dark');
    await user.click(screen.getByRole('radio', { name: 'Same as this phone' }));
    expect(getPreferences().theme).toBe('system');
  });

  it('shows whether storage is protected from eviction', async () => {
    await renderWithProviders(<SettingsScreen />, { language: 'en' });
    expect(screen.getByTestId('storage-persistence')).toHaveTextContent('Not checked yet.');
    expect(screen.getByRole('button', { name: 'Ask the browser again' })).toBeInTheDocument();
  });
});
