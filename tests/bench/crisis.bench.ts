import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright';
import { startStaticServer } from '../../scripts/lib/staticServer.ts';
import { chromiumLaunchOptions } from '../chromium';

export const name = 'Crisis support: offline cold start to the first script step, 4x CPU throttling (target: at most 1.0 s)';

const distDir = resolve(import.meta.dirname, '../..', process.env.COMPANERA_DIST ?? 'dist');
const runs = 5;

async function launch(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, { ...chromiumLaunchOptions(), locale: 'en', serviceWorkers: 'allow', viewport: { width: 360, height: 640 } });
}

/** First visit, online: the service worker installs, the built-in packs sync, Peru is chosen. */
async function prepare(context: BrowserContext, origin: string): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${origin}/crisis`);
  await page.getByRole('heading', { level: 1, name: 'Which country are you in?' }).waitFor({ timeout: 60_000 });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.getByRole('button', { name: 'Peru', exact: true }).click();
  await page.locator('.crisis-script').nth(6).waitFor({ timeout: 60_000 });
}

/** Milliseconds from navigation start until a selector is on screen, measured inside the page each frame. */
async function msUntilVisible(page: Page, selector: string): Promise<number> {
  const handle = await page.waitForFunction(
    (wanted) => {
      const element = document.querySelector(wanted);
      return element !== null && element.getBoundingClientRect().height > 0 ? performance.now() : false;
    },
    selector,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

type Sample = { toPicker: number; tapToStep: number };

async function coldStart(profileDir: string, origin: string): Promise<Sample> {
  const context = await launch(profileDir);
  try {
    await context.setOffline(true);
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${origin}/crisis`, { waitUntil: 'commit' });
    const toPicker = await msUntilVisible(page, '.crisis-script');
    const beforeTap = await page.evaluate(() => performance.now());
    await page.locator('.crisis-script').first().click();
    const stepVisible = await msUntilVisible(page, '#crisis-step-text');
    return { toPicker, tapToStep: stepVisible - beforeTap };
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export async function run(): Promise<string[]> {
  // One server for every restart: the origin (and so the service worker and storage) must stay the same.
  const server = await startStaticServer(distDir);
  const profileDir = await mkdtemp(join(tmpdir(), 'companera-crisis-bench-'));
  try {
    const first = await launch(profileDir);
    try {
      await prepare(first, server.origin);
    } finally {
      await first.close();
    }
    const samples: Sample[] = [];
    for (let index = 0; index < runs; index++) samples.push(await coldStart(profileDir, server.origin));
    const toPicker = median(samples.map((sample) => sample.toPicker));
    const tapToStep = median(samples.map((sample) => sample.tapToStep));
    const format = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    return [
      `median of ${runs} cold starts, offline, browser restarted each time, service worker installed`,
      `navigation to crisis screen ready (situations listed): ${format(toPicker)}`,
      `tap on a situation to its first step (the safety check) visible: ${format(tapToStep)}`,
      `total to the first script step: ${format(toPicker + tapToStep)} (target at most 1.0 s)`,
      `all runs, total: ${samples.map((sample) => format(sample.toPicker + sample.tapToStep)).join(', ')}`,
    ];
  } finally {
    await server.close();
    await rm(profileDir, { recursive: true, force: true });
  }
}
