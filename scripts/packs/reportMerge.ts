import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatReportCsv, parseReportCsv, sumReports, type ActivityReport } from '../../src/content/activityReport.ts';
import { writeFileAtomic } from './files.ts';

/*
 * `report merge`: an organisation sums the activity reports its Companions sent into one table,
 * in the same format, so merged files can be merged again. The app's own schema reads every file
 * (src/content/activityReport.ts): a file that is not a report is named with its problem, and
 * nothing is written, so a total never silently leaves a Companion out.
 */

export type MergeResult = { ok: true; csv: string; report: ActivityReport } | { ok: false; problems: string[] };

export async function mergeReportFiles(files: readonly string[]): Promise<MergeResult> {
  const problems: string[] = [];
  const reports: ActivityReport[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
    } catch (error) {
      problems.push(`${file}: ${error instanceof TypeError ? 'not UTF-8 text, so not a Compañera activity report' : 'cannot be read'}`);
      continue;
    }
    const parsed = parseReportCsv(text);
    if (parsed.ok) reports.push(parsed.report);
    else problems.push(`${file}: ${parsed.problem}`);
  }
  if (problems.length > 0) return { ok: false, problems };
  try {
    const report = sumReports(reports);
    return { ok: true, csv: formatReportCsv(report), report };
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
}

/** Writes the total to `outFile` in one step (a temporary file renamed), or prints it when there is none. */
export async function writeMerged(csv: string, outFile: string | undefined, out: (line: string) => void): Promise<void> {
  if (outFile === undefined) {
    out(csv.trimEnd());
    return;
  }
  await mkdir(path.dirname(path.resolve(outFile)), { recursive: true });
  await writeFileAtomic(outFile, csv);
}
