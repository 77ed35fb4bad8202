import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { htmlLangFor, type Language } from '../../i18n/languages';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { whenCrisisSettled } from './crisisContent';

/** Country names in the person's language, from the browser (Intl), so no list of names ships with the app. */
export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([htmlLangFor(language)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const knownNames = new Map<string, string>();
const whenIdle = (task: () => void): (() => void) => {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(task, { timeout: 1_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 1);
  return () => clearTimeout(handle);
};

/**
 * The country's name for a line of text that can wait: the browser's first lookup of region
 * names loads its data, a fifth of a second on a slow phone, so it runs once the crisis screen
 * has settled and the phone is idle. Undefined until then.
 */
export function useCountryName(code: string | undefined, language: Language): string | undefined {
  const key = code === undefined ? undefined : `${language}:${code}`;
  const [, setLookups] = useState(0);
  useEffect(() => {
    if (key === undefined || code === undefined || knownNames.has(key)) return undefined;
    let cancel: (() => void) | undefined;
    let isCancelled = false;
    void whenCrisisSettled().then(() => {
      if (isCancelled) return;
      cancel = whenIdle(() => {
        knownNames.set(key, countryName(code, language));
        setLookups((count) => count + 1);
      });
    });
    return () => {
      isCancelled = true;
      cancel?.();
    };
  }, [key, code, language]);
  return key === undefined ? undefined : knownNames.get(key);
}

/** Where Compañera's pilots run (README): Argentina, Costa Rica, Guatemala, Nicaragua, Peru, Paraguay and Canada. */
const pilotCountries: readonly string[] = ['AR', 'CR', 'GT', 'NI', 'PE', 'PY', 'CA'];

/** One quick choice, asked once: it decides which emergency numbers the crisis screens show. */
export function CountryChoice({
  countries,
  language,
  onChoose,
}: {
  countries: readonly string[];
  language: Language;
  onChoose: (country: string) => void;
}) {
  const { t } = useTranslation('crisis');
  // The pilot countries first, where the sex-worker networks start, then the rest by name: a short list to scan.
  const pilotRank = (code: string) => (pilotCountries.includes(code) ? 0 : 1);
  const named = countries
    .map((code) => ({ code, name: countryName(code, language) }))
    .sort((a, b) => pilotRank(a.code) - pilotRank(b.code) || a.name.localeCompare(b.name, htmlLangFor(language)));
  return (
    <div className="screen crisis-country">
      <ScreenHeading>{t('country.title')}</ScreenHeading>
      <p className="lead">{t('country.why')}</p>
      <ul className="crisis-option-list" aria-label={t('country.listLabel')}>
        {named.map(({ code, name }) => (
          <li key={code}>
            <button type="button" className="button button-secondary crisis-option" onClick={() => onChoose(code)}>
              {name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
