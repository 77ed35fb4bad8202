import { localDay } from '../../lib/localDay';
import { dateOfDay, dayOf, type JournalEntry } from './entry';

export const trendRanges = [7, 30, 90] as const;
export type TrendRange = (typeof trendRanges)[number];

export type DayPoint = { day: string; average: number | undefined; count: number };
export type GroupRow = { label: string; isOwn: boolean; key: string; average: number; count: number };

/** The last `days` calendar days up to `today`, oldest first, with each day's average mood. */
export function moodByDay(entries: readonly JournalEntry[], days: number, today = new Date()): DayPoint[] {
  const wanted: string[] = [];
  for (let offset = days - 1; offset >= 0; offset--) {
    const date = dateOfDay(localDay(today));
    date.setDate(date.getDate() - offset);
    wanted.push(localDay(date));
  }
  const sums = new Map<string, { total: number; count: number }>();
  const first = wanted[0] ?? '';
  for (const entry of entries) {
    const day = dayOf(entry);
    if (day < first) continue;
    const sum = sums.get(day) ?? { total: 0, count: 0 };
    sum.total += entry.mood;
    sum.count++;
    sums.set(day, sum);
  }
  return wanted.map((day) => {
    const sum = sums.get(day);
    return { day, average: sum ? sum.total / sum.count : undefined, count: sum?.count ?? 0 };
  });
}

/**
 * The days from the first one with an entry on: drawn over the whole range, a new journal's few
 * entries would sit squeezed against the chart's right edge. The axis names the first day shown.
 */
export function fromFirstEntry(points: readonly DayPoint[]): DayPoint[] {
  const first = points.findIndex((point) => point.average !== undefined);
  return first === -1 ? [...points] : points.slice(first);
}

export function entriesInRange(entries: readonly JournalEntry[], days: number, today = new Date()): JournalEntry[] {
  const start = dateOfDay(localDay(today));
  start.setDate(start.getDate() - (days - 1));
  const first = localDay(start);
  return entries.filter((entry) => dayOf(entry) >= first);
}

/**
 * Average mood of the entries that name each feeling (or each thing that helped). The person's
 * own words count as their own rows; the same word in another case counts once.
 */
export function moodByGroup(
  entries: readonly JournalEntry[],
  pick: (entry: JournalEntry) => { ids: readonly string[]; own: readonly string[] },
  labelOf: (id: string) => string,
): GroupRow[] {
  const groups = new Map<string, GroupRow & { total: number }>();
  const add = (key: string, label: string, isOwn: boolean, mood: number) => {
    const group = groups.get(key) ?? { key, label, isOwn, average: 0, count: 0, total: 0 };
    group.total += mood;
    group.count++;
    groups.set(key, group);
  };
  for (const entry of entries) {
    const { ids, own } = pick(entry);
    for (const id of new Set(ids)) add(`id:${id}`, labelOf(id), false, entry.mood);
    for (const label of new Set(own.map((word) => word.toLocaleLowerCase())))
      add(`own:${label}`, own.find((word) => word.toLocaleLowerCase() === label) ?? label, true, entry.mood);
  }
  return [...groups.values()]
    .map(({ total, ...group }) => ({ ...group, average: total / group.count }))
    .sort((a, b) => b.count - a.count || b.average - a.average || a.label.localeCompare(b.label));
}
