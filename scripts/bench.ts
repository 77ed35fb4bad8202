// `npm run bench`: every benchmark in tests/bench/*.bench.ts, in turn, printing figures.
// Benchmarks measure; they never pass or fail on speed (the test suite checks behaviour and bytes).
// Each module exports `name` and `run(): Promise<string[]>` (the lines to print). Run after a build.
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type Benchmark = { name: string; run: () => Promise<string[]> };

const benchDir = resolve(import.meta.dirname, '../tests/bench');
const only = process.argv[2];
const files = (await readdir(benchDir)).filter((file) => file.endsWith('.bench.ts') && (!only || file.includes(only))).sort();
let failures = 0;
for (const file of files) {
  const benchmark = (await import(pathToFileURL(resolve(benchDir, file)).href)) as Benchmark;
  console.log(`\n${benchmark.name}`);
  try {
    for (const line of await benchmark.run()) console.log(`  ${line}`);
  } catch (error) {
    failures++;
    console.log(`  could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failures > 0 ? 1 : 0;
