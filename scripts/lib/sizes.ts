import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../tests/chromium.ts';

export const firstLoadBudgetBytes = 135 * 1024;
// The content sync's worker is built on its own, so it carries its own Dexie and zod (about 69 KiB):
// the price of a main thread that stays free while a first visit installs every pack. It is fetched
// once, in the background, after the first screen; the first load above does not include it.
// The safety plan and the after-the-crisis screens (follow-ups, reminders, debriefs) added about
// 30 KiB with their strings in three languages. Like every screen they must work offline after one
// visit, so they are precached, and the budget grew with them (the first load did not).
// The organisations' tools (group sessions, feedback forms, the activity report, pocket cards) and
// the course's parts (worked example, practice, scenario, role-play, summary) added about 53 KiB,
// again with three languages of strings each, and again outside the first load.
// The static emergency pages (three languages and their stylesheet, about 12 KiB) and the
// prerendered first screens in index.html with boot.js (about 8 KiB) are what a person must have
// with no signal and before any code runs: about 20 KiB more, and the budget grew by 15 KiB.
export const precacheBudgetBytes = 535 * 1024;

export type SizedFile = { path: string; gzipBytes: number };
export type SizeReport = { total: number; files: SizedFile[] };

async function gzipSizeOf(distDir: string, path: string): Promise<number> {
  return gzipSync(await readFile(join(distDir, path)), { level: 9 }).length;
}

async function sizeFiles(distDir: string, paths: string[]): Promise<SizeReport> {
  const files = await Promise.all(paths.map(async (path) => ({ path, gzipBytes: await gzipSizeOf(distDir, path) })));
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { total: files.reduce((sum, file) => sum + file.gzipBytes, 0), files };
}

/**
 * The JS and CSS a first visit to the home route really loads to show the home screen: measured
 * by opening the page in Chromium and listing every JS and CSS file requested before the load
 * event (the home heading must be visible by then). Work the app starts after load, when the
 * browser is idle (content sync: Dexie, zod, the verifier), is not first load; it is in the precache.
 */
export async function measureFirstLoad(origin: string, distDir: string): Promise<SizeReport> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ locale: 'es-419', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Resource Timing, not a response listener: what was requested before the load event, exactly,
    // however soon after it the background work (content sync) starts.
    const requested = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const loadAt = navigation?.loadEventStart ?? Number.POSITIVE_INFINITY;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= loadAt)
        .map((entry) => entry.name);
    });
    const loaded = new Set(
      requested
        .map((url) => new URL(url))
        .filter((url) => url.origin === origin && /\.(js|css)$/.test(url.pathname))
        .map((url) => url.pathname.slice(1)),
    );
    return await sizeFiles(distDir, [...loaded]);
  } finally {
    await browser.close();
  }
}

/** Every file the service worker precaches, read from the manifest workbox wrote into sw.js. */
export async function measurePrecache(distDir: string): Promise<SizeReport> {
  const serviceWorker = await readFile(join(distDir, 'sw.js'), 'utf8');
  const paths = [...serviceWorker.matchAll(/url:"([^"]+)"/g)].map((match) => (match[1] ?? '').replace(/^\//, ''));
  if (paths.length === 0) throw new Error('No precache list found in sw.js');
  return sizeFiles(distDir, paths);
}

export function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
