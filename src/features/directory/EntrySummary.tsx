import { useTranslation } from 'react-i18next';
import type { DirectoryEntry } from '../../content/schema';
import { Link } from '../../ui/router';
import { useLanguage } from '../../ui/useLanguage';
import { textIn } from './directoryText';
import { EntryActions } from './EntryActions';
import { Freshness } from './Freshness';

type HeadingLevel = 2 | 3 | 4;

/** One entry in a list: its name (a link to the details when `detailsPath` is given), where, what, hours, police, and its calls. */
export function EntrySummary({
  entry,
  headingLevel = 3,
  detailsPath,
}: {
  entry: DirectoryEntry;
  headingLevel?: HeadingLevel;
  detailsPath?: string;
}) {
  const { t } = useTranslation('directory');
  const language = useLanguage();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="directory-entry">
      <Heading className="directory-entry-name">{detailsPath ? <Link to={detailsPath}>{entry.name}</Link> : entry.name}</Heading>
      <p className="directory-entry-meta">
        <span>{entry.region ?? t('fields.regionNational')}</span>
        <span>{entry.types.map((type) => t(`types.${type}`)).join(', ')}</span>
        <span>{t('share.hours', { hours: textIn(entry.hours, language) ?? t('fields.hoursNotStated') })}</span>
      </p>
      {/* Police can be the danger: whether they may come is on every card, not only on the details. */}
      <p className={`directory-entry-police directory-entry-police-${entry.policeInvolvement}`}>
        {t(`policeCard.${entry.policeInvolvement}`)}
      </p>
      <EntryActions entry={entry} compact />
      <Freshness entry={entry} />
    </article>
  );
}
