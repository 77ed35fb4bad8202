import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cliMain';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'report-merge-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

const header = 'compañera-activity-report,1\nmonth,measure,key,count\n';

async function file(name: string, text: string): Promise<string> {
  const full = path.join(work, name);
  await writeFile(full, text);
  return full;
}

describe('packs report merge', () => {
  it('sums two Companions’ reports into one of the same format, which can be merged again', async () => {
    const ana = await file('ana.csv', `${header}2026-11,crisis-run,suicide,2\n2026-11,danger-branch,suicide,1\n`);
    const bea = await file('bea.csv', `${header}2026-11,crisis-run,suicide,3\n2026-12,follow-up-agreed,call,1\n`);
    const total = path.join(work, 'out', 'total.csv');
    const merged = await cli('report', 'merge', ana, bea, '--out', total);
    expect(merged.err).toEqual([]);
    expect(merged.code).toBe(0);
    expect(merged.out[0]).toContain('2 report(s) summed into 3 row(s)');
    expect(await readFile(total, 'utf8')).toBe(
      `${header}2026-11,crisis-run,suicide,5\n2026-11,danger-branch,suicide,1\n2026-12,follow-up-agreed,call,1\n`,
    );

    const again = await cli('report', 'merge', total, ana);
    expect(again.code).toBe(0);
    expect(again.out.join('\n')).toContain('2026-11,crisis-run,suicide,7');
  });

  it('rejects a file that is not a report with one line naming it and the problem, and writes nothing', async () => {
    const ana = await file('ana2.csv', `${header}2026-11,crisis-run,suicide,2\n`);
    const contacts = await file('contacts.csv', 'name,phone\nAna,555 1234\n');
    const withText = await file('words.csv', `${header}2026-11,crisis-run,she was scared,1\n`);
    const out = path.join(work, 'refused.csv');
    const refused = await cli('report', 'merge', ana, contacts, withText, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual([
      `${contacts}: line 1 is not "compañera-activity-report,1": this is not a Compañera activity report`,
      `${withText}: line 3: key "she was scared" is not a key of crisis-run`,
      '2 problem(s); nothing was written.',
    ]);
    expect(refused.out).toEqual([]);
    expect((await readdir(work)).filter((name) => name.startsWith('refused'))).toEqual([]);
  });

  it('says what it needs on a wrong command line', async () => {
    expect((await cli('report', 'sum', 'a.csv')).err[0]).toBe('error: report takes one action: merge');
    expect((await cli('report', 'merge')).err[0]).toBe('error: report merge needs at least one report file');
    const missing = await cli('report', 'merge', path.join(work, 'missing.csv'));
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/missing\.csv: cannot be read$/);
  });
});
