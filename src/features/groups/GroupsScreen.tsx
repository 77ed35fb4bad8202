import { useTranslation } from 'react-i18next';
import type { GuidePack } from '../../content/schema';
import { installedPacksOfKind } from '../../db';
import { usePackInAddressForm } from '../../ui/packText';
import { Link, usePath } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useLanguage } from '../../ui/useLanguage';
import { useLiveQuery } from '../../ui/useLiveQuery';
import { SessionRunner } from './SessionRunner';
import { groupSessionPath, groupsPath, parseGroupsPath, sessionPlan, themeSlug } from './sessionPlan';
import './groups.css';

const sharedSources = [
  { key: 'pfa', url: 'https://www.who.int/publications/i/item/9789241548205' },
  { key: 'samhsa', url: 'https://nicic.gov/samhsas-concept-trauma-and-guidance-trauma-informed-approach' },
] as const;

/** The installed group guides in the person's language, in their order; undefined while loading. */
function useGroupGuides(): GuidePack[] | undefined {
  const language = useLanguage();
  return useLiveQuery(
    async () =>
      (await installedPacksOfKind('guide', language)).filter((guide) => guide.category === 'group').sort((a, b) => a.order - b.order),
    [language],
  );
}

/** /groups lists the themes; /groups/<theme> runs that theme's session. */
export function GroupsScreen() {
  const { t } = useTranslation('groups');
  const location = parseGroupsPath(usePath());
  const guides = useGroupGuides();

  if (guides === undefined) {
    // A plain heading while the packs load: ScreenHeading would take the focus meant for the screen that follows.
    return (
      <div className="screen groups">
        <h1 className="screen-heading">{t('title')}</h1>
        <p className="loading">{t('loading')}</p>
      </div>
    );
  }

  const guide = location.view === 'session' ? guides.find((candidate) => themeSlug(candidate) === location.theme) : undefined;
  if (guide) return <GroupSession key={guide.id} guide={guide} />;

  return (
    <div className="screen groups">
      <ScreenHeading>{t('title')}</ScreenHeading>
      {location.view === 'list' ? <p className="lead">{t('intro')}</p> : <p role="alert">{t('notFound')}</p>}
      <ul className="group-themes">
        {guides.map((candidate) => (
          <li key={candidate.id}>
            <Link to={groupSessionPath(themeSlug(candidate))}>{candidate.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function GroupSession({ guide: packGuide }: { guide: GuidePack }) {
  const { t } = useTranslation('groups');
  const guide = usePackInAddressForm(packGuide);
  const theme = themeSlug(guide);
  const plan = sessionPlan(guide);
  const guideLink = `/guides/group-${theme}`;

  return (
    <div className="screen groups">
      <p className="group-back">
        <Link to={groupsPath}>{t('allThemes')}</Link> · <Link to={guideLink}>{t('backToGuide')}</Link>
      </p>
      <ScreenHeading>{guide.title}</ScreenHeading>
      <p className="lead">{guide.summary}</p>
      {/* A painful theme's note stays in view rather than barring the way: the facilitator has chosen to
          run this group, and the guide she came from has already asked her. */}
      {guide.contentNote && (
        <aside className="group-note" aria-labelledby="group-note-title">
          <h2 id="group-note-title">{t('contentNote.title')}</h2>
          <p>{guide.contentNote}</p>
        </aside>
      )}
      {plan ? <SessionRunner plan={plan} guide={guide} /> : <p role="alert">{t('notFound')}</p>}
      <section className="group-sources" aria-labelledby="group-sources-title">
        <h2 id="group-sources-title">{t('sources.title')}</h2>
        <p>{t('sources.shared')}</p>
        <ul>
          {sharedSources.map((source) => (
            <li key={source.key}>
              <a href={source.url} rel="noopener noreferrer" target="_blank">
                {t(`sources.${source.key}`)}
              </a>
            </li>
          ))}
        </ul>
        <p>{t('sources.theme')}</p>
        <ul>
          {(guide.sources ?? []).map((source) => (
            <li key={source.url}>
              <a href={source.url} rel="noopener noreferrer" target="_blank" lang="en">
                {source.title}
              </a>{' '}
              ({source.date})
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
