import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticlePack, GuidePack } from '../../content/schema';
import { usePreferences } from '../../ui/usePreferences';
import { Link } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { TextField } from '../../ui/TextField';
import { ownCountryFirst } from './articleOrder';
import { hasPractisedAnything, practisedIn } from './course/parts';
import { courseSummaryPath } from './course/paths';
import { moduleProgress, type CourseProgress } from './progressStore';
import { maxQueryLength, queryWords } from '../../i18n/searchQuery';
import { indexPacks, searchPacks, type SearchablePack } from './search';
import { articlePath, articleSlug, guidePath, guideSlug } from './slugs';
import type { CourseProgressState } from './useCourseProgress';

const guideCategories = ['listening', 'course', 'group'] as const;
const articleTopics = ['mental-health', 'crisis', 'rights'] as const;

function linkTo(pack: SearchablePack): string {
  return pack.kind === 'guide' ? guidePath(guideSlug(pack)) : articlePath(articleSlug(pack));
}

function ModuleStatus({ guide, progress }: { guide: GuidePack; progress: CourseProgress }) {
  const { t } = useTranslation('guides');
  const slug = guideSlug(guide);
  const state = moduleProgress(progress, slug);
  // Counted against the module as installed: ids of renamed drills or modules are left out.
  const practised = practisedIn(guide, slug, progress);
  const label = state.isDone
    ? t('status.done')
    : state.isSkipped
      ? t('status.skipped')
      : hasPractisedAnything(practised) || state.part !== undefined
        ? t('status.started')
        : undefined;
  return (
    <>
      {guide.minutes !== undefined && <span className="hint">{t('course.minutes', { minutes: guide.minutes })}</span>}
      {practised.drillsAnswered > 0 && (
        <span className="hint">{t('course.practised', { answered: practised.drillsAnswered, total: practised.drillsTotal })}</span>
      )}
      {label && <span className="notice guide-status">{label}</span>}
    </>
  );
}

export function GuideList({
  guides,
  articles: installedArticles,
  course,
}: {
  guides: GuidePack[];
  articles: ArticlePack[];
  course: CourseProgressState;
}) {
  const { t } = useTranslation('guides');
  const { country } = usePreferences();
  // The rights card of the person's own country leads the list, and wins ties in search results.
  const articles = useMemo(() => ownCountryFirst(installedArticles, country), [installedArticles, country]);
  const [query, setQuery] = useState('');
  const index = useMemo(() => indexPacks<SearchablePack>([...guides, ...articles]), [guides, articles]);
  const isSearching = queryWords(query).length > 0;
  const results = isSearching ? searchPacks(index, query) : [];
  const modules = guides.filter((guide) => guide.category === 'course');
  const doneCount = modules.filter((module) => moduleProgress(course.progress, guideSlug(module)).isDone).length;

  const kindLabel = (pack: SearchablePack) => (pack.kind === 'guide' ? t(`kinds.${pack.category}`) : t('kinds.article'));

  return (
    <div className="screen guides">
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p className="lead">{t('intro')}</p>
      <div role="search" className="guide-search">
        <TextField
          type="search"
          label={t('search.label')}
          hint={t('search.hint')}
          value={query}
          maxLength={maxQueryLength}
          onValueChange={setQuery}
        />
      </div>

      {isSearching ? (
        <section aria-labelledby="guide-results">
          <h2 id="guide-results" aria-live="polite">
            {results.length === 0 ? t('search.none', { query: query.trim() }) : t('search.results', { count: results.length })}
          </h2>
          <ul className="guide-list">
            {results.map((pack) => (
              <li key={pack.id}>
                <Link to={linkTo(pack)} className="card-button guide-link">
                  <span className="guide-link-title">{pack.title}</span>
                  <span className="card-button-summary">{kindLabel(pack)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <>
          {guideCategories.map((category) => {
            const inCategory = guides.filter((guide) => guide.category === category);
            if (inCategory.length === 0) return null;
            return (
              <section key={category} aria-labelledby={`category-${category}`}>
                <h2 id={`category-${category}`}>{t(`categories.${category}`)}</h2>
                {category === 'course' && (
                  <>
                    <p className="guide-progress">{t('courseProgress', { done: doneCount, total: modules.length })}</p>
                    <p className="hint">{t('privacy.progressKept')}</p>
                    <p>
                      <Link to={courseSummaryPath} className="button button-secondary">
                        {t('course.summaryLink')}
                      </Link>
                    </p>
                  </>
                )}
                <ul className="guide-list">
                  {inCategory.map((guide) => (
                    <li key={guide.id}>
                      <Link to={guidePath(guideSlug(guide))} className="card-button guide-link">
                        <span className="guide-link-title">
                          {category === 'course' ? t('moduleNumber', { number: guide.order, title: guide.title }) : guide.title}
                        </span>
                        <span className="card-button-summary">{guide.summary}</span>
                      </Link>
                      {category === 'course' && <ModuleStatus guide={guide} progress={course.progress} />}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
          {articles.length > 0 && (
            <section aria-labelledby="category-articles">
              <h2 id="category-articles">{t('categories.articles')}</h2>
              {articleTopics.map((topic) => {
                const inTopic = articles.filter((article) => article.topic === topic);
                if (inTopic.length === 0) return null;
                return (
                  <div key={topic}>
                    <h3>{t(`topics.${topic}`)}</h3>
                    <ul className="guide-list">
                      {inTopic.map((article) => (
                        <li key={article.id}>
                          <Link to={articlePath(articleSlug(article))} className="card-button guide-link">
                            <span className="guide-link-title">{article.title}</span>
                            <span className="card-button-summary">{article.summary}</span>
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })}
            </section>
          )}
        </>
      )}
    </div>
  );
}
