import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { isServiceWorkerUpdateCheck, waitForQuietServer } from './support/offline';
import { installCrisisThenGoOffline } from './support/crisisOffline';
import { defaultScript, scriptSlugs, type UiLanguage } from './pages/CrisisPage';

/*
 * Crisis support opened cold (issue #5's benchmark is tests/bench/crisis.bench.ts): the order in
 * which things happen, offline, and what a damaged script in the database does.
 */

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const localesDir = join(import.meta.dirname, '../../locales');
const brokenNotice = (language: UiLanguage) =>
  (JSON.parse(readFileSync(join(localesDir, language, 'crisis.json'), 'utf8')) as { picker: { brokenScript: string } }).picker.brokenScript;

/** When the list of situations was painted, by the page's clock (set up before the app runs). */
const listPaintTimer = () => {
  const marks: { list?: number } = {};
  Object.defineProperty(window, 'crisisListPaintedAt', { get: () => marks.list });
  new MutationObserver((_changes, observer) => {
    if (!document.querySelector('.crisis-script')) return;
    observer.disconnect();
    requestAnimationFrame(() => (marks.list = performance.now()));
  }).observe(document, { childList: true, subtree: true });
};

test.describe('crisis support, opened cold and offline', () => {
  test('lists the situations from the service worker and the database alone, and only then starts the content sync and loads the step screens', async ({
    page,
    context,
    server,
  }) => {
    const crisis = await installCrisisThenGoOffline(page, context, 'en');
    // Only this cold start's requests count: the first visit's page, and its sync, end here.
    await page.goto('about:blank');
    await waitForQuietServer(server);
    await page.addInitScript(listPaintTimer);
    const requestsBefore = server.requestLog.length;
    await page.goto('/crisis');
    await expect(crisis.scripts()).toHaveCount(scriptSlugs.length);
    await expect(crisis.dangerButton()).toBeVisible();
    // What the step screens and the sync need arrives after the list, not before it.
    await expect
      .poll(() =>
        page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/assets/contentSync-'))),
      )
      .toBe(true);
    const order = await page.evaluate(() => {
      const startOf = (part: string) => performance.getEntriesByType('resource').find((entry) => entry.name.includes(part))?.startTime;
      return {
        listPainted: (window as unknown as { crisisListPaintedAt?: number }).crisisListPaintedAt,
        crisisCode: startOf('/assets/crisis-'),
        stepScreens: startOf('/assets/runViews-'),
        contentSync: startOf('/assets/contentSync-'),
      };
    });
    expect(order.listPainted, 'the list was painted').toBeGreaterThan(0);
    expect(order.crisisCode, 'the crisis code came before the list').toBeLessThan(order.listPainted ?? 0);
    expect(order.stepScreens, 'the step screens load after the list').toBeGreaterThan(order.listPainted ?? Infinity);
    expect(order.contentSync, 'the content sync starts after the list').toBeGreaterThan(order.listPainted ?? Infinity);
    const reachedServer = server.requestLog.slice(requestsBefore).filter((request) => !isServiceWorkerUpdateCheck(request));
    expect(
      reachedServer.map(({ path }) => path),
      'nothing reached the network',
    ).toEqual([]);

    // The step screens were loaded behind the list: a situation opens on its safety check.
    const script = defaultScript('panic', 'en');
    await crisis.script(script.title).click();
    await expect(crisis.stepText()).toHaveText(script.steps[0]?.text ?? '');
  });
});

/** Makes the installed Spanish, English or French panic script point to a step it does not have. */
async function damagePanicScript(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('companera');
        request.onerror = () => reject(request.error ?? new Error('cannot open the database'));
        request.onsuccess = () => {
          const database = request.result;
          const store = database.transaction('packs', 'readwrite').objectStore('packs');
          const cursorRequest = store.openCursor();
          cursorRequest.onsuccess = () => {
            const cursor = cursorRequest.result;
            if (!cursor) {
              database.close();
              resolve();
              return;
            }
            const row = cursor.value as { kind: string; content: { crisisType?: string; steps: { id: string; next?: string }[] } };
            if (row.kind === 'pfa-script' && row.content.crisisType === 'panic') {
              row.content.steps = row.content.steps.map((step) => (step.id === 'introduce' ? { ...step, next: 'gone' } : step));
              cursor.update(row);
            }
            cursor.continue();
          };
        };
      }),
  );
}

for (const locale of ['es-419', 'en', 'fr-CA']) {
  const language = locale.slice(0, 2) as UiLanguage;
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`a damaged script, ${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme });

      test('is not run: the Companion is back on the list, which no longer offers it and says why; axe finds no violation there', async ({
        page,
        context,
      }) => {
        const crisis = await installCrisisThenGoOffline(page, context, language);
        await damagePanicScript(page);
        await page.goto('/crisis');
        const panic = defaultScript('panic', language);
        // Listed (it looks whole), but checked before its first step shows.
        await expect(crisis.script(panic.title)).toHaveCount(1);
        await crisis.script(panic.title).click();
        await expect(page.getByRole('status').filter({ hasText: brokenNotice(language) })).toBeVisible();
        await expect(crisis.heading(crisis.strings.picker.title)).toBeVisible();
        await expect(crisis.script(panic.title)).toHaveCount(0);
        await expect(crisis.scripts()).toHaveCount(scriptSlugs.length - 1);
        await expect(crisis.stepText()).toHaveCount(0);
        const results = await new AxeBuilder({ page }).withTags(wcagAA).analyze();
        expect(
          results.violations.map((violation) => `${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      });
    });
  }
}
