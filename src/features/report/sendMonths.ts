import { monthsOf, type ReportRow } from '../../content/activityReport';

/*
 * Which months she sends. An organisation sums the files its Companions send (`report merge`): a
 * month sent twice, or sent half-way through and again when it is over, would be counted twice.
 * So the screen sends only the months she ticks, and offers first the last month that is over.
 */

/** The latest month with counts that is already over; none when only the current month has counts. */
export function defaultSendMonths(report: readonly ReportRow[], currentMonth: string): string[] {
  const over = monthsOf(report).filter((month) => month < currentMonth);
  return over.slice(-1);
}

/** The report cut down to the chosen months: what goes in the file, the text and the QR code. */
export function reportForMonths<Row extends ReportRow>(report: readonly Row[], months: readonly string[]): Row[] {
  return report.filter((row) => months.includes(row.month));
}
