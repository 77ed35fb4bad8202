import { resolve } from 'node:path';
import { runLighthouse, type LighthouseFigures } from '../../scripts/lib/lighthouse.ts';
import { startStaticServer } from '../../scripts/lib/staticServer.ts';

export const name = 'Lighthouse mobile, home screen, first visit (targets: performance at least 0.98, TBT under 100 ms, LCP at most 1.5 s)';

const distDir = resolve(import.meta.dirname, '../..', process.env.COMPANERA_DIST ?? 'dist');
const runs = Number(process.env.COMPANERA_LIGHTHOUSE_RUNS ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function describe(label: string, samples: LighthouseFigures[]): string {
  const of = (pick: (figures: LighthouseFigures) => number) => median(samples.map(pick));
  const scores = samples.map((sample) => sample.scores.performance.toFixed(2)).join(', ');
  return (
    `${label}: performance ${of((sample) => sample.scores.performance).toFixed(2)} (runs: ${scores}), ` +
    `FCP ${Math.round(of((sample) => sample.metrics.fcpMs))} ms, LCP ${Math.round(of((sample) => sample.metrics.lcpMs))} ms, ` +
    `TBT ${Math.round(of((sample) => sample.metrics.tbtMs))} ms`
  );
}

/*
 * Each run is a new browser profile, so a first visit: the service worker installs and the whole
 * built-in release syncs while Lighthouse watches. The same build runs both ways, taking turns so
 * a busy machine weighs on both alike: the content sync in its worker (as shipped), and on the main
 * thread (`?sync=main-thread`, src/sync/syncClient.ts), to show what the worker gains.
 */
export async function run(): Promise<string[]> {
  const server = await startStaticServer(distDir);
  try {
    const inWorker: LighthouseFigures[] = [];
    const onMainThread: LighthouseFigures[] = [];
    for (let index = 0; index < runs; index++) {
      inWorker.push(await runLighthouse(`${server.origin}/`));
      onMainThread.push(await runLighthouse(`${server.origin}/?sync=main-thread`));
    }
    return [
      `medians of ${runs} runs each (simulated slow 4G, 4x CPU slowdown)`,
      describe('sync in a worker (as shipped)', inWorker),
      describe('sync on the main thread', onMainThread),
    ];
  } finally {
    await server.close();
  }
}
