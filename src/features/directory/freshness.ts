import { formatDate } from '../../i18n/format';
import type { Language } from '../../i18n/languages';

/*
 * Dates in the directory are calendar dates, not moments: read and shown in UTC so "2026-11-01"
 * never turns into October on a phone west of Greenwich.
 */
function utcDate(year: number, month = 1, day = 1): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** "November 2026": how fresh an entry is, without a precision we do not have. */
export function formatMonthYear(isoDate: string, language: Language): string {
  const [year = 1970, month = 1] = isoDate.split('-').map(Number);
  return formatDate(utcDate(year, month), language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A source date as precise as the source gives it: "2025", "March 2025" or "6 January 2026". */
export function formatPartialDate(partial: string, language: Language): string {
  const [year = 1970, month, day] = partial.split('-').map(Number);
  if (month === undefined) return String(year);
  if (day === undefined) return formatMonthYear(partial, language);
  return formatDate(utcDate(year, month, day), language, { dateStyle: 'long', timeZone: 'UTC' });
}
