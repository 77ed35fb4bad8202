import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../tests/chromium.ts';

export const firstLoadBudgetBytes = 135 * 1024;
export const precacheBudgetBytes = 400 * 1024;

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
 * The JS and CSS a first visit to the home route really loads before the home screen is up:
 * measured by opening the page in Chromium and recording what it fetched until the load event has
 * fired and the home heading is visible, so lazy chunks the first paint needs are counted. Work the
 * app defers until after load (content sync) is not part of the first load; it is in the precache.
 */
export async function measureFirstLoad(origin: string, distDir: string): Promise<SizeReport> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ locale: 'es-419', serviceWorkers: 'block' });
    const page = await context.newPage();
    const loaded = new Set<string>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === origin && /\.(js|css)$/.test(url.pathname)) loaded.add(url.pathname.slice(1));
    });
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.getByRole('heading', { level: 1 }).waitFor();
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
