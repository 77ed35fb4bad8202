import { useTranslation } from 'react-i18next';
import type { ServiceType } from '../../packs/schema';
import { Link } from '../../ui/router';
import { entriesForCountry, entriesForNeeds, gapsFor } from './entries';
import { EntrySummary } from './EntrySummary';
import './directory.css';
import { useDirectoryPacks, useLanguage } from './useDirectory';

export type ReferralListProps = {
  /** ISO code of the person's country (getPreferences().country); empty when not chosen yet. */
  country: string;
  /** The kinds of help to offer, most important first; emergency numbers always come first. */
  needs: readonly ServiceType[];
  /** The level of each entry's heading inside the host screen. */
  headingLevel?: 2 | 3 | 4;
};

/**
 * The directory entries of one country that meet a set of needs, each with one-tap calls: what a
 * crisis script's Link step shows. Reads only installed, verified packs, so it works offline.
 */
export function ReferralList({ country, needs, headingLevel = 3 }: ReferralListProps) {
  const { t } = useTranslation('directory');
  const language = useLanguage();
  const packs = useDirectoryPacks();
  if (!country) {
    return (
      <p className="notice">
        {t('referral.chooseCountry')} <Link to="/directory">{t('referral.openDirectory')}</Link>
      </p>
    );
  }
  if (packs === undefined) return <p className="loading">{t('loading')}</p>;
  const entries = entriesForNeeds(entriesForCountry(packs, country), needs);
  const gaps = gapsFor(packs, country);
  return (
    <div className="directory-referrals">
      {gaps && <p className="notice">{gaps[language]}</p>}
      {entries.length === 0 ? (
        <p>{packs.some((pack) => pack.country === country) ? t('referral.noneForNeeds') : t('noCountryPack')}</p>
      ) : (
        <ul className="directory-list" aria-label={t('referral.label')}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <EntrySummary entry={entry} headingLevel={headingLevel} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
