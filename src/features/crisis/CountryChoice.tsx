import { useTranslation } from 'react-i18next';
import { htmlLangFor, type Language } from '../../i18n/languages';
import { ScreenHeading } from '../../ui/ScreenHeading';

/** Country names in the person's language, from the browser (Intl), so no list of names ships with the app. */
export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([htmlLangFor(language)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** One quick choice, asked once: it decides which emergency numbers the crisis screens show. */
export function CountryChoice({ countries, language, onChoose }: { countries: readonly string[]; language: Language; onChoose: (country: string) => void }) {
  const { t } = useTranslation('crisis');
  const named = countries.map((code) => ({ code, name: countryName(code, language) })).sort((a, b) => a.name.localeCompare(b.name, htmlLangFor(language)));
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
