import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { renderWithProviders } from '../../../tests/render';
import { getPreferences, resetPreferencesCache } from '../../prefs/preferences';
import { listenForInstallPrompt } from '../../ui/installPrompt';
import { SettingsScreen } from './SettingsScreen';

/** What Chromium fires when the app can be installed; jsdom has no such event. */
function installPromptEvent(outcome: 'accepted' | 'dismissed') {
  const event = new Event('beforeinstallprompt', { cancelable: true });
  const prompt = vi.fn(() => Promise.resolve());
  Object.assign(event, { prompt, userChoice: Promise.resolve({ outcome }) });
  return { event, prompt };
}

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

  describe('Add to home screen', () => {
    let stopListening: (() => void) | undefined;
    afterEach(() => stopListening?.());

    it('is not shown where the browser does not offer installing', async () => {
      stopListening = listenForInstallPrompt();
      await renderWithProviders(<SettingsScreen />, { language: 'en' });
      expect(screen.queryByRole('button', { name: 'Add to home screen' })).not.toBeInTheDocument();
    });

    it("is offered with what it protects once the browser allows it, and opens the browser's own dialog", async () => {
      stopListening = listenForInstallPrompt();
      await renderWithProviders(<SettingsScreen />, { language: 'en' });
      const { event, prompt } = installPromptEvent('dismissed');
      act(() => {
        window.dispatchEvent(event);
      });
      // The browser's own mini-bar is held back: the action lives here, where it is explained.
      expect(event.defaultPrevented).toBe(true);
      expect(screen.getByText(/Most browsers then protect its storage/)).toBeInTheDocument();
      await userEvent.setup().click(screen.getByRole('button', { name: 'Add to home screen' }));
      expect(prompt).toHaveBeenCalledOnce();
      // The browser's event works once: the action goes until the browser offers it again.
      expect(screen.queryByRole('button', { name: 'Add to home screen' })).not.toBeInTheDocument();
    });
  });
});
