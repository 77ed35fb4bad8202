import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../i18n/languages';
import type { ArticlePack } from '../../content/schema';
import { Link } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { Paragraphs } from './Paragraphs';
import { ReadAloudButton } from '../../ui/ReadAloudButton';
import { guidesPath } from './slugs';
import { usePackInAddressForm } from '../../ui/packText';

/** Dates in packs are as precise as the source: "2024", "2024-05" or "2024-05-17". */
function formatSourceDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || !isLanguage(locale)) return date;
  const tag = { es: 'es-419', en: 'en', fr: 'fr-CA' }[locale];
  if (month === undefined) return String(year);
  const value = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(tag, options).format(value);
}

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
      <section className="guide-sources" aria-labelledby="article-sources">
        <h2 id="article-sources">{t('article.sources')}</h2>
        <ul>
          {article.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} rel="noopener noreferrer" target="_blank">
                {source.title}
              </a>
              <br />
              <span className="hint">{t('article.sourceDate', { date: formatSourceDate(source.date, article.locale) })}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
