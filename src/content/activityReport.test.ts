import { describe, expect, it } from 'vitest';
import { formatReportCsv, parseReportCsv, sumReports, totalsOf, withCounted, type ActivityReport } from './activityReport';

const november: ActivityReport = [
  { month: '2026-11', measure: 'crisis-run', key: 'suicide', count: 2 },
  { month: '2026-11', measure: 'danger-branch', key: 'suicide', count: 1 },
  { month: '2026-11', measure: 'referral-offered', key: 'crisis-line', count: 2 },
];

const problemOf = (text: string) => {
  const parsed = parseReportCsv(text);
  if (parsed.ok) throw new Error('should have been refused');
  return parsed.problem;
};

describe('the activity report file', () => {
  it('starts with the line that names the format and its version, then the columns, and reads back the same', () => {
    const csv = formatReportCsv(november);
    expect(csv.split('\n').slice(0, 3)).toEqual(['compañera-activity-report,1', 'month,measure,key,count', '2026-11,crisis-run,suicide,2']);
    expect(parseReportCsv(csv)).toEqual({ ok: true, report: november });
  });

  it('reads what a spreadsheet adds: a byte-order mark and Windows line ends', () => {
    const csv = `\uFEFF${formatReportCsv(november).replaceAll('\n', '\r\n')}`;
    expect(parseReportCsv(csv)).toEqual({ ok: true, report: november });
  });

  it('refuses a file that is not a report, with one line saying why', () => {
    expect(problemOf('')).toMatch(/empty/);
    expect(problemOf('name,phone\nAna,555\n')).toBe('line 1 is not "compañera-activity-report,1": this is not a Compañera activity report');
    expect(problemOf('compañera-activity-report,2\nmonth,measure,key,count\n')).toMatch(/format version "2"/);
    expect(problemOf('compañera-activity-report,1\nmonth,key,count\n')).toMatch(/^line 2 must be the column names/);
  });

  it('refuses a day, free text, an unknown measure, a bad count or a repeated row, naming the line', () => {
    const head = 'compañera-activity-report,1\nmonth,measure,key,count\n';
    expect(problemOf(`${head}2026-11-03,crisis-run,suicide,1\n`)).toMatch(/^line 3: month must be a month written YYYY-MM/);
    expect(problemOf(`${head}2026-11,crisis-run,She said she was scared,1\n`)).toMatch(
      /^line 3: key "She said she was scared" is not a key of crisis-run/,
    );
    expect(problemOf(`${head}2026-11,follow-up-agreed,Ana Gómez,1\n`)).toMatch(/^line 3: key /);
    expect(problemOf(`${head}2026-11,where-she-lives,centro,1\n`)).toMatch(/^line 3: measure/);
    // A name typed in by hand as a key, though it looks like a slug.
    expect(problemOf(`${head}2026-11,follow-up-agreed,rosa,1\n`)).toMatch(/^line 3: key "rosa" is not a key of follow-up-agreed/);
    expect(problemOf(`${head}2026-11,module-done,rosa-quispe,1\n`)).toMatch(/^line 3: key "rosa-quispe" is not a key of module-done/);
    expect(parseReportCsv(`${head}2026-11,follow-up-agreed,message,1\n2026-11,module-done,course-02-oars,1\n`).ok).toBe(true);
    expect(problemOf(`${head}2026-11,crisis-run,suicide,-1\n`)).toMatch(/^line 3: count "-1" is not a whole number/);
    expect(problemOf(`${head}2026-11,crisis-run,suicide,0\n`)).toMatch(/^line 3: count/);
    expect(problemOf(`${head}2026-11,crisis-run,suicide,1,Lima\n`)).toBe('line 3: expected 4 cells, found 5');
    expect(problemOf(`${head}2026-11,crisis-run,suicide,1\n2026-11,crisis-run,suicide,1\n`)).toMatch(/appears twice/);
  });

  it('sums reports cell by cell, so a sum can be summed again', () => {
    const december: ActivityReport = [
      { month: '2026-11', measure: 'crisis-run', key: 'suicide', count: 1 },
      { month: '2026-12', measure: 'crisis-run', key: 'panic', count: 4 },
    ];
    const total = sumReports([november, december]);
    expect(total).toContainEqual({ month: '2026-11', measure: 'crisis-run', key: 'suicide', count: 3 });
    expect(total).toContainEqual({ month: '2026-12', measure: 'crisis-run', key: 'panic', count: 4 });
    expect(sumReports([total, november]).find((row) => row.key === 'suicide' && row.measure === 'crisis-run')?.count).toBe(5);
    expect(totalsOf(total)).toContainEqual({ measure: 'crisis-run', key: 'suicide', count: 3 });
  });

  it('counts one more event, and refuses to count one the report may not hold', () => {
    const counted = withCounted(november, { month: '2026-11', measure: 'crisis-run', key: 'suicide' });
    expect(counted.find((row) => row.measure === 'crisis-run')?.count).toBe(3);
    expect(() => withCounted([], { month: '2026-11', measure: 'module-done', key: 'Notes about Ana' })).toThrow();
  });
});
