import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { Link } from '../../ui/router';
import { dateOfDay, dateOfEntry, dayOf, type JournalEntry } from './entry';
import { MoodBadge } from './MoodChoice';

const pageSize = 60;
const excerptLength = 240;

/** Entries grouped by day, newest first. Long journals show a page at a time. */
export function EntryList({ entries, language }: { entries: readonly JournalEntry[]; language: Language }) {
  const { t } = useTranslation('journal');
  const [shown, setShown] = useState(pageSize);
  const days = useMemo(() => {
    const groups: { day: string; entries: JournalEntry[] }[] = [];
    for (const entry of entries.slice(0, shown)) {
      const day = dayOf(entry);
      const last = groups.at(-1);
      if (last?.day === day) last.entries.push(entry);
      else groups.push({ day, entries: [entry] });
    }
    return groups;
  }, [entries, shown]);

  return (
    <div className="entry-days">
      {days.map(({ day, entries: dayEntries }) => (
        <section key={day} className="entry-day" aria-labelledby={`day-${day}`}>
          <h3 id={`day-${day}`}>{formatDate(dateOfDay(day), language, { dateStyle: 'full' })}</h3>
          <ul className="entry-list">
            {dayEntries.map((entry) => (
              <EntryCard key={entry.id} entry={entry} language={language} />
            ))}
          </ul>
        </section>
      ))}
      {entries.length > shown && (
        <p>
          <button type="button" className="button button-secondary" onClick={() => setShown(shown + pageSize)}>
            {t('list.showMore', { count: Math.min(pageSize, entries.length - shown) })}
          </button>
        </p>
      )}
    </div>
  );
}

function EntryCard({ entry, language }: { entry: JournalEntry; language: Language }) {
  const { t } = useTranslation('journal');
  const time = formatDate(dateOfEntry(entry), language, { timeStyle: 'short' });
  const feelings = [...entry.feelings.map((id) => t(`feelings.${id}`)), ...entry.customFeelings];
  const helped = [...entry.helped.map((id) => t(`helped.${id}`)), ...entry.customHelped];
  const excerpt = entry.text.length > excerptLength ? `${entry.text.slice(0, excerptLength)}…` : entry.text;
  return (
    <li className={`entry-card mood-edge-${entry.mood}`}>
      <div className="entry-card-top">
        <MoodBadge mood={entry.mood} />
        <time dateTime={entry.at}>{time}</time>
      </div>
      {feelings.length > 0 && <p className="entry-feelings">{t('list.feelings', { list: feelings.join(', ') })}</p>}
      {helped.length > 0 && <p className="entry-helped">{t('list.helped', { list: helped.join(', ') })}</p>}
      {excerpt && <p className="entry-text">{excerpt}</p>}
      <Link to={`/journal/entry/${entry.id}`} className="entry-edit" aria-label={t('list.editLabel', { time, mood: t(`moods.${entry.mood}`) })}>
        {t('list.edit')}
      </Link>
    </li>
  );
}
