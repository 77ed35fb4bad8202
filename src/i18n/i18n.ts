import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fallbackLanguage, htmlLangFor, isLanguage, supportedLanguages, type Language } from './languages';
import commonEn from '../../locales/en/common.json';
import commonEs from '../../locales/es/common.json';
import commonFr from '../../locales/fr/common.json';

// The shell's strings in all three languages ship inside the main bundle (about 3 KiB gzip): the
// first screen then paints without waiting for another request, which on 2G is most of a second.
const bundledCommon = { en: { common: commonEn }, es: { common: commonEs }, fr: { common: commonFr } };

// Each locale file becomes its own small chunk: a person downloads only their language, and only
// the namespaces of the screens they open; the service worker precaches all of them for offline use.
const localeLoaders = import.meta.glob<{ default: Record<string, unknown> }>('/locales/*/*.json');

/** Every namespace that has a file in locales/<lng>/ (the parity test holds the three languages equal). */
export const namespaces: readonly string[] = [
  ...new Set(Object.keys(localeLoaders).map((path) => path.slice(path.lastIndexOf('/') + 1, -'.json'.length))),
].sort();

const lazyLocaleBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    if (namespace === 'common' && isLanguage(language)) {
      callback(null, bundledCommon[language].common);
      return;
    }
    const load = localeLoaders[`/locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No strings for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export function applyDocumentLanguage(language: Language): void {
  // The build's prerender runs this in Node, which has no document (src/app/prerender.tsx).
  if (typeof document === 'undefined') return;
  document.documentElement.lang = htmlLangFor(language);
}

export async function initI18n(language: Language): Promise<typeof i18next> {
  applyDocumentLanguage(language);
  await i18next
    .use(lazyLocaleBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: fallbackLanguage,
      supportedLngs: supportedLanguages,
      // Only the shell's strings up front; a screen's namespace loads when the screen first asks for it.
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes; strings are never set as HTML.
      react: { useSuspense: true },
      // The bundled strings are there at once: the first render need not wait a turn for them.
      initAsync: false,
      returnNull: false,
    });
  i18next.on('languageChanged', (next) => {
    if (isLanguage(next)) applyDocumentLanguage(next);
  });
  return i18next;
}

/**
 * Starts loading a screen's strings before the screen asks for them. Before i18next is set up it
 * fetches the files (their modules are then cached); after, it loads them into i18next too.
 */
export function preloadNamespaces(language: Language, namespaces: readonly string[]): void {
  if (namespaces.length === 0) return;
  if (i18next.isInitialized) {
    i18next.loadNamespaces([...namespaces]).catch(() => undefined);
    return;
  }
  for (const lng of new Set([language, fallbackLanguage])) {
    for (const namespace of namespaces) void localeLoaders[`/locales/${lng}/${namespace}.json`]?.().catch(() => undefined);
  }
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
}
