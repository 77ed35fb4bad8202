import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test, distDir } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { CrisisPage, crisisStrings, defaultScript, scriptSlugs, type UiLanguage } from './pages/CrisisPage';
import { installCrisisThenGoOffline } from './support/crisisOffline';
import { goOffline, waitForOfflineReady } from './support/offline';

/*
 * The build's prerendered Home and crisis list (scripts/prerender, public/boot.js): their words are
 * on screen before the app's code runs, React takes the same elements over, and nothing of the app
 * shows where the app itself would not show it (the disguise).
 */
const languages: readonly UiLanguage[] = ['es', 'en', 'fr'];
const common = (language: UiLanguage) =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../locales/${language}/common.json`), 'utf8')) as {
    home: { title: string; journal: string };
    shell: { quickExit: string; neutralName: string };
  };

/** The app's entry module, as the build names it in index.html: blocking it leaves only what boot.js shows. */
const appEntry = /<script type="module" crossorigin src="(\/assets\/index-[^"]+\.js)"/.exec(
  readFileSync(join(distDir, 'index.html'), 'utf8'),
)?.[1];

/** Stores the preferences (and safety settings) as the app stores them, before any script of the page runs. */
async function storeSettings(context: BrowserContext, preferences: object, safety?: object): Promise<void> {
  await context.addInitScript(
    ([prefs, safetySettings]) => {
      if (location.origin === 'null') return; // the blank page a tab starts on has no storage
      localStorage.setItem('companera.preferences.v1', JSON.stringify(prefs));
      if (safetySettings) localStorage.setItem('companera.safety.v1', JSON.stringify(safetySettings));
    },
    [preferences, safety] as const,
  );
}

async function blockAppCode(page: Page): Promise<void> {
  if (!appEntry) throw new Error('index.html names no entry module');
  await page.route(`**${appEntry}`, (route) => route.abort());
}

/** Marks the prerendered elements as boot.js puts them in, so the test can find the very same elements after hydration. */
async function tagPrerenderedElements(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const root = document.getElementById('root');
      if (!root?.hasAttribute('data-prerendered')) return;
      for (const element of root.querySelectorAll('h1, .quick-exit-button, .crisis-danger, .crisis-script, .main-action')) {
        (element as Element & { prerendered?: boolean }).prerendered = true;
      }
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
}

type TitleWindow = Window & { firstFrameTitle?: string; titlesSeen?: string[] };

/**
 * Notes the page's title as the first frame is drawn, before anything can be seen on screen, and
 * every title the page has had from its first parsed element on (what the browser could show in the tab).
 */
async function recordTitles(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const page = window as TitleWindow;
    const seen: string[] = [];
    page.titlesSeen = seen;
    new MutationObserver(() => {
      if (seen.at(-1) !== document.title) seen.push(document.title);
    }).observe(document, { childList: true, subtree: true, characterData: true });
    requestAnimationFrame(() => {
      page.firstFrameTitle = document.title;
    });
  });
}

const firstFrameTitle = (page: Page) =>
  page.waitForFunction(() => (window as TitleWindow).firstFrameTitle).then((handle) => handle.jsonValue());
const titlesSeen = (page: Page) => page.evaluate(() => (window as TitleWindow).titlesSeen);

/** Counts layout shifts from the start of the page, and whether React had to redo a prerender. */
async function firstLoadFacts(
  page: Page,
): Promise<{ shift: number; shifted: string[]; recovered: number; hydrated: number; kept: number; total: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let shift = 0;
        const shifted: string[] = [];
        type Shift = PerformanceEntry & { value: number; sources: { node?: Node; previousRect: DOMRect; currentRect: DOMRect }[] };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[]) {
            shift += entry.value;
            // What moved, so a failure says where to look.
            for (const source of entry.sources)
              shifted.push(
                `${source.node?.nodeName} ${(source.node as Element | undefined)?.className} ${source.previousRect.y}->${source.currentRect.y} at ${Math.round(entry.startTime)}`,
              );
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => {
          const elements = [...document.querySelectorAll('#root h1, .quick-exit-button, .crisis-danger, .crisis-script, .main-action')];
          resolve({
            shift,
            shifted,
            recovered: performance.getEntriesByName('companera:prerender-recovered').length,
            hydrated: performance.getEntriesByName('companera:hydrated').length,
            kept: elements.filter((element) => (element as Element & { prerendered?: boolean }).prerendered === true).length,
            total: elements.length,
          });
        }, 1_000);
      }),
  );
}

async function contextWithoutScripts(browser: Browser, origin: string, language: UiLanguage, safety?: object): Promise<BrowserContext> {
  const localStorage = [{ name: 'companera.preferences.v1', value: JSON.stringify({ language, country: 'PE' }) }];
  if (safety) localStorage.push({ name: 'companera.safety.v1', value: JSON.stringify(safety) });
  return browser.newContext({ javaScriptEnabled: false, storageState: { cookies: [], origins: [{ origin, localStorage }] } });
}

const disguise = { neutralUrl: 'https://weather.com/', isDisguised: true, disguiseCodeSeal: { salt: 'c2FsdHNhbHQ=', digest: 'ZGlnZXN0' } };

test.describe('before the app code runs', () => {
  test.use({ allowedConsoleError: /Failed to load resource: net::ERR_FAILED.*\/assets\/index-/ });

  for (const language of languages) {
    test(`in ${language}, Home and the crisis list show their words and the danger link opens the emergency page`, async ({
      page,
      context,
    }) => {
      await storeSettings(context, { language, country: 'PE' });
      await blockAppCode(page);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: common(language).home.title })).toBeVisible();
      await expect(page.getByRole('button', { name: common(language).shell.quickExit })).toBeVisible();
      await expectNoAxeViolations(page, `${language} Home before the app code`);

      await page.goto('/crisis');
      const strings = crisisStrings(language);
      await expect(page.getByRole('heading', { level: 1, name: strings.picker.title })).toBeVisible();
      await expect(page.getByRole('link', { name: strings.picker.danger })).toHaveAttribute(
        'href',
        `/emergency/${language}.html#country-pe`,
      );
      for (const slug of scriptSlugs) await expect(page.getByText(defaultScript(slug, language).title, { exact: true })).toBeVisible();
      await expectNoAxeViolations(page, `${language} crisis list before the app code`);
    });
  }

  test("a private screen's address stays out of the address bar and the browser's history list", async ({ page, context }) => {
    await storeSettings(context, { language: 'en', country: 'PE' });
    await blockAppCode(page);
    await page.goto('/');
    await page.getByRole('link', { name: common('en').home.journal }).click();
    await expect.poll(() => page.evaluate(() => (history.state as { screenPath?: string } | null)?.screenPath)).toBe('/journal');
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('with the disguise on, nothing of the app shows', async ({ page, context }) => {
    await storeSettings(context, { language: 'en', country: 'PE' }, disguise);
    await blockAppCode(page);
    for (const path of ['/', '/crisis']) {
      await page.goto(path);
      await expect(page.locator('#root')).toBeEmpty();
      expect(await page.locator('body').innerText()).not.toContain(common('en').shell.quickExit);
    }
  });

  for (const language of languages) {
    test(`in ${language}, with the disguise on, the tab and the icon are the calculator's from the first frame`, async ({
      page,
      context,
    }) => {
      const { neutralName } = common(language).shell;
      await storeSettings(context, { language, country: 'PE' }, disguise);
      await recordTitles(context);
      await blockAppCode(page);
      for (const path of ['/', '/crisis', '/journal']) {
        await page.goto(path);
        expect(await firstFrameTitle(page), path).toBe(neutralName);
        expect(await titlesSeen(page), path).not.toContain('Compañera');
        await expect(page).toHaveTitle(neutralName);
        expect(await page.locator('title').count()).toBe(1);
        await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', `/disguise/manifest-${language}.webmanifest`);
        await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/disguise/icon-192.png');
        await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/disguise/apple-touch-icon.png');
        await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', neutralName);
        for (const themeColour of await page.locator('meta[name="theme-color"]').all())
          await expect(themeColour).toHaveAttribute('content', '#44474d');
      }
    });
  }
});

// Nothing can read the stored language or disguise without JavaScript, so nothing of the app may show.
test('with JavaScript turned off, no screen of the app shows, disguise or not', async ({ browser, server }) => {
  for (const safety of [undefined, disguise]) {
    const context = await contextWithoutScripts(browser, server.origin, 'en', safety);
    const page = await context.newPage();
    for (const path of ['/', '/crisis']) {
      await page.goto(`${server.origin}${path}`);
      await expect(page.locator('#root')).toBeEmpty();
      expect(await page.locator('body').innerText()).not.toContain(common('en').home.title);
      expect(await page.locator('body').innerText()).not.toContain(common('en').shell.quickExit);
    }
    await context.close();
  }
});

test('Home: React takes over the prerendered elements, with no layout shift and no error', async ({ page, context }) => {
  await storeSettings(context, { language: 'fr' });
  await tagPrerenderedElements(context);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: common('fr').home.title })).toBeVisible();
  const facts = await firstLoadFacts(page);
  expect(facts).toMatchObject({ recovered: 0, hydrated: 1 });
  expect(facts.kept).toBe(facts.total);
  expect(facts.total).toBeGreaterThan(5);
  expect(facts.shift).toBeLessThan(0.01);
  await expectNoAxeViolations(page, 'Home after hydration');
});

test("with the disguise on, the app's words never appear before the code is entered", async ({ page, context }) => {
  await storeSettings(context, { language: 'en' }, disguise);
  await recordTitles(context);
  await context.addInitScript(
    (words) => {
      const seen: string[] = [];
      (window as Window & { appWordsSeen?: string[] }).appWordsSeen = seen;
      new MutationObserver(() => {
        // documentElement: the body is not there yet when the first nodes are added.
        const text = document.documentElement.innerText;
        for (const word of words) if (text.includes(word)) seen.push(word);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    },
    [common('en').home.title, common('en').shell.quickExit],
  );
  for (const path of ['/', '/crisis']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Calculator' })).toBeVisible();
    expect(await page.evaluate(() => (window as Window & { appWordsSeen?: string[] }).appWordsSeen)).toEqual([]);
    expect(await firstFrameTitle(page)).toBe(common('en').shell.neutralName);
    expect(await titlesSeen(page)).not.toContain('Compañera');
  }
});

test.describe('the crisis list', () => {
  test('after one visit: offline, in each language, the list is hydrated in place, with no shift, and its buttons work', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    await installCrisisThenGoOffline(page, context, 'en');
    await tagPrerenderedElements(context);
    for (const language of languages) {
      await page.evaluate((lang) => {
        const stored = JSON.parse(localStorage.getItem('companera.preferences.v1') ?? '{}') as object;
        localStorage.setItem('companera.preferences.v1', JSON.stringify({ ...stored, language: lang }));
      }, language);
      await page.goto('/crisis');
      const crisis = new CrisisPage(page, language);
      await expect(page.locator('#root')).toHaveAttribute('data-prerendered', `${language} /crisis`);
      await expect(crisis.dangerButton()).toHaveAttribute('href', `/emergency/${language}.html#country-pe`);
      const facts = await firstLoadFacts(page);
      expect(facts).toMatchObject({ recovered: 0, hydrated: 1 });
      expect(facts.kept).toBe(facts.total);
      expect(facts.shift, facts.shifted.join(', ')).toBeLessThan(0.01);
      await expectNoAxeViolations(page, `${language} crisis list after hydration`);
      // The first situation opens its script, in the app.
      const first = defaultScript('general-distress', language);
      await crisis.script(first.title).click();
      await expect(crisis.stepText()).toBeVisible();
      await page.evaluate(() => sessionStorage.clear()); // the run would otherwise resume on the next load
    }
    // The danger link starts the app's own danger flow, not the static page.
    await page.goto('/crisis');
    const crisis = new CrisisPage(page, 'fr');
    // Once React has the list (it adds the country's section to the link then); before, the link opens the static page.
    await expect(crisis.dangerButton()).toHaveAttribute('href', '/emergency/fr.html#country-pe');
    await crisis.dangerButton().click();
    await expect(page).toHaveURL(/\/$/);
    await expect(crisis.stepText()).toBeVisible();
  });

  test('a tick or a situation tapped before the list works is given to it once it works, offline', async ({ page, context }) => {
    test.setTimeout(180_000);
    await installCrisisThenGoOffline(page, context, 'en');
    // The phone's database answers only when the test says: the list is painted but React cannot take it over yet.
    await context.addInitScript(() => {
      const factory = IDBFactory.prototype;
      const open = factory.open.bind(indexedDB);
      const waiting: (() => void)[] = [];
      let isOpen = false;
      (window as Window & { openDatabase?: () => void }).openDatabase = () => {
        isOpen = true;
        for (const go of waiting.splice(0)) go();
      };
      factory.open = (...args: Parameters<IDBFactory['open']>) => {
        const request = open(...args);
        if (isOpen) return request;
        // The request runs now; its answer reaches the app only once the test opens the database.
        for (const kind of ['success', 'error', 'upgradeneeded', 'blocked'] as const)
          request.addEventListener(
            kind,
            (event) => {
              if (isOpen) return;
              event.stopImmediatePropagation();
              waiting.push(() => request.dispatchEvent(new Event(kind)));
            },
            { capture: true, once: true },
          );
        return request;
      };
    });
    const openDatabase = () => page.evaluate(() => (window as Window & { openDatabase?: () => void }).openDatabase?.());
    const strings = crisisStrings('en');
    const crisis = new CrisisPage(page, 'en');

    const isHandedOver = () => page.evaluate(() => performance.getEntriesByName('companera:hydrated').length > 0);

    // A tick in the checklist: not shown as ticked until the app counts it.
    await page.goto('/crisis', { waitUntil: 'commit' });
    await page.getByText(strings.prepare.title).click();
    expect(await isHandedOver()).toBe(false);
    const charged = page.getByRole('checkbox', { name: strings.prepare.items.phone });
    await charged.click();
    await expect(charged).not.toBeChecked();
    await openDatabase();
    await expect(charged).toBeChecked();
    await expect(page.getByText('1 of 4 checked')).toBeVisible();

    // A situation: nothing happens yet, and the tap is not lost.
    await page.reload({ waitUntil: 'commit' });
    const panic = defaultScript('panic', 'en');
    await crisis.script(panic.title).click();
    // Held by boot.js, which marks the button as taken (no fixed wait: the database stays closed until the test opens it).
    await expect(crisis.script(panic.title)).toHaveAttribute('aria-busy', 'true');
    expect(await isHandedOver()).toBe(false);
    await expect(crisis.stepText()).toHaveCount(0);
    await openDatabase();
    await expect(crisis.stepText()).toHaveText(panic.steps[0]?.text ?? 'missing');
    await page.evaluate(() => sessionStorage.clear()); // the run would otherwise resume on the next load

    // A private link of the list, while React has the shell and not yet the list: its address stays out of the history.
    await page.goto('/crisis', { waitUntil: 'commit' });
    await page.getByRole('link', { name: strings.picker.notes }).click();
    await expect.poll(() => page.evaluate(() => (history.state as { screenPath?: string } | null)?.screenPath)).toBe('/crisis/notes');
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('when the installed list differs from the built-in one, React redraws the list and keeps the page', async ({ page, context }) => {
    test.setTimeout(180_000);
    await installCrisisThenGoOffline(page, context, 'en');
    // An organisation's scripts in place of the built-in panic script: the installed list is not the prerendered one.
    const panic = defaultScript('panic', 'en');
    await page.evaluate(
      (id) =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open('companera');
          opening.onsuccess = () => {
            const database = opening.result;
            const transaction = database.transaction('packs', 'readwrite');
            transaction.objectStore('packs').delete(['builtin', id]);
            transaction.oncomplete = () => {
              database.close();
              resolve();
            };
            transaction.onerror = () => reject(new Error('could not remove the pack'));
          };
        }),
      panic.id,
    );
    await tagPrerenderedElements(context);
    await page.goto('/crisis');
    const crisis = new CrisisPage(page, 'en');
    await expect(crisis.scripts()).toHaveCount(scriptSlugs.length - 1);
    await expect(page.getByText(panic.title, { exact: true })).toHaveCount(0);
    const facts = await firstLoadFacts(page);
    expect(facts.recovered).toBeGreaterThan(0);
    // The shell was kept: the quick-exit button is the prerendered one.
    expect(
      await page.locator('.quick-exit-button').evaluate((element) => (element as Element & { prerendered?: boolean }).prerendered),
    ).toBe(true);
    await crisis.script(defaultScript('general-distress', 'en').title).click();
    await expect(crisis.stepText()).toBeVisible();
  });
});

test('offline after one visit, Home shows prerendered in every language', async ({ page, context }) => {
  await page.goto('/');
  await waitForOfflineReady(page);
  await goOffline(context);
  for (const language of languages) {
    await page.evaluate((lang) => localStorage.setItem('companera.preferences.v1', JSON.stringify({ language: lang })), language);
    await page.reload();
    await expect(page.locator('#root')).toHaveAttribute('data-prerendered', `${language} /`);
    await expect(page.getByRole('heading', { level: 1, name: common(language).home.title })).toBeVisible();
  }
});
