import * as z from 'zod';
import { crisisTypes, serviceTypes } from './vocabulary';

/*
 * The anonymous activity report a Companion may send to her organisation (issue 20), and the
 * one definition of its CSV file. Pure: no React, no DOM, no storage, so the app (which counts
 * and exports) and the packs CLI (`report merge`, which sums many files) read and write the very
 * same format.
 *
 * What a report may hold is decided here, by the schema, not by the screens: a month (never a
 * day or a time), one of a fixed set of measures, a key from a fixed vocabulary or a content id
 * (never free text, never a name, no place at all), and a count. docs/security.md: "counts only".
 *
 * The file:
 *   compañera-activity-report,1
 *   month,measure,key,count
 *   2026-11,crisis-run,suicide,3
 *   ...
 * The first line says what the file is and which version of the format; a file whose first line
 * is anything else is refused, so a spreadsheet or another app's CSV is never summed by mistake.
 */

export const reportFormatName = 'compañera-activity-report';
export const reportFormatVersion = 1;
export const reportColumns = ['month', 'measure', 'key', 'count'] as const;

/** What is counted. Each measure says which words its key may be. */
export const reportMeasures = ['crisis-run', 'danger-branch', 'referral-offered', 'follow-up-agreed', 'module-done'] as const;
export type ReportMeasure = (typeof reportMeasures)[number];

/** The most a single cell may count: far beyond any real month, small enough to stay an exact number when summed. */
export const maxCount = 1_000_000_000;

export const ReportMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM (no day, no time)');

/** How a next contact was agreed (features/aftercare/followUps.ts uses this very list). */
export const followUpWayKeys = ['call', 'message', 'visit'] as const;

/**
 * A course module by its slug (content/guides/course-NN-topic): any other slug, such as a name
 * typed in by hand, "rosa-quispe", is refused even though it looks like an id.
 */
const ModuleKey = z.string().regex(/^course-\d{2}-[a-z0-9-]+$/, 'must be a course module, course-NN-topic');

const CrisisTypeKey = z.enum(crisisTypes);
const ServiceTypeKey = z.enum(serviceTypes);

/**
 * Runs and danger branches by situation, referrals by kind of service: the packs' own fixed words.
 * Follow-ups by way (call, message, visit) and modules by their course slug: never text, never a
 * slug that is not one of these, so a hand-edited file cannot carry a name.
 */
const keyOf: Record<ReportMeasure, z.ZodType<string>> = {
  'crisis-run': CrisisTypeKey,
  'danger-branch': CrisisTypeKey,
  'referral-offered': ServiceTypeKey,
  'follow-up-agreed': z.enum(followUpWayKeys),
  'module-done': ModuleKey,
};

export const ReportRowSchema = z
  .strictObject({
    month: ReportMonthSchema,
    measure: z.enum(reportMeasures),
    key: z.string(),
    count: z.int().min(1).max(maxCount),
  })
  .superRefine((row, context) => {
    const checked = keyOf[row.measure].safeParse(row.key);
    if (!checked.success) context.addIssue({ code: 'custom', path: ['key'], message: `"${row.key}" is not a key of ${row.measure}` });
  });
export type ReportRow = z.infer<typeof ReportRowSchema>;

const rowId = (row: Pick<ReportRow, 'month' | 'measure' | 'key'>) => `${row.month},${row.measure},${row.key}`;

/** A report: rows with no repeated (month, measure, key). The same shape is kept in the vault. */
export const ActivityReportSchema = z.array(ReportRowSchema).superRefine((rows, context) => {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const id = rowId(row);
    if (seen.has(id)) context.addIssue({ code: 'custom', path: [index], message: `${id} appears twice` });
    seen.add(id);
  });
});
export type ActivityReport = z.infer<typeof ActivityReportSchema>;

function compareRows(a: ReportRow, b: ReportRow): number {
  return (
    a.month.localeCompare(b.month) || reportMeasures.indexOf(a.measure) - reportMeasures.indexOf(b.measure) || a.key.localeCompare(b.key)
  );
}

/** Adds counts together, cell by cell; the result is sorted by month, measure and key. */
export function sumReports(reports: readonly (readonly ReportRow[])[]): ActivityReport {
  const sums = new Map<string, ReportRow>();
  for (const rows of reports) {
    for (const row of rows) {
      const id = rowId(row);
      const before = sums.get(id);
      const count = (before?.count ?? 0) + row.count;
      if (count > maxCount) throw new RangeError(`${id} adds up to more than ${maxCount}`);
      sums.set(id, { month: row.month, measure: row.measure, key: row.key, count });
    }
  }
  return [...sums.values()].sort(compareRows);
}

/** One more event: the report with this cell's count raised by one. */
export function withCounted(report: readonly ReportRow[], event: { month: string; measure: ReportMeasure; key: string }): ActivityReport {
  return sumReports([report, [ReportRowSchema.parse({ ...event, count: 1 })]]);
}

/** The totals over every month, one per measure and key, for the report screen's last table. */
export function totalsOf(report: readonly ReportRow[]): { measure: ReportMeasure; key: string; count: number }[] {
  return sumReports([report.map((row) => ({ ...row, month: '0000-01' }))]).map(({ measure, key, count }) => ({ measure, key, count }));
}

export function monthsOf(report: readonly ReportRow[]): string[] {
  return [...new Set(report.map((row) => row.month))].sort();
}

/** The report as its CSV file. Every cell is a month, a fixed word, a slug or a number: nothing needs quoting. */
export function formatReportCsv(report: readonly ReportRow[]): string {
  const rows = [...report].sort(compareRows).map((row) => `${row.month},${row.measure},${row.key},${row.count}`);
  return [`${reportFormatName},${reportFormatVersion}`, reportColumns.join(','), ...rows].join('\n') + '\n';
}

export type ParsedReport = { ok: true; report: ActivityReport } | { ok: false; problem: string };

/**
 * Reads a report file, or says in one line why it is not one. Tolerates what spreadsheets and
 * phones add (a byte-order mark, Windows line ends, a last empty line); refuses everything else,
 * so a file summed with others is exactly what the app wrote.
 */
export function parseReportCsv(text: string): ParsedReport {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const [first, columns, ...body] = lines;
  if (first === undefined || first.trim() === '') return { ok: false, problem: 'the file is empty, not a Compañera activity report' };
  const [name, version, ...extra] = first.split(',');
  if (name !== reportFormatName || extra.length > 0)
    return { ok: false, problem: `line 1 is not "${reportFormatName},${reportFormatVersion}": this is not a Compañera activity report` };
  if (version !== String(reportFormatVersion))
    return { ok: false, problem: `line 1: format version "${version ?? ''}" is not one this version reads (${reportFormatVersion})` };
  if (columns !== reportColumns.join(',')) return { ok: false, problem: `line 2 must be the column names "${reportColumns.join(',')}"` };
  const rows: ReportRow[] = [];
  for (const [index, line] of body.entries()) {
    const lineNumber = index + 3;
    const cells = line.split(',');
    if (cells.length !== reportColumns.length)
      return { ok: false, problem: `line ${lineNumber}: expected ${reportColumns.length} cells, found ${cells.length}` };
    const [month = '', measure = '', key = '', count = ''] = cells;
    if (!/^\d{1,10}$/.test(count)) return { ok: false, problem: `line ${lineNumber}: count "${count}" is not a whole number` };
    const parsed = ReportRowSchema.safeParse({ month, measure, key, count: Number(count) });
    if (!parsed.success) return { ok: false, problem: `line ${lineNumber}: ${firstIssue(parsed.error)}` };
    rows.push(parsed.data);
  }
  const whole = ActivityReportSchema.safeParse(rows);
  if (!whole.success) return { ok: false, problem: firstIssue(whole.error) };
  return { ok: true, report: whole.data };
}

/** One plain line for a person: the first thing wrong, named by its column. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'not a valid report';
  const where = issue.path.filter((part) => typeof part === 'string').join('.');
  return where ? `${where} ${issue.message}` : issue.message;
}
