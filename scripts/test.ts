// `npm test`: every suite, in order, against the production build, ending with one line
// "N passed, N failed" that adds them all up (CI reads that line). Exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromiumInstallHelp, findChromium } from '../tests/chromium.ts';

const root = resolve(import.meta.dirname, '..');
const reports = resolve(root, '.reports');
const bin = (name: string) => resolve(root, 'node_modules/.bin', name);

type Tally = { passed: number; failed: number; skipped: number };
type Step = { name: string; tally: Tally };

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolveExit) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolveExit(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolveExit(127));
  });
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A step that is one check: it passes or fails as a whole (typecheck, lint, build). */
async function check(name: string, command: string, args: string[], env?: Record<string, string>): Promise<Step> {
  const exitCode = await run(command, args, env);
  return { name, tally: { passed: exitCode === 0 ? 1 : 0, failed: exitCode === 0 ? 0 : 1, skipped: 0 } };
}

async function vitestSuite(name: string, config: string): Promise<Step> {
  const output = resolve(reports, `${name}.json`);
  const exitCode = await run(bin('vitest'), ['run', '-c', config, '--reporter=default', '--reporter=json', `--outputFile=${output}`]);
  const report = (await readJson(output)) as
    { numPassedTests?: number; numFailedTests?: number; numPendingTests?: number; numTodoTests?: number } | undefined;
  const passed = report?.numPassedTests ?? 0;
  let failed = report?.numFailedTests ?? 0;
  // A crash before any test ran (a config error, a suite that failed to import) still counts as a failure.
  if (exitCode !== 0 && failed === 0) failed = 1;
  return { name, tally: { passed, failed, skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0) } };
}

async function playwrightSuite(): Promise<Step> {
  const output = resolve(reports, 'e2e.json');
  const exitCode = await run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: output });
  const report = (await readJson(output)) as
    { stats?: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined;
  const stats = report?.stats;
  let failed = (stats?.unexpected ?? 0) + (stats?.flaky ?? 0);
  if (exitCode !== 0 && failed === 0) failed = 1;
  return { name: 'end-to-end', tally: { passed: stats?.expected ?? 0, failed, skipped: stats?.skipped ?? 0 } };
}

/** The Firefox smoke journey (tests/firefox/smoke.ts): its own counts; a missing Firefox is a failure, with how to get it. */
async function firefoxSuite(): Promise<Step> {
  const output = resolve(reports, 'firefox.json');
  const exitCode = await run(bin('tsx'), ['tests/firefox/smoke.ts', output]);
  const report = (await readJson(output)) as { passed?: number; failed?: number } | undefined;
  const passed = report?.passed ?? 0;
  let failed = report?.failed ?? 0;
  if (exitCode !== 0 && failed === 0) failed = 1;
  return { name: 'firefox (smoke journey)', tally: { passed, failed, skipped: 0 } };
}

async function main(): Promise<number> {
  const chromium = findChromium();
  if (!chromium) {
    console.error(chromiumInstallHelp);
    console.log('0 passed, 1 failed');
    return 1;
  }
  await rm(reports, { recursive: true, force: true });
  await mkdir(reports, { recursive: true });

  const steps: Step[] = [];
  steps.push(await check('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']));
  steps.push(await check('lint', bin('eslint'), ['.', '--max-warnings=0']));
  steps.push(await check('format', bin('prettier'), ['--check', '**/*.{ts,tsx,js,css}']));
  steps.push(await vitestSuite('unit', 'vitest.config.ts'));
  steps.push(await vitestSuite('browser', 'vitest.browser.config.ts'));
  steps.push(await check('build', bin('vite'), ['build']));
  // A second, different build: the end-to-end suite serves it to an open app to test the update prompt.
  steps.push(await check('build (next version)', bin('vite'), ['build'], { COMPANERA_BUILD_ID: 'next', COMPANERA_OUT_DIR: 'dist-next' }));
  const builtBoth = steps.slice(-2).every((step) => step.tally.failed === 0);
  if (builtBoth) steps.push(await playwrightSuite(), await firefoxSuite());
  else steps.push({ name: 'end-to-end (not run: the build failed)', tally: { passed: 0, failed: 1, skipped: 0 } });

  console.log('\nSummary');
  for (const { name, tally } of steps) {
    console.log(`  ${name.padEnd(40)} ${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
  }
  const total = steps.reduce(
    (sum, { tally }) => ({ passed: sum.passed + tally.passed, failed: sum.failed + tally.failed, skipped: sum.skipped + tally.skipped }),
    {
      passed: 0,
      failed: 0,
      skipped: 0,
    },
  );
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  return total.failed === 0 ? 0 : 1;
}

process.exitCode = await main();
