import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../tests/render';
import { App } from './App';

const mainActionNames = ['Crisis support', 'Listening guides', 'Directory', 'My journal', 'Self-care', 'My safety plan', 'Settings'];

describe('App shell', () => {
  it('offers the seven main actions on the home screen, by their accessible names', async () => {
    await renderWithProviders(<App />);
    const actions = within(screen.getByRole('navigation', { name: 'Main sections' }));
    for (const name of mainActionNames) {
      expect(actions.getByRole('link', { name })).toBeInTheDocument();
    }
    expect(actions.getAllByRole('link')).toHaveLength(7);
  });

  it('opens each action on its own route and moves focus to the new screen heading', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<App />);
    await user.click(screen.getByRole('link', { name: 'Directory' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Directory' });
    expect(window.location.pathname).toBe('/directory');
    // The heading takes focus in an effect after the screen commits, which a busy machine may run a moment later.
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('offers the crisis action in the header of every screen', async () => {
    await renderWithProviders(<App />, { path: '/settings' });
    expect(within(screen.getByRole('banner')).getByRole('link', { name: /crisis/i })).toHaveAttribute('href', '/crisis');
  });

  it('shows a not-found screen with a way home for an unknown address', async () => {
    await renderWithProviders(<App />, { path: '/no-such-screen' });
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to home' })).toHaveAttribute('href', '/');
  });

  it('renders in Spanish and French with the translated action names', async () => {
    await renderWithProviders(<App />, { language: 'es' });
    expect(screen.getByRole('link', { name: 'Apoyo en crisis' })).toBeInTheDocument();
    await act(async () => {
      await renderWithProviders(<App />, { language: 'fr' });
    });
    expect(screen.getAllByRole('link', { name: 'Soutien en crise' }).length).toBeGreaterThan(0);
  });
});
