import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuidePack } from '../../content/schema';
import { Link, navigate } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { ModuleParts } from './course/ModuleParts';
import { Drill } from './Drill';
import { GuideSections } from './GuideSections';
import { moduleProgress, withDrillAnswered, withModuleState } from './progressStore';
import { Reflection } from './Reflection';
import { guidePath, guideSlug, guidesPath } from './slugs';
import type { CourseProgressState } from './useCourseProgress';
import { VaultNotice } from './VaultNotice';
import { usePackInAddressForm } from '../../ui/packText';

/** A listening guide, course module or group guide. Painful topics show their content note first. */
export function GuideView({
  guide: packGuide,
  nextModule,
  course,
}: {
  guide: GuidePack;
  nextModule: GuidePack | undefined;
  course: CourseProgressState;
}) {
  const { t } = useTranslation('guides');
  const guide = usePackInAddressForm(packGuide);
  const slug = guideSlug(guide);
  const isModule = guide.category === 'course';
  const progress = moduleProgress(course.progress, slug);
  // The note comes before a module starts; coming back to one she has been through opens it straight away.
  const [hasAcceptedNote, setHasAcceptedNote] = useState(
    guide.contentNote === undefined || (isModule && (progress.part !== undefined || progress.isDone)),
  );

  const heading = isModule ? t('moduleNumber', { number: guide.order, title: guide.title }) : guide.title;
  const minutes = isModule && guide.minutes !== undefined && (
    <p className="guide-progress">{t('course.minutes', { minutes: guide.minutes })}</p>
  );

  if (!hasAcceptedNote && guide.contentNote) {
    return (
      <div className="screen guides">
        <ScreenHeading>{heading}</ScreenHeading>
        {minutes}
        <section className="guide-content-note" aria-labelledby="guide-note-title">
          <h2 id="guide-note-title">{t('contentNote.title')}</h2>
          <p>{guide.contentNote}</p>
          {/* Where to turn if the topic stirs something up: the app's own screens, never a number made up here. */}
          <p>{t('course.contentNoteCare')}</p>
          <ul className="course-care-links">
            <li>
              <Link to="/selfcare">{t('course.selfCareLink')}</Link>
            </li>
            <li>
              <Link to="/crisis">{t('course.crisisLink')}</Link>
            </li>
          </ul>
          <div className="guide-actions">
            <button type="button" className="button" onClick={() => setHasAcceptedNote(true)}>
              {t('contentNote.continue')}
            </button>
            {isModule && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  course.update((current) => withModuleState(current, slug, { isSkipped: true }));
                  navigate(nextModule ? guidePath(guideSlug(nextModule)) : guidesPath);
                }}
              >
                {t('contentNote.skip')}
              </button>
            )}
            <Link to={guidesPath} className="button button-secondary">
              {isModule ? t('contentNote.pause') : t('contentNote.later')}
            </Link>
          </div>
        </section>
      </div>
    );
  }

  return (
    <div className="screen guides">
      <p className="guide-back">
        <Link to={guidesPath}>{t('back')}</Link>
      </p>
      <ScreenHeading>{heading}</ScreenHeading>
      {isModule ? (
        <>
          {minutes}
          <p>
            <Link to={guidesPath} className="button button-secondary guide-pause">
              {t('pause')}
            </Link>
          </p>
          <ModuleParts guide={guide} nextModule={nextModule} course={course} />
        </>
      ) : (
        <>
          <p className="lead">{guide.summary}</p>
          {guide.category === 'group' && (
            <p>
              {/* The group session is its own screen, reached by address so this feature does not load it. */}
              <Link to={`/groups/${slug.replace(/^group-/, '')}`} className="button">
                {t('groupSession')}
              </Link>
            </p>
          )}
          <aside className="guide-reminder" aria-labelledby="guide-reminder-title">
            <h2 id="guide-reminder-title">{t('reminder')}</h2>
            <p>{guide.reminder}</p>
          </aside>
          <GuideSections guide={guide} />
          {guide.drills && guide.drills.length > 0 && (
            <section className="guide-practice" aria-labelledby="guide-practice-title">
              <h2 id="guide-practice-title">{t('drill.title')}</h2>
              {guide.drills.map((drill, index) => (
                <Drill
                  key={drill.id}
                  drill={drill}
                  number={index + 1}
                  onAnswered={(drillId) => course.update((current) => withDrillAnswered(current, slug, drillId))}
                />
              ))}
            </section>
          )}
          {guide.reflection && course.vaultStatus === 'unlocked' && <Reflection slug={slug} prompt={guide.reflection} />}
          {guide.reflection && (course.vaultStatus === 'absent' || course.vaultStatus === 'locked') && (
            <VaultNotice status={course.vaultStatus} returnTo={guidePath(slug)} />
          )}
        </>
      )}
    </div>
  );
}
