import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession } from 'playwright';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer.ts';
import { chromiumLaunchOptions } from '../chromium';
import { isServiceWorkerUpdateCheck } from '../e2e/support/offline';

export const name = 'Crisis support: offline cold start to the first script step, 4x CPU throttling (target: at most 1.0 s)';

const distDir = resolve(import.meta.dirname, '../..', process.env.COMPANERA_DIST ?? 'dist');
const runs = Number(process.env.COMPANERA_BENCH_RUNS ?? 7);
// A person reads the list before choosing: the second kind of run taps after this long.
const readingMs = 1_500;

/*
 * Everything is timed inside the page, by a script that runs before the app: a MutationObserver
 * notes when the list of situations, then the first step, are in the document, and the next
 * animation frame (when they are painted) is their time; the tap is timed from the browser's own
 * event timestamp. The driver talks to the page only through the DevTools protocol (no Playwright
 * locators, which would inject their own large script into the page while the app starts).
 * Some runs tap the moment the list works, so the tap lands on whatever work is still running (the
 * worst case once it works, and the figure for the target); some tap after a person's reading time;
 * some tap the moment the list is painted, before it works (see TapAt).
 * A plain string, not a function: the page must not depend on how this file is compiled.
 */
const pageTimer = `
  (() => {
    const marks = {};
    let resolvePainted, resolvePicker, resolveStep;
    const painted = new Promise((resolve) => { resolvePainted = resolve; });
    const picker = new Promise((resolve) => { resolvePicker = resolve; });
    const step = new Promise((resolve) => { resolveStep = resolve; });
    // Layout is read only in an animation frame, where the browser does it anyway: reading it on
    // every DOM change would force extra layouts and slow the app down.
    const whenPainted = (find, done) => {
      const frame = () => {
        const element = find();
        // Laid out and visible: a prerendered screen is hidden until its stylesheet is in (styles.css, data-styling).
        if (element && element.getBoundingClientRect().height > 0 && element.checkVisibility({ visibilityProperty: true })) done(element, performance.now());
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    };
    // A prerendered button works once React has taken it over (hydrated), which changes nothing in
    // the document: React's own property on the element says so, looked for once a frame.
    const isReact = (element) => Object.keys(element).some((key) => key.startsWith('__reactProps'));
    const check = () => {
      if (marks.danger === undefined && document.querySelector('.crisis-danger')) {
        marks.danger = -1;
        whenPainted(() => document.querySelector('.crisis-danger'), (_link, time) => { marks.danger = time; });
      }
      if (marks.picker === undefined && document.querySelector('.crisis-script')) {
        marks.picker = -1;
        whenPainted(() => document.querySelector('.crisis-script'), (first, time) => {
          marks.picker = time;
          const seen = first.getBoundingClientRect();
          resolvePainted({ time, danger: marks.danger, x: seen.left + seen.width / 2, y: seen.top + seen.height / 2, prerendered: document.getElementById('root').hasAttribute('data-prerendered') });
          whenPainted(() => { const first = document.querySelector('.crisis-script'); return first && isReact(first) ? first : undefined; }, (first, ready) => {
            const box = first.getBoundingClientRect();
            resolvePicker({ time, danger: marks.danger, interactive: ready, x: box.left + box.width / 2, y: box.top + box.height / 2, prerendered: document.getElementById('root').hasAttribute('data-prerendered') });
          });
        });
      }
      if (marks.tap !== undefined && marks.step === undefined && document.getElementById('crisis-step-text')) {
        marks.step = -1;
        whenPainted(() => document.getElementById('crisis-step-text'), (_text, time) => {
          marks.step = time;
          resolveStep({ tap: marks.tap, step: time });
        });
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
    // On the window, first: public/boot.js holds a tap made before the list works, at the window.
    window.addEventListener('click', (event) => { if (marks.tap === undefined) marks.tap = event.timeStamp; }, true);
    Object.defineProperty(window, '__crisisBench', { value: { painted, picker, step } });
  })();
`;

/*
 * For the figure without prerendering, in the same run: the build's templates are taken out of the
 * document as the parser adds them, before public/boot.js (which runs after them) could use one,
 * so the app starts from an empty #root as it did before prerendering.
 */
const withoutPrerender = `
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeName === 'TEMPLATE') node.remove();
  }).observe(document, { childList: true, subtree: true });
`;

async function launch(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    ...chromiumLaunchOptions(),
    locale: 'en',
    serviceWorkers: 'allow',
    viewport: { width: 360, height: 640 },
  });
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

/** Evaluates an expression in the page through the protocol, awaiting the promise it gives. */
async function inPage<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
    timeout: 30_000,
  });
  if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}

// Waits (in the page, cheaply) for the timer script, which runs when the new document starts.
const benchReady = `new Promise((resolve) => { const wait = () => (window.__crisisBench ? resolve() : setTimeout(wait, 5)); wait(); })`;

type Sample = {
  firstPaint: number;
  toDanger: number;
  toPicker: number;
  toInteractive: number;
  tapToStep: number;
  /** From the navigation to the first step painted. */
  toStep: number;
  wasPrerendered: boolean;
  requestsToServer: number;
  isFromServiceWorker: boolean;
};

/**
 * When the run taps: the moment the list works (React has taken the prerender over), after a
 * person's reading time, or the moment the list is painted, before it works (boot.js holds the
 * tap and gives it to the situation once it does: what someone who taps as soon as she sees it meets).
 */
type TapAt = { when: 'interactive'; waitMs: number } | { when: 'painted' };

async function coldStart(profileDir: string, server: StaticServer, tapAt: TapAt, isPrerendered = true): Promise<Sample> {
  const context = await launch(profileDir);
  const requestsBefore = server.requestLog.length;
  try {
    await context.setOffline(true);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript({ content: pageTimer });
    if (!isPrerendered) await page.addInitScript({ content: withoutPrerender });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${server.origin}/crisis`, { waitUntil: 'commit' });
    await inPage(cdp, benchReady);
    type Seen = { time: number; danger: number; interactive?: number; x: number; y: number; prerendered: boolean };
    // Tapped once painted, the list is gone before it could be seen working: only the paint is awaited.
    const picker = await inPage<Seen>(cdp, tapAt.when === 'painted' ? 'window.__crisisBench.painted' : 'window.__crisisBench.picker');
    if (tapAt.when === 'interactive' && tapAt.waitMs > 0)
      await inPage(cdp, `new Promise((resolve) => setTimeout(resolve, ${tapAt.waitMs}))`);
    // A tap on the first situation.
    for (const type of ['mousePressed', 'mouseReleased'] as const) {
      await cdp.send('Input.dispatchMouseEvent', { type, x: picker.x, y: picker.y, button: 'left', clickCount: 1 });
    }
    const step = await inPage<{ tap: number; step: number }>(cdp, 'window.__crisisBench.step');
    const facts = await inPage<{ firstPaint: number; isFromServiceWorker: boolean }>(
      cdp,
      `({ firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, isFromServiceWorker: navigator.serviceWorker.controller !== null })`,
    );
    // Offline means the server saw nothing from the page (the browser's own check for a new
    // service worker gets through Chromium's offline emulation; in airplane mode it would fail).
    const requestsToServer = server.requestLog.slice(requestsBefore).filter((request) => !isServiceWorkerUpdateCheck(request)).length;
    return {
      firstPaint: facts.firstPaint,
      toDanger: picker.danger,
      toPicker: picker.time,
      toInteractive: picker.interactive ?? NaN,
      wasPrerendered: picker.prerendered,
      tapToStep: step.step - step.tap,
      toStep: step.step,
      requestsToServer,
      isFromServiceWorker: facts.isFromServiceWorker,
    };
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
    // The two kinds of run take turns, so a busy machine weighs on both alike.
    const atOnce: Sample[] = [];
    const afterReading: Sample[] = [];
    const onSight: Sample[] = [];
    const unprerendered: Sample[] = [];
    for (let index = 0; index < runs; index++) {
      atOnce.push(await coldStart(profileDir, server, { when: 'interactive', waitMs: 0 }));
      afterReading.push(await coldStart(profileDir, server, { when: 'interactive', waitMs: readingMs }));
      onSight.push(await coldStart(profileDir, server, { when: 'painted' }));
      unprerendered.push(await coldStart(profileDir, server, { when: 'interactive', waitMs: 0 }, false));
    }
    if (
      [...atOnce, ...afterReading, ...onSight, ...unprerendered].some(
        (sample) => sample.requestsToServer > 0 || !sample.isFromServiceWorker,
      )
    ) {
      throw new Error('a cold start reached the server or was not served by the service worker, so its figure would not mean anything');
    }
    if (
      [...atOnce, ...afterReading, ...onSight].some((sample) => !sample.wasPrerendered) ||
      unprerendered.some((sample) => sample.wasPrerendered)
    ) {
      throw new Error('a run meant to start from the prerendered list did not, or the other way round');
    }
    const format = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const medianOf = (samples: Sample[], pick: (sample: Sample) => number) => format(median(samples.map(pick)));
    const totals = atOnce.map((sample) => sample.toInteractive + sample.tapToStep);
    const before = unprerendered.map((sample) => sample.toInteractive + sample.tapToStep);
    const prerendered = [...atOnce, ...afterReading];
    return [
      `medians of ${runs} + ${runs} + ${runs} cold starts from the prerendered list, and ${runs} without it (its templates removed): offline, browser restarted each time, service worker installed, 4x CPU slowdown, 360x640`,
      `first contentful paint: ${medianOf(prerendered, (sample) => sample.firstPaint)} (without prerender ${medianOf(unprerendered, (sample) => sample.firstPaint)})`,
      `danger link painted: ${medianOf(prerendered, (sample) => sample.toDanger)} (target at most 0.6 s; without prerender ${medianOf(unprerendered, (sample) => sample.toDanger)})`,
      `navigation to the situations listed: ${medianOf(prerendered, (sample) => sample.toPicker)} (without prerender ${medianOf(unprerendered, (sample) => sample.toPicker)})`,
      `situations interactive (hydrated): ${medianOf(prerendered, (sample) => sample.toInteractive)} (without prerender ${medianOf(unprerendered, (sample) => sample.toInteractive)})`,
      `tap the moment the list works, to the first step (the safety check) painted: ${medianOf(atOnce, (sample) => sample.tapToStep)} (without prerender ${medianOf(unprerendered, (sample) => sample.tapToStep)})`,
      `tap after ${format(readingMs)} of reading, to the first step painted: ${medianOf(afterReading, (sample) => sample.tapToStep)}`,
      `total to the first script step, tapping at once (list working + step): ${format(median(totals))} (target at most 1.0 s; without prerender ${format(median(before))})`,
      `every run tapping at once, total: ${totals.map(format).join(', ')}; without prerender: ${before.map(format).join(', ')}`,
      `tap the moment the list is painted, before it works (boot.js holds the tap), to the first step painted: ${medianOf(onSight, (sample) => sample.toStep)} from the navigation (runs: ${onSight.map((sample) => format(sample.toStep)).join(', ')})`,
    ];
  } finally {
    await server.close();
    await rm(profileDir, { recursive: true, force: true });
  }
}
