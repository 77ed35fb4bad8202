import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { initI18n, preloadNamespaces } from './i18n';

describe('preloading a screen’s strings', () => {
  it('fetches them before i18next is set up, and loads them into it after', async () => {
    expect(i18next.isInitialized).toBeFalsy();
    preloadNamespaces('fr', ['crisis']); // only fetches: nothing to load the strings into yet
    await initI18n('fr');
    expect(i18next.hasLoadedNamespace('crisis')).toBe(false);
    preloadNamespaces('fr', ['crisis']);
    await expect.poll(() => i18next.hasLoadedNamespace('crisis')).toBe(true);
    expect(i18next.t('picker.title', { ns: 'crisis' })).toBe('Soutien en crise');
  });

  it('ignores a name with no strings, without throwing', () => {
    expect(() => preloadNamespaces('fr', ['no-such-namespace'])).not.toThrow();
  });
});
