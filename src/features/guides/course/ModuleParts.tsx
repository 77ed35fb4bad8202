import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuidePack } from '../../../content/schema';
import { Link } from '../../../ui/router';
import { guideTopic, newRoundPath } from '../../feedback';
import { Drill } from '../Drill';
import { GuideSections } from '../GuideSections';
import { moduleProgress, withDrillAnswered, withModuleState } from '../progressStore';
import { Reflection } from '../Reflection';
import { guidePath, guideSlug } from '../slugs';
import { SourceList } from '../SourceList';
import type { CourseProgressState } from '../useCourseProgress';
import { VaultNotice } from '../VaultNotice';
import { OrderDrill } from './OrderDrill';
import { partsOf, resumePart, type ModulePart } from './parts';
import { RewriteDrill } from './RewriteDrill';
import { RolePlayCard } from './RolePlayCard';
import { ScenarioPlayer } from './ScenarioPlayer';
import { SpotDrill } from './SpotDrill';
import { courseSummaryPath } from './paths';
import { WorkedExample } from './WorkedExample';

/**
 * A course module, one part at a time: what to know, the worked example, practice, the scenario,
 * the role-play, then the reflection and sources. The part she is on is kept with her progress
 * (a part name, nothing she wrote), so leaving and coming back opens the same part.
 */
export function ModuleParts({
  guide,
  nextModule,
  course,
}: {
  guide: GuidePack;
  nextModule: GuidePack | undefined;
  course: CourseProgressState;
}) {
  const { t } = useTranslation('guides');
  const slug = guideSlug(guide);
  const parts = partsOf(guide);
  const progress = moduleProgress(course.progress, slug);
  const [resumedAt] = useState(() => resumePart(guide, progress.part));
  const [part, setPart] = useState<ModulePart>(resumedAt ?? 'learn');
  const [hasMoved, setHasMoved] = useState(false);
  const partHeading = useRef<HTMLHeadingElement>(null);
  const index = parts.indexOf(part);
  const { update } = course;

  useEffect(() => {
    // The new part's heading takes the focus, so a screen reader starts reading there.
    if (hasMoved) partHeading.current?.focus();
  }, [part, hasMoved]);

  const open = (next: ModulePart) => {
    setPart(next);
    setHasMoved(true);
    update((current) => withModuleState(current, slug, { part: next }));
  };
  const answered = (drillId: string) => update((current) => withDrillAnswered(current, slug, drillId));
  const scenarioFinished = () => update((current) => withModuleState(current, slug, { isScenarioDone: true }));

  const previous = parts[index - 1];
  const next = parts[index + 1];

  return (
    <>
      <nav aria-label={t('course.parts.label')} className="course-parts-nav">
        <ol className="course-parts">
          {parts.map((candidate, position) => (
            <li key={candidate}>
              <button
                type="button"
                className={candidate === part ? 'button course-part course-part-current' : 'button button-secondary course-part'}
                aria-current={candidate === part ? 'step' : undefined}
                onClick={() => open(candidate)}
              >
                {position + 1}. {t(`course.parts.${candidate}`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {resumedAt && !hasMoved && (
        <p className="notice" role="status">
          {t('course.parts.resumed')}
        </p>
      )}
      <section className="course-part-body" aria-labelledby="course-part-heading">
        <p className="hint">{t('course.parts.position', { number: index + 1, total: parts.length })}</p>
        <h2 id="course-part-heading" ref={partHeading} tabIndex={-1}>
          {t(`course.parts.${part}`)}
        </h2>
        {part === 'learn' && (
          <>
            <p className="lead">{guide.summary}</p>
            <aside className="guide-reminder" aria-labelledby="guide-reminder-title">
              <h3 id="guide-reminder-title">{t('reminder')}</h3>
              <p>{guide.reminder}</p>
            </aside>
            <GuideSections guide={guide} level={3} />
          </>
        )}
        {part === 'example' && guide.example && <WorkedExample example={guide.example} locale={guide.locale} />}
        {part === 'practice' && (
          <>
            {(guide.drills ?? []).map((drill, position) => (
              <Drill key={drill.id} drill={drill} number={position + 1} onAnswered={answered} />
            ))}
            {(guide.practice ?? []).map((drill, position) => {
              const number = (guide.drills?.length ?? 0) + position + 1;
              if (drill.kind === 'spot') return <SpotDrill key={drill.id} drill={drill} number={number} onAnswered={answered} />;
              if (drill.kind === 'rewrite') return <RewriteDrill key={drill.id} drill={drill} number={number} onAnswered={answered} />;
              return <OrderDrill key={drill.id} drill={drill} number={number} onAnswered={answered} />;
            })}
          </>
        )}
        {part === 'scenario' && guide.scenario && (
          <ScenarioPlayer scenario={guide.scenario} locale={guide.locale} onFinished={scenarioFinished} />
        )}
        {part === 'roleplay' && guide.roleplay && (
          <RolePlayCard
            roleplay={guide.roleplay}
            locale={guide.locale}
            isDone={progress.isRolePlayDone === true}
            onDone={() => update((current) => withModuleState(current, slug, { isRolePlayDone: true }))}
          />
        )}
        {part === 'finish' && (
          <>
            {/* Her own words go only into the vault: without an open one, the module says how to get one, and the way back. */}
            {guide.reflection && course.vaultStatus === 'unlocked' && <Reflection slug={slug} prompt={guide.reflection} />}
            {guide.reflection && (course.vaultStatus === 'absent' || course.vaultStatus === 'locked') && (
              <VaultNotice status={course.vaultStatus} returnTo={guidePath(slug)} />
            )}
            {guide.sources && guide.sources.length > 0 && (
              <SourceList sources={guide.sources} locale={guide.locale} headingId="course-sources" heading={t('course.sources')} />
            )}
            <div className="guide-finish">
              {progress.isDone ? (
                <p className="notice" role="status">
                  {t('finish.done')}
                </p>
              ) : (
                <button
                  type="button"
                  className="button"
                  onClick={() => update((current) => withModuleState(current, slug, { isDone: true, isSkipped: false }))}
                >
                  {t('finish.markDone')}
                </button>
              )}
            </div>
            <ul className="course-end-links">
              <li>
                <Link to={newRoundPath(guideTopic('course', guide))}>{t('course.feedback')}</Link>
              </li>
              <li>
                <Link to={courseSummaryPath}>{t('course.summaryLink')}</Link>
              </li>
            </ul>
            {nextModule && (
              <p>
                <Link to={guidePath(guideSlug(nextModule))} className="button button-secondary">
                  {t('finish.next')}
                </Link>
              </p>
            )}
          </>
        )}
      </section>
      {course.hasSaveFailed && (
        <p className="field-error" role="alert">
          {t('finish.saveFailed')}
        </p>
      )}
      <div className="guide-actions course-part-steps">
        {previous && (
          <button type="button" className="button button-secondary" onClick={() => open(previous)}>
            {t('course.parts.previous', { part: t(`course.parts.${previous}`) })}
          </button>
        )}
        {next && (
          <button type="button" className="button" onClick={() => open(next)}>
            {t('course.parts.next', { part: t(`course.parts.${next}`) })}
          </button>
        )}
      </div>
    </>
  );
}
