import { act, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { createElement, Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { findRoute, preloadScreen } from './routes';

describe('preloading the screen the app opens on', () => {
  it('has nothing to preload for home (it is in the first bundle) or an unknown address', () => {
    expect(preloadScreen('/')).toBeUndefined();
    expect(preloadScreen('/no-such-screen')).toBeUndefined();
  });

  it('loads a lazy screen’s code, and says when it is up: at once for most, after its first paint for crisis support', async () => {
    await expect(preloadScreen('/settings')).resolves.toBeUndefined();
    const crisis = preloadScreen('/crisis/notes');
    const outcome = await Promise.race([
      crisis?.then(() => 'settled'),
      new Promise((resolve) => setTimeout(() => resolve('waiting'), 300)),
    ]);
    // Nothing has painted the crisis screen here, so it is still waiting to say so.
    expect(outcome).toBe('waiting');
  });

  it('loads the code once, however often it is asked for, and then renders it without waiting a turn', async () => {
    await initI18n('en');
    await i18next.loadNamespaces(['safety']);
    await Promise.all([preloadScreen('/privacy'), preloadScreen('/privacy')]);
    const Screen = findRoute('/privacy')?.screen;
    if (!Screen) throw new Error('no privacy route');
    act(() => {
      render(createElement(Suspense, { fallback: createElement('p', null, 'waiting') }, createElement(Screen)));
    });
    // React.lazy would paint its fallback first even with the code in; the loaded screen does not.
    expect(screen.queryByText('waiting')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });
});
