import { useTranslation } from 'react-i18next';
import type { ArticlePack } from '../../content/schema';
import { isLanguage } from '../../i18n/languages';

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

/** The public sources a pack rests on: title (a link), and the source's own date. Articles and course modules show them. */
export function SourceList({
  sources,
  locale,
  headingId,
  heading,
}: {
  sources: ArticlePack['sources'];
  locale: string;
  headingId: string;
  heading: string;
}) {
  const { t } = useTranslation('guides');
  return (
    <section className="guide-sources" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              {source.title}
            </a>
            <br />
            <span className="hint">{t('article.sourceDate', { date: formatSourceDate(source.date, locale) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
