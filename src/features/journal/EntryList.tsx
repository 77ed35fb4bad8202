import { memo, startTransition, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDate } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { Link } from '../../ui/router';
import { dateOfDay, dateOfEntry, dayOf, firstScreenSize, listPageSize, type JournalEntry } from './entry';
import { afterNextPaint } from './afterNextPaint';
import { MoodBadge } from './MoodChoice';
import { useAddressContext } from '../../ui/packText';

const excerptLength = 240;

type EntryListProps = {
  entries: readonly JournalEntry[];
  language: Language;
  /** False while the journal is still opening its older entries: the end of the list says so. */
  isComplete?: boolean;
};

/**
 * Entries grouped by day, newest first. Long journals show a page at a time. Memoised: typing in
 * the search box re-renders the journal screen at every keystroke, and the list only needs to
 * change once the (deferred) results do.
 */
export const EntryList = memo(function EntryList({ entries, language, isComplete = true }: EntryListProps) {
  const { t } = useTranslation('journal');
  const [shown, setShown] = useState(listPageSize);
  const [isFirstRender, setIsFirstRender] = useState(entries.length > firstScreenSize);
  useEffect(() => {
    if (!isFirstRender) return;
    let isCurrent = true;
    void afterNextPaint().then(() => {
      if (isCurrent) startTransition(() => setIsFirstRender(false));
    });
    return () => {
      isCurrent = false;
    };
  }, [isFirstRender]);
  const limit = isFirstRender ? firstScreenSize : shown;
  const days = useMemo(() => {
    const groups: { day: string; entries: JournalEntry[] }[] = [];
    for (const entry of entries.slice(0, limit)) {
      const day = dayOf(entry);
      const last = groups.at(-1);
      if (last?.day === day) last.entries.push(entry);
      else groups.push({ day, entries: [entry] });
    }
    return groups;
  }, [entries, limit]);

  return (
    <div className="entry-days">
      {days.map(({ day, entries: dayEntries }) => (
        <section key={day} className="entry-day" aria-labelledby={`day-${day}`}>
          <h3 id={`day-${day}`}>{formatDate(dateOfDay(day), language, { dateStyle: 'full' })}</h3>
          <ul className="entry-list">
            {dayEntries.map((entry) => (
              <EntryCard key={entry.id} entry={entry} language={language} t={t} />
            ))}
          </ul>
        </section>
      ))}
      {!isFirstRender &&
        (entries.length > shown ? (
          <p>
            <button type="button" className="button button-secondary" onClick={() => setShown(shown + listPageSize)}>
              {t('list.showMore', { count: Math.min(listPageSize, entries.length - shown) })}
            </button>
          </p>
        ) : (
          !isComplete && <p className="loading">{t('list.openingOlder')}</p>
        ))}
    </div>
  );
});

/** One entry. It takes the list's `t` rather than its own hook: a page holds sixty of these. */
function EntryCard({ entry, language, t }: { entry: JournalEntry; language: Language; t: TFunction<'journal'> }) {
  const time = formatDate(dateOfEntry(entry), language, { timeStyle: 'short' });
  const moodWord = t(`moods.${entry.mood}`);
  const context = useAddressContext();
  const feelings = [...entry.feelings.map((id) => t(`feelings.${id}`, { context })), ...entry.customFeelings];
  const helped = [...entry.helped.map((id) => t(`helped.${id}`)), ...entry.customHelped];
  const excerpt = entry.text.length > excerptLength ? `${entry.text.slice(0, excerptLength)}…` : entry.text;
  return (
    <li className={`entry-card mood-edge-${entry.mood}`}>
      <div className="entry-card-top">
        <MoodBadge mood={entry.mood} word={moodWord} />
        <time dateTime={entry.at}>{time}</time>
      </div>
      {feelings.length > 0 && <p className="entry-feelings">{t('list.feelings', { list: feelings.join(', ') })}</p>}
      {helped.length > 0 && <p className="entry-helped">{t('list.helped', { list: helped.join(', ') })}</p>}
      {excerpt && <p className="entry-text">{excerpt}</p>}
      <Link to={`/journal/entry/${entry.id}`} className="entry-edit" aria-label={t('list.editLabel', { time, mood: moodWord })}>
        {t('list.edit')}
      </Link>
    </li>
  );
}
