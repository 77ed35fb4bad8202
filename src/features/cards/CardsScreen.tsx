import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageEndonyms, supportedLanguages, type Language } from '../../i18n/languages';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { SelectField } from '../../ui/SelectField';
import { useLanguage } from '../../ui/useLanguage';
import { usePreferences } from '../../ui/usePreferences';
import { countryName, regionOf } from '../directory';
import { cardCountries } from './cardSet';
import { CardSheet } from './CardSheet';
import { useCardPacks } from './useCardPacks';
import './cards.css';

/**
 * /cards: pocket cards to print (one A6 card a page) or send as text, for a country and a
 * language. Her directory country and her language come first; choosing here changes neither.
 */
export function CardsScreen() {
  const { t } = useTranslation('cards');
  const language = useLanguage();
  const preferences = usePreferences();
  const [chosenCountry, setChosenCountry] = useState<string | undefined>();
  const [cardLanguage, setCardLanguage] = useState<Language>(language);
  const packs = useCardPacks(cardLanguage);
  const country = chosenCountry ?? preferences.country;
  const countries = packs
    ? cardCountries(packs).sort((a, b) => countryName(a, language).localeCompare(countryName(b, language), language))
    : [];
  // Her region routes her country's numbers as the directory does; another country's list is national.
  const subdivision = country === preferences.country ? regionOf(preferences) : undefined;

  return (
    <div className="cards">
      <div className="cards-screen-only">
        <ScreenHeading>{t('title')}</ScreenHeading>
        <p className="lead">{t('intro')}</p>
        <SelectField
          label={t('country')}
          hint={t('countryHint')}
          value={country ?? ''}
          onValueChange={(value) => setChosenCountry(value === '' ? undefined : value)}
          options={[
            ...(country === undefined ? [{ value: '', label: t('chooseCountry') }] : []),
            ...(country !== undefined && !countries.includes(country) ? [country] : []).concat(countries).map((code) => ({
              value: code,
              label: countryName(code, language),
            })),
          ]}
        />
        <SelectField
          label={t('language')}
          value={cardLanguage}
          onValueChange={(value) => setCardLanguage(supportedLanguages.find((code) => code === value) ?? language)}
          options={supportedLanguages.map((code) => ({ value: code, label: languageEndonyms[code] }))}
        />
        <p className="hint">{t('printHint')}</p>
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('print')}
          </button>
        </p>
      </div>
      <Suspense fallback={<p className="loading">{t('loading')}</p>}>
        <CardSheet packs={packs} language={cardLanguage} country={country} subdivision={subdivision} />
      </Suspense>
    </div>
  );
}
