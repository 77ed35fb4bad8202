import { useTranslation } from 'react-i18next';
import type { DirectoryEntry } from '../../content/schema';
import { Link } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { safeSourceUrls } from './actionLinks';
import { languageName } from './countryNames';
import { textIn } from './directoryText';
import { EntryActions } from './EntryActions';
import { Freshness } from './Freshness';
import { formatPartialDate } from './freshness';
import { SaveToggle } from './SaveToggle';
import { directoryPath } from './paths';
import { useLanguage } from '../../ui/useLanguage';
import { useDirectoryPacks } from './useDirectory';

export function EntryDetails({ entryId }: { entryId: string }) {
  const { t } = useTranslation('directory');
  const packs = useDirectoryPacks();
  const entry = packs?.flatMap((pack) => pack.entries).find((candidate) => candidate.id === entryId);
  const back = (
    <p>
      <Link to={directoryPath} className="standalone-link">
        {t('backToList')}
      </Link>
    </p>
  );
  // No heading until the entry is read (a moment): the heading that takes focus must be the entry's.
  if (packs === undefined) return <p className="loading">{t('loading')}</p>;
  if (!entry) {
    return (
      <>
        <ScreenHeading>{t('title')}</ScreenHeading>
        <p className="notice">{t('entryNotFound')}</p>
        {back}
      </>
    );
  }
  return (
    <>
      {back}
      <ScreenHeading>{entry.name}</ScreenHeading>
      <EntryActions entry={entry} />
      <SaveToggle entryId={entry.id} />
      <EntryFacts entry={entry} />
    </>
  );
}

function EntryFacts({ entry }: { entry: DirectoryEntry }) {
  const { t } = useTranslation('directory');
  const language = useLanguage();
  const sources = safeSourceUrls(entry);
  return (
    <dl className="directory-facts">
      <dt>{t('fields.region')}</dt>
      <dd>{entry.region ?? t('fields.regionNational')}</dd>
      <dt>{t('fields.types')}</dt>
      <dd>{entry.types.map((type) => t(`types.${type}`)).join(', ')}</dd>
      {entry.phones.length > 0 && (
        <>
          <dt>{t('fields.phones')}</dt>
          <dd>
            <ul className="directory-plain-list">
              {entry.phones.map((phone, index) => (
                <li key={`${phone.dial}-${index}`}>
                  {phone.display}
                  {phone.label && ` (${textIn(phone.label, language)})`}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      <dt>{t('fields.hours')}</dt>
      <dd>
        {textIn(entry.hours, language) ?? t('fields.hoursNotStated')}
        {entry.isAlwaysOpen === true && !entry.hours && ` (${t('fields.alwaysOpen')})`}
      </dd>
      {entry.languages && entry.languages.length > 0 && (
        <>
          <dt>{t('fields.languages')}</dt>
          <dd>{entry.languages.map((code) => languageName(code, language)).join(', ')}</dd>
        </>
      )}
      <dt>{t('fields.cost')}</dt>
      <dd>{t(`cost.${entry.cost}`)}</dd>
      {entry.tags.length > 0 && (
        <>
          <dt>{t('fields.tags')}</dt>
          <dd>{entry.tags.map((tag) => t(`tags.${tag}`)).join(', ')}</dd>
        </>
      )}
      <dt>{t('fields.police')}</dt>
      <dd>{t(`police.${entry.policeInvolvement}`)}</dd>
      {entry.notes && (
        <>
          <dt>{t('fields.notes')}</dt>
          <dd lang={typeof entry.notes === 'string' ? 'en' : undefined}>{textIn(entry.notes, language)}</dd>
        </>
      )}
      <dt>{t('fields.reliability')}</dt>
      <dd>
        <Freshness entry={entry} />
        <p className="directory-freshness">
          {entry.source.date
            ? t('freshness.sourceDate', { date: formatPartialDate(entry.source.date, language) })
            : t('freshness.sourceUndated')}
        </p>
      </dd>
      <dt>{t('fields.sources')}</dt>
      <dd>
        <ul className="directory-plain-list directory-sources">
          {sources.map((url) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noopener noreferrer">
                {url}
              </a>
            </li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}
