import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceTypes, type DirectoryEntry, type ServiceType } from '../../content/schema';
import { updatePreferences } from '../../prefs/preferences';
import { usePreferences } from '../../ui/usePreferences';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { Link } from '../../ui/router';
import { rememberBrowseState, rememberedBrowseState, type BrowseState } from './browseState';
import { countryName } from './countryNames';
import { emergencyPageHref } from '../../content/emergencyPages';
import { entryPath } from './paths';
import { countriesOf, entriesForCountry, filterEntries, gapsFor, isEmergency, regionsOf, routeByRegion } from './entries';
import { RegionSelect } from './RegionChoice';
import { regionOf } from './regions';
import { EntrySummary } from './EntrySummary';
import { SavedSection } from './SavedSection';
import { buildSearchIndex, searchDirectory } from './search';
import { useLanguage } from '../../ui/useLanguage';
import { useDirectoryPacks } from './useDirectory';
import { useIsDisguised } from '../safety';

const isServiceType = (value: string): value is ServiceType => (serviceTypes as readonly string[]).includes(value);

export function BrowseDirectory() {
  const { t } = useTranslation('directory');
  const language = useLanguage();
  const packs = useDirectoryPacks();
  const preferences = usePreferences();
  const { country = '' } = preferences;
  const [state, setState] = useState<BrowseState>(rememberedBrowseState);
  useEffect(() => rememberBrowseState(state), [state]);

  const allCountryEntries = useMemo(() => entriesForCountry(packs ?? [], country), [packs, country]);
  const subdivision = regionOf(preferences);
  const [isShowingOtherRegions, setIsShowingOtherRegions] = useState(false);
  // Her region first, then national services; other regions' local services only when she asks.
  const routed = useMemo(() => routeByRegion(allCountryEntries, subdivision), [allCountryEntries, subdivision]);
  const countryEntries = useMemo(
    () => (isShowingOtherRegions ? [...routed.entries, ...routed.otherRegions] : routed.entries),
    [routed, isShowingOtherRegions],
  );
  const searchIndex = useMemo(() => buildSearchIndex(countryEntries), [countryEntries]);
  const countries = useMemo(
    () =>
      countriesOf(packs ?? [])
        .map((code) => ({ code, name: countryName(code, language) }))
        .sort((a, b) => a.name.localeCompare(b.name, language)),
    [packs, language],
  );

  const chooseCountry = (code: string) => {
    updatePreferences({ country: code === '' ? undefined : code, subdivision: undefined });
    setState((previous) => ({ ...previous, region: '' }));
  };

  const region = state.region === '' ? undefined : state.region;
  const pinned = filterEntries(countryEntries.filter(isEmergency), { region });
  const filtered = new Set(filterEntries(countryEntries, { region, type: state.type === '' ? undefined : state.type }));
  const results = searchDirectory(searchIndex, state.query).filter((entry) => !isEmergency(entry) && filtered.has(entry));
  const presentTypes = serviceTypes.filter((type) => countryEntries.some((entry) => entry.types.includes(type)));
  const gaps = gapsFor(packs ?? [], country);

  return (
    <>
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p>{t('intro')}</p>
      {packs === undefined ? (
        <p className="loading">{t('loading')}</p>
      ) : packs.length === 0 ? (
        <p className="notice">{t('notInstalled')}</p>
      ) : (
        <>
          <SavedSection packs={packs} />
          <SelectField
            label={t('country')}
            hint={t('countryHint')}
            value={countries.some((option) => option.code === country) ? country : ''}
            onValueChange={chooseCountry}
            options={[{ value: '', label: t('chooseCountry') }, ...countries.map(({ code, name }) => ({ value: code, label: name }))]}
          />
          {country !== '' && <RegionSelect country={country} entries={allCountryEntries} value={subdivision} />}
          {country !== '' && allCountryEntries.length === 0 && <p className="notice">{t('noCountryPack')}</p>}
          {countryEntries.length > 0 && (
            <>
              {gaps && (
                <section aria-labelledby="directory-gaps" className="notice">
                  <h2 id="directory-gaps" className="directory-subheading">
                    {t('gapsTitle')}
                  </h2>
                  <p>{gaps[language]}</p>
                </section>
              )}
              <EntrySection id="directory-emergency" className="directory-emergency" title={t('emergencyTitle')} entries={pinned} />
              <CardsLink />
              <PlainPageLink country={country} />
              <div className="directory-filters">
                <SelectField
                  label={t('region')}
                  value={state.region}
                  onValueChange={(value) => setState((previous) => ({ ...previous, region: value }))}
                  options={[
                    { value: '', label: t('allRegions') },
                    ...regionsOf(countryEntries, language).map((name) => ({ value: name, label: name })),
                  ]}
                />
                <SelectField
                  label={t('type')}
                  value={state.type}
                  onValueChange={(value) => setState((previous) => ({ ...previous, type: isServiceType(value) ? value : '' }))}
                  options={[
                    { value: '', label: t('allTypes') },
                    ...presentTypes.map((type) => ({ value: type, label: t(`types.${type}`) })),
                  ]}
                />
              </div>
              {routed.otherRegions.length > 0 && !isShowingOtherRegions && (
                <p>
                  <button type="button" className="link-button" onClick={() => setIsShowingOtherRegions(true)}>
                    {t('regionChoice.showOthers', { count: routed.otherRegions.length })}
                  </button>
                </p>
              )}
              <TextField
                type="search"
                label={t('search')}
                hint={t('searchHint')}
                value={state.query}
                maxLength={200}
                enterKeyHint="search"
                onValueChange={(query) => setState((previous) => ({ ...previous, query }))}
              />
              <EntrySection
                id="directory-results"
                title={t('resultsTitle')}
                entries={results}
                count={t('results', { count: results.length })}
                empty={t('noResults')}
              />
            </>
          )}
        </>
      )}
    </>
  );
}

/** The way to the pocket cards (/cards): the numbers above, and more, to print or send. */
function CardsLink() {
  const { t } = useTranslation('cards');
  return (
    <p>
      <Link to="/cards" className="button button-secondary">
        {t('entry')}
      </Link>
    </p>
  );
}

/**
 * The same numbers as the build's plain page (scripts/emergency): no script, so it opens even when
 * the app does not, and she can keep it. A full navigation, not the app's router: the service
 * worker serves the page itself.
 */
function PlainPageLink({ country }: { country: string }) {
  const { t } = useTranslation('directory');
  const language = useLanguage();
  // The plain page has the app's icon and says what it is, in the tab and the history list: with
  // the disguise on, the app never sends her there.
  const isDisguised = useIsDisguised();
  if (isDisguised) return null;
  return (
    <p>
      <a href={emergencyPageHref(language, country)} className="standalone-link">
        {t('emergencyPage.plainPage')}
      </a>
    </p>
  );
}

/** Entries drawn at first, and added per "Show more": a big pack must not make every keystroke draw thousands. */
const pageSize = 50;

function EntrySection({
  id,
  title,
  entries,
  className,
  count,
  empty,
}: {
  id: string;
  title: string;
  entries: readonly DirectoryEntry[];
  className?: string;
  count?: string;
  empty?: string;
}) {
  const { t } = useTranslation('directory');
  const [shown, setShown] = useState(pageSize);
  if (entries.length === 0 && empty === undefined) return null;
  const remaining = entries.length - shown;
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{title}</h2>
      {count !== undefined && (
        <p role="status" className="hint">
          {count}
        </p>
      )}
      {entries.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="directory-list">
          {entries.slice(0, shown).map((entry) => (
            <li key={entry.id}>
              <EntrySummary entry={entry} detailsPath={entryPath(entry.id)} />
            </li>
          ))}
        </ul>
      )}
      {remaining > 0 && (
        <button type="button" className="button button-secondary" onClick={() => setShown((current) => current + pageSize)}>
          {t('showMore', { count: Math.min(remaining, pageSize) })}
        </button>
      )}
    </section>
  );
}
