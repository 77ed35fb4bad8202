import { useTranslation } from 'react-i18next';
import { Link, usePath } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { ArticleView } from './ArticleView';
import { CourseSummary } from './course/CourseSummary';
import { GuideList } from './GuideList';
import { GuideView } from './GuideView';
import { articleSlug, guideSlug, guidesPath, parseGuidesPath } from './slugs';
import { useCourseProgress } from './useCourseProgress';
import { useGuideContent } from './useGuideContent';
import './guides.css';

/** /guides lists everything; /guides/<slug> opens a guide or module; /guides/articles/<slug> an article. */
export function GuidesScreen() {
  const { t } = useTranslation('guides');
  const location = parseGuidesPath(usePath());
  const { guides, articles } = useGuideContent();
  const course = useCourseProgress();

  if (guides === undefined || articles === undefined) {
    // A plain heading while the packs load: ScreenHeading would take the focus meant for the guide that follows.
    return (
      <div className="screen guides">
        <h1 className="screen-heading">{t('title')}</h1>
        <p className="loading">{t('loading')}</p>
      </div>
    );
  }

  if (location.view === 'list') {
    if (guides.length === 0 && articles.length === 0) {
      return (
        <div className="screen guides">
          <ScreenHeading>{t('title')}</ScreenHeading>
          <p>{t('empty')}</p>
        </div>
      );
    }
    return <GuideList guides={guides} articles={articles} course={course} />;
  }

  if (location.view === 'summary') {
    return <CourseSummary modules={guides.filter((guide) => guide.category === 'course')} progress={course.progress} />;
  }

  if (location.view === 'guide') {
    const guide = guides.find((candidate) => guideSlug(candidate) === location.slug);
    if (guide) {
      const modules = guides.filter((candidate) => candidate.category === 'course');
      const nextModule = guide.category === 'course' ? modules[modules.indexOf(guide) + 1] : undefined;
      // Keyed by pack, so moving to the next module starts with its own content note and empty drills.
      return <GuideView key={guide.id} guide={guide} nextModule={nextModule} course={course} />;
    }
  }

  if (location.view === 'article') {
    const article = articles.find((candidate) => articleSlug(candidate) === location.slug);
    if (article) return <ArticleView key={article.id} article={article} />;
  }

  return (
    <div className="screen guides">
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p role="alert">{t('notFound')}</p>
      <p>
        <Link to={guidesPath}>{t('back')}</Link>
      </p>
    </div>
  );
}
