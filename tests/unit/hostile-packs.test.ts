import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parsePublicKeyFile } from '../../src/content/crypto';
import { packProblemCodes, verifyRelease, type PackProblem, type ReleaseLoader } from '../../src/content/verify';
import { runCli } from '../../scripts/packs/cliMain';

/*
 * The hostile-pack corpus (tests/fixtures/packs/cases, made by scripts/packs/make-hostile-fixtures.ts)
 * run through the app's verifier and through the packs CLI. Each case says which problem codes and
 * message fragments must come out; nothing else may.
 */

const root = path.resolve(import.meta.dirname, '../..');
const fixturesDir = path.join(root, 'tests/fixtures/packs');
const casesDir = path.join(fixturesDir, 'cases');
const publicKeyFile = path.join(fixturesDir, 'keys/test-public.key');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const cliFile = path.join(root, 'scripts/packs/cli.ts');
const run = promisify(execFile);

const CaseSchema = z.strictObject({
  description: z.string().min(1),
  expect: z.enum(['pass', 'fail']),
  problems: z.array(z.strictObject({ code: z.enum(packProblemCodes), packId: z.string().optional(), message: z.string().min(1) })),
  installed: z
    .strictObject({
      manifestVersion: z.int(),
      manifestSha256: z.string().optional(),
      packs: z.array(z.strictObject({ id: z.string(), version: z.int(), sha256: z.string() })).optional(),
    })
    .optional(),
  sourceId: z.string().optional(),
});
type Case = z.infer<typeof CaseSchema> & { name: string; directory: string };

const caseNames = (await readdir(casesDir)).sort();
const allCases: Case[] = await Promise.all(
  caseNames.map(async (name) => {
    const directory = path.join(casesDir, name);
    return { ...CaseSchema.parse(JSON.parse(await readFile(path.join(directory, 'case.json'), 'utf8'))), name, directory };
  }),
);
const trustedKey = parsePublicKeyFile(await readFile(publicKeyFile, 'utf8'));
if (!trustedKey) throw new Error('test public key unreadable');

/** A plain loader, independent of the CLI's: reads a file below the case, at most maxBytes. */
function caseLoader(directory: string): ReleaseLoader {
  return async (relative, maxBytes) => {
    const target = path.resolve(directory, relative);
    if (!target.startsWith(directory + path.sep)) return undefined;
    try {
      return new Uint8Array(await readFile(target)).slice(0, maxBytes);
    } catch {
      return undefined;
    }
  };
}

async function offeredPaths(directory: string): Promise<string[]> {
  return (await readdir(path.join(directory, 'packs')).catch(() => [])).map((name) => `packs/${name}`);
}

function expectProblems(testCase: Case, problems: readonly PackProblem[]): void {
  for (const expected of testCase.problems) {
    const found = problems.some(
      (actual) => actual.code === expected.code && actual.packId === expected.packId && actual.message.includes(expected.message),
    );
    expect(found, `${testCase.name}: expected ${JSON.stringify(expected)} in ${JSON.stringify(problems)}`).toBe(true);
  }
  const allowed = new Set(testCase.problems.map((expected) => expected.code));
  for (const actual of problems) expect(allowed.has(actual.code), `${testCase.name}: unexpected ${JSON.stringify(actual)}`).toBe(true);
}

function expectCliLines(testCase: Case, lines: readonly string[]): void {
  for (const expected of testCase.problems) {
    const prefix = `${expected.packId ?? 'manifest'}: `;
    const found = lines.some((line) => line.startsWith(prefix) && line.includes(expected.message) && line.endsWith(`[${expected.code}]`));
    expect(found, `${testCase.name}: expected a line "${prefix}...${expected.message}...[${expected.code}]" in\n${lines.join('\n')}`).toBe(
      true,
    );
  }
  const allowed = new Set(testCase.problems.map((expected) => expected.code));
  for (const line of lines) {
    const code = /\[([a-z0-9-]+)\]$/.exec(line)?.[1];
    expect(code !== undefined && allowed.has(code as never), `${testCase.name}: unexpected line ${line}`).toBe(true);
  }
}

const temporary = await mkdtemp(path.join(tmpdir(), 'hostile-packs-'));
afterAll(async () => {
  await rm(temporary, { recursive: true, force: true });
});

async function cliArguments(testCase: Case): Promise<string[]> {
  const args = ['verify', testCase.directory, '--public-key', publicKeyFile];
  if (testCase.installed) {
    const file = path.join(temporary, `${testCase.name}-installed.json`);
    await writeFile(file, JSON.stringify(testCase.installed));
    args.push('--installed', file);
  }
  if (testCase.sourceId !== undefined) args.push('--source-id', testCase.sourceId);
  return args;
}

describe('hostile pack corpus', () => {
  it('has at least 40 hostile cases and a few good ones, every code reachable', () => {
    expect(allCases.filter((testCase) => testCase.expect === 'fail').length).toBeGreaterThanOrEqual(40);
    expect(allCases.filter((testCase) => testCase.expect === 'pass').length).toBeGreaterThanOrEqual(3);
    for (const testCase of allCases) expect(testCase.expect === 'pass', testCase.name).toBe(testCase.problems.length === 0);
  });

  describe.each(allCases)('$name', (testCase) => {
    it(`app verifier: ${testCase.expect}`, async () => {
      const result = await verifyRelease(caseLoader(testCase.directory), [trustedKey], {
        now: new Date(),
        offeredPackPaths: await offeredPaths(testCase.directory),
        ...(testCase.installed ? { installed: testCase.installed } : {}),
        ...(testCase.sourceId === undefined ? {} : { sourceId: testCase.sourceId }),
      });
      if (testCase.expect === 'pass') {
        expect(result.ok, JSON.stringify(result)).toBe(true);
      } else {
        expect(result.ok).toBe(false);
        if (!result.ok) expectProblems(testCase, result.problems);
      }
    });

    it(`CLI verify (in process): ${testCase.expect}`, async () => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(await cliArguments(testCase), { out: (line) => out.push(line), err: (line) => err.push(line) });
      if (testCase.expect === 'pass') {
        expect(code, err.join('\n') + out.join('\n')).toBe(0);
        expect(out[0]).toMatch(/^OK: manifest version \d+/);
      } else {
        expect(code).toBe(1);
        expectCliLines(testCase, out);
      }
    });
  });

  it('the real CLI process gives the same answers, with no stack traces', async () => {
    const sample = ['good-full-release', 'signature-wrong-key', 'pack-rollback', 'pack-too-deep'];
    await Promise.all(
      sample.map(async (name) => {
        const testCase = allCases.find((candidate) => candidate.name === name);
        if (!testCase) throw new Error(`no case ${name}`);
        const args = [cliFile, ...(await cliArguments(testCase))];
        const result = await run(tsx, args, { cwd: root }).then(
          ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
          (error: unknown) => {
            const failed = error as { code: number; stdout: string; stderr: string };
            return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
          },
        );
        const lines = result.stdout.split('\n').filter((line) => line !== '');
        expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at |Error:/);
        if (testCase.expect === 'pass') {
          expect(result.code, result.stderr).toBe(0);
          expect(lines[0]).toMatch(/^OK:/);
        } else {
          expect(result.code).toBe(1);
          expectCliLines(testCase, lines);
        }
      }),
    );
  }, 30_000);

  it('the committed cases are exactly what the generator writes', async () => {
    const out = path.join(temporary, 'regenerated');
    await run(tsx, [path.join(root, 'scripts/packs/make-hostile-fixtures.ts'), out], { cwd: root });
    const regenerated = (await readdir(out)).sort();
    expect(regenerated).toEqual(caseNames);
    for (const name of caseNames) {
      const files = async (base: string) => {
        const listed = await readdir(path.join(base, name), { recursive: true, withFileTypes: true });
        return listed
          .filter((entry) => entry.isFile())
          .map((entry) => path.relative(path.join(base, name), path.join(entry.parentPath, entry.name)))
          .sort();
      };
      const committedFiles = await files(casesDir);
      expect(await files(out), name).toEqual(committedFiles);
      for (const file of committedFiles) {
        const [a, b] = await Promise.all([readFile(path.join(casesDir, name, file)), readFile(path.join(out, name, file))]);
        expect(a.equals(b), `${name}/${file} differs from the generator's output; run scripts/packs/make-hostile-fixtures.ts`).toBe(true);
      }
    }
  }, 30_000);
});
