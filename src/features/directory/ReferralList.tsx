import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntry, ServiceType } from '../../content/schema';
import { Link } from '../../ui/router';
import { DangerCalls, InDangerLine } from './DangerCalls';
import { emergencyCallsIn } from './emergency';
import { entriesForCountry, entriesForNeeds, gapsFor, routeByRegion, withoutPoliceServices } from './entries';
import { EntrySummary } from './EntrySummary';
import { HandOver } from './HandOver';
import { RegionSelect } from './RegionChoice';
import { useRegion } from './regions';
import { TrustedContacts } from './TrustedContacts';
import './directory.css';
import { useLanguage } from '../../ui/useLanguage';
import { useDirectoryPacks } from './useDirectory';

export type ReferralListProps = {
  /** ISO code of the person's country (getPreferences().country); empty when not chosen yet. */
  country: string;
  /**
   * The kinds of help to offer, most important first. With 'emergency' among them this is the
   * danger branch: the ranked emergency numbers come first. Without it, one compact line.
   */
  needs: readonly ServiceType[];
  /** The police-violence script: no service or number that involves the police is offered. */
  isPoliceFree?: boolean;
  /** The level of each entry's heading inside the host screen. */
  headingLevel?: 2 | 3 | 4;
};

/** Cards drawn before "Show more": on a 320 px phone the step's Next button must stay within reach. */
const firstShown = 4;

/**
 * What a crisis script's Link step shows, from installed, verified packs only, so it works
 * offline. The order (README, "Directory"): in danger, emergency numbers by what they send; the
 * person's saved contacts; then services for the needs, her region's first, then national ones;
 * other regions only when she asks. Each card says whether the police may be involved.
 */
export function ReferralList({ country, needs, isPoliceFree = false, headingLevel = 3 }: ReferralListProps) {
  const { t } = useTranslation('directory');
  const language = useLanguage();
  const packs = useDirectoryPacks();
  const region = useRegion();
  const [isShowingOthers, setIsShowingOthers] = useState(false);
  const [shownCount, setShownCount] = useState(firstShown);
  if (!country) {
    return (
      <p className="notice">
        {t('referral.chooseCountry')} <Link to="/directory">{t('referral.openDirectory')}</Link>
      </p>
    );
  }
  if (packs === undefined) return <p className="loading">{t('loading')}</p>;
  const countryEntries = entriesForCountry(packs, country);
  const routed = routeByRegion(countryEntries, region);
  const allowed = (entries: DirectoryEntry[]) => (isPoliceFree ? withoutPoliceServices(entries) : entries);
  const entries = allowed(entriesForNeeds(routed.entries, needs));
  const others = allowed(entriesForNeeds(routed.otherRegions, needs));
  const calls = emergencyCallsIn(routed.entries, language, { withoutPolice: isPoliceFree });
  const isDanger = needs.includes('emergency');
  const gaps = gapsFor(packs, country);
  const shown = entries.slice(0, shownCount);
  return (
    <div className="directory-referrals">
      {isDanger ? <DangerCalls calls={calls} isPoliceFree={isPoliceFree} /> : <InDangerLine call={calls[0]} />}
      <TrustedContacts headingLevel={headingLevel} />
      <RegionSelect country={country} entries={countryEntries} value={region} />
      {gaps && <p className="notice">{gaps[language]}</p>}
      {entries.length === 0 && others.length === 0 ? (
        <p>{countryEntries.length > 0 ? t('referral.noneForNeeds') : t('noCountryPack')}</p>
      ) : (
        <ul className="directory-list" aria-label={t('referral.label')}>
          {shown.map((entry) => (
            <li key={entry.id}>
              <EntrySummary entry={entry} headingLevel={headingLevel} />
            </li>
          ))}
        </ul>
      )}
      {entries.length > shown.length && (
        <button type="button" className="button button-secondary" onClick={() => setShownCount(entries.length)}>
          {t('showMore', { count: entries.length - shown.length })}
        </button>
      )}
      {others.length > 0 &&
        (isShowingOthers ? (
          <OtherRegions entries={others} headingLevel={headingLevel} />
        ) : (
          <p>
            <button type="button" className="link-button" onClick={() => setIsShowingOthers(true)}>
              {t('regionChoice.showOthers', { count: others.length })}
            </button>
          </p>
        ))}
      <HandOver entries={isShowingOthers ? [...entries, ...others] : entries} headingLevel={headingLevel} />
    </div>
  );
}

function OtherRegions({ entries, headingLevel }: { entries: readonly DirectoryEntry[]; headingLevel: 2 | 3 | 4 }) {
  const { t } = useTranslation('directory');
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="directory-other-regions">
      <Heading id="directory-other-regions" className="directory-subheading">
        {t('regionChoice.otherTitle')}
      </Heading>
      <ul className="directory-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <EntrySummary entry={entry} headingLevel={headingLevel} />
          </li>
        ))}
      </ul>
    </section>
  );
}
