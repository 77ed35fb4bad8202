import { useTranslation } from 'react-i18next';
import type { ArticlePack } from '../../content/schema';
import { Link } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { Paragraphs } from './Paragraphs';
import { SourceList } from './SourceList';
import { ReadAloudButton } from '../../ui/ReadAloudButton';
import { guidesPath } from './slugs';
import { usePackInAddressForm } from '../../ui/packText';

export function ArticleView({ article: packArticle }: { article: ArticlePack }) {
  const { t } = useTranslation('guides');
  const article = usePackInAddressForm(packArticle);
  return (
    <div className="screen guides">
      <p className="guide-back">
        <Link to={guidesPath}>{t('back')}</Link>
      </p>
      <ScreenHeading>{article.title}</ScreenHeading>
      <p className="lead">{article.summary}</p>
      {article.sections.map((section) => (
        <section key={section.id} className="guide-section" aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>{section.heading}</h2>
          <div className="guide-read-aloud">
            <ReadAloudButton text={`${section.heading}\n\n${section.body}`} locale={article.locale} />
          </div>
          <Paragraphs text={section.body} />
        </section>
      ))}
      <SourceList sources={article.sources} locale={article.locale} headingId="article-sources" heading={t('article.sources')} />
    </div>
  );
}
