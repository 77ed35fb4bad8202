import { localDay } from '../../lib/localDay';

/*
 * Days as she lives them: a follow-up agreed "for Friday" is due on Friday where the phone is,
 * so days are the phone's local calendar days, written YYYY-MM-DD (they sort as text).
 */
export type LocalDay = string;

const twoDigits = (value: number) => String(value).padStart(2, '0');

export const localDayOf: (date: Date) => LocalDay = localDay;

/** The local time of day, HH:MM, comparable as text with a follow-up's time. */
export function localTimeOf(date: Date): string {
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

/** Noon on that local day: a Date that formats as that day in any time zone's DST change. */
export function dateOfLocalDay(day: LocalDay): Date {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date, 12);
}

/** The local month a moment falls in, YYYY-MM. */
export function localMonthOf(date: Date): string {
  return localDayOf(date).slice(0, 7);
}
