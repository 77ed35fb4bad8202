import { useTranslation } from 'react-i18next';
import type { GuidePack } from '../../../content/schema';
import { Link } from '../../../ui/router';
import { ScreenHeading } from '../../../ui/ScreenHeading';
import { ShareTextButtons } from '../../directory';
import type { CourseProgress } from '../progressStore';
import { guidePath, guideSlug, guidesPath } from '../slugs';
import { practisedModules, summaryText, type SummaryLabels } from './summaryText';

/**
 * "What I practised": the modules she has done or practised in, and which parts, with no grade
 * and no certificate. It leaves the phone only as plain text when she shares or copies it.
 */
export function CourseSummary({ modules, progress }: { modules: readonly GuidePack[]; progress: CourseProgress }) {
  const { t } = useTranslation('guides');
  const practised = practisedModules(modules, progress);
  const labels: SummaryLabels = {
    title: `${t('course.summary.title')} · ${t('categories.course')}`,
    moduleTitle: (guide) => t('moduleNumber', { number: guide.order, title: guide.title }),
    done: t('course.summary.done'),
    notDone: t('course.summary.notDone'),
    drills: (answered, total) => t('course.practised', { answered, total }),
    scenarioDone: t('course.summary.scenarioDone'),
    rolePlayDone: t('course.summary.rolePlayDone'),
  };
  const text = summaryText(practised, labels);

  return (
    <div className="screen guides">
      <p className="guide-back">
        <Link to={guidesPath}>{t('course.summary.back')}</Link>
      </p>
      <ScreenHeading>{t('course.summary.title')}</ScreenHeading>
      <p className="lead">{t('course.summary.intro')}</p>
      <p className="hint">{t('course.summary.privacy')}</p>
      {practised.length === 0 ? (
        <p>{t('course.summary.nothing')}</p>
      ) : (
        <>
          <ul className="guide-list course-summary">
            {practised.map(({ guide, practised: part }) => (
              <li key={guide.id} className="course-card">
                <h2>
                  <Link to={guidePath(guideSlug(guide))}>{labels.moduleTitle(guide)}</Link>
                </h2>
                <ul>
                  <li>{part.isDone ? labels.done : labels.notDone}</li>
                  {part.drillsTotal > 0 && part.drillsAnswered > 0 && <li>{labels.drills(part.drillsAnswered, part.drillsTotal)}</li>}
                  {part.isScenarioDone && <li>{labels.scenarioDone}</li>}
                  {part.isRolePlayDone && <li>{labels.rolePlayDone}</li>}
                </ul>
              </li>
            ))}
          </ul>
          <section aria-labelledby="course-summary-share">
            <h2 id="course-summary-share">{t('course.summary.share')}</h2>
            <p className="hint">{t('course.summary.shareHint')}</p>
            <ShareTextButtons title={labels.title} text={text} sendLabel={t('course.summary.send')} copyLabel={t('course.summary.copy')} />
          </section>
        </>
      )}
    </div>
  );
}
