import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntry, DirectoryPack } from '../../content/schema';
import { updatePreferences } from '../../prefs/preferences';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { countryName } from './countryNames';
import { elsewhere, entriesForCountry, subdivisionsOf } from './entries';
import { useSubdivisionName } from './regions';
import { useLanguage } from '../../ui/useLanguage';

/**
 * Asked once, right after the country, where the country's services differ by province (Canada):
 * her province's services then come first. "Elsewhere" keeps national services only.
 */
export function RegionChoice({ country, packs, onChosen }: { country: string; packs: readonly DirectoryPack[]; onChosen: () => void }) {
  const entries = entriesForCountry(packs, country);
  const { t } = useTranslation('directory');
  const language = useLanguage();
  const nameOf = useSubdivisionName(entries);
  const choose = (subdivision: string) => {
    updatePreferences({ subdivision });
    onChosen();
  };
  return (
    <div className="screen directory-region-choice">
      <ScreenHeading>{t('regionChoice.title', { country: countryName(country, language) })}</ScreenHeading>
      <p className="lead">{t('regionChoice.why')}</p>
      <ul className="directory-region-options" aria-label={t('regionChoice.listLabel')}>
        {subdivisionsOf(entries).map((code) => (
          <li key={code}>
            <button type="button" className="button button-secondary" onClick={() => choose(code)}>
              {nameOf(code)}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="button button-secondary" onClick={() => choose(elsewhere)}>
            {t('regionChoice.elsewhere', { country: countryName(country, language) })}
          </button>
        </li>
      </ul>
    </div>
  );
}

/** The same choice as a small field, next to the country, for changing it later. */
export function RegionSelect({
  country,
  entries,
  value,
}: {
  country: string;
  entries: readonly DirectoryEntry[];
  value: string | undefined;
}) {
  const { t } = useTranslation('directory');
  const language = useLanguage();
  const nameOf = useSubdivisionName(entries);
  const id = useId();
  const subdivisions = subdivisionsOf(entries);
  if (subdivisions.length === 0) return null;
  return (
    <p>
      <label htmlFor={id}>{t('regionChoice.label')}</label>{' '}
      <select
        id={id}
        className="select"
        value={value ?? ''}
        onChange={(event) => updatePreferences({ subdivision: event.target.value === '' ? undefined : event.target.value })}
      >
        {value === undefined && <option value="">{t('regionChoice.choose')}</option>}
        {subdivisions.map((code) => (
          <option key={code} value={code}>
            {nameOf(code)}
          </option>
        ))}
        <option value={elsewhere}>{t('regionChoice.elsewhere', { country: countryName(country, language) })}</option>
      </select>
    </p>
  );
}
