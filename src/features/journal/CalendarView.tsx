import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../ui/useLanguage';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { localDay } from '../../lib/localDay';
import { dateOfDay, dayOf, moodIcons, type JournalEntry, type Mood } from './entry';
import { EntryList } from './EntryList';
import { JournalNav } from './JournalNav';

/** Monday-first weeks; the first column's weekday name comes from Intl in the person's language. */
function monthGrid(year: number, month: number): (string | undefined)[][] {
  const first = new Date(year, month, 1, 12);
  const leading = (first.getDay() + 6) % 7;
  const daysInMonth = new Date(year, month + 1, 0, 12).getDate();
  const cells: (string | undefined)[] = Array.from({ length: leading }, () => undefined);
  for (let day = 1; day <= daysInMonth; day++) cells.push(localDay(new Date(year, month, day, 12)));
  while (cells.length % 7 !== 0) cells.push(undefined);
  const weeks: (string | undefined)[][] = [];
  for (let index = 0; index < cells.length; index += 7) weeks.push(cells.slice(index, index + 7));
  return weeks;
}

/** The day's mood: the rounded average of its entries. */
function averageMood(entries: readonly JournalEntry[]): Mood {
  const average = entries.reduce((sum, entry) => sum + entry.mood, 0) / entries.length;
  return Math.min(5, Math.max(1, Math.round(average))) as Mood;
}

export function CalendarView({ entries }: { entries: readonly JournalEntry[] }) {
  const { t } = useTranslation('journal');
  const language = useLanguage();
  const today = new Date();
  const [month, setMonth] = useState({ year: today.getFullYear(), month: today.getMonth() });
  const [selectedDay, setSelectedDay] = useState<string>();
  const byDay = useMemo(() => {
    const map = new Map<string, JournalEntry[]>();
    for (const entry of entries) {
      const day = dayOf(entry);
      const list = map.get(day);
      if (list) list.push(entry);
      else map.set(day, [entry]);
    }
    return map;
  }, [entries]);
  const weeks = monthGrid(month.year, month.month);
  const weekdayNames = Array.from({ length: 7 }, (_, index) => new Date(2024, 0, 1 + index, 12)).map((date) => ({
    short: formatDate(date, language, { weekday: 'narrow' }),
    long: formatDate(date, language, { weekday: 'long' }),
  }));
  const monthTitle = formatDate(new Date(month.year, month.month, 1, 12), language, { month: 'long', year: 'numeric' });
  const move = (delta: number) => {
    const next = new Date(month.year, month.month + delta, 1, 12);
    setMonth({ year: next.getFullYear(), month: next.getMonth() });
    setSelectedDay(undefined);
  };
  const selectedEntries = selectedDay ? (byDay.get(selectedDay) ?? []) : [];

  return (
    <div className="screen journal">
      <ScreenHeading>{t('calendar.title')}</ScreenHeading>
      <JournalNav />
      <div className="calendar-head">
        <button type="button" className="button button-secondary" onClick={() => move(-1)}>
          <span aria-hidden="true">‹ </span>
          {t('calendar.previous')}
        </button>
        <h2 id="calendar-month" aria-live="polite">
          {monthTitle}
        </h2>
        <button type="button" className="button button-secondary" onClick={() => move(1)}>
          {t('calendar.next')}
          <span aria-hidden="true"> ›</span>
        </button>
      </div>
      <table className="calendar" aria-labelledby="calendar-month">
        <thead>
          <tr>
            {weekdayNames.map((name) => (
              <th key={name.long} scope="col">
                <abbr title={name.long}>{name.short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, weekIndex) => (
            <tr key={weekIndex}>
              {week.map((day, dayIndex) => {
                if (!day) return <td key={dayIndex} />;
                const dayEntries = byDay.get(day);
                const mood = dayEntries ? averageMood(dayEntries) : undefined;
                const label = [
                  formatDate(dateOfDay(day), language, { dateStyle: 'full' }),
                  mood ? t('calendar.dayMood', { mood: t(`moods.${mood}`), count: dayEntries?.length ?? 0 }) : t('calendar.noEntries'),
                ].join(', ');
                return (
                  <td key={day} className={mood ? `calendar-day mood-${mood}` : 'calendar-day'}>
                    <button type="button" aria-label={label} aria-pressed={selectedDay === day} onClick={() => setSelectedDay(day)}>
                      <span className="calendar-date">{Number(day.slice(8))}</span>
                      <span className="calendar-mood" aria-hidden="true">
                        {mood ? moodIcons[mood] : ''}
                      </span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-live="polite" className="calendar-selected">
        {selectedDay &&
          (selectedEntries.length > 0 ? (
            <EntryList entries={selectedEntries} language={language} />
          ) : (
            <p>{t('calendar.nothingThatDay', { date: formatDate(dateOfDay(selectedDay), language, { dateStyle: 'full' }) })}</p>
          ))}
      </section>
    </div>
  );
}
