import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fallbackLanguage, htmlLangFor, isLanguage, supportedLanguages, type Language } from './languages';

export const namespaces = ['common', 'settings'] as const;
export type Namespace = (typeof namespaces)[number];

// Each locale file becomes its own small chunk: a person downloads only their language,
// and the service worker precaches all three so a switch works offline.
const localeLoaders = import.meta.glob<{ default: Record<string, unknown> }>('/locales/*/*.json');

const lazyLocaleBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
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
      ns: namespaces,
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes; strings are never set as HTML.
      react: { useSuspense: true },
      returnNull: false,
    });
  i18next.on('languageChanged', (next) => {
    if (isLanguage(next)) applyDocumentLanguage(next);
  });
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
}
