import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { distDir, expect, test } from './support/test';
import { installCrisisThenGoOffline } from './support/crisisOffline';
import { goOffline, waitForOfflineReady } from './support/offline';
import { dumpBrowserStorage, findInDump } from './support/storageDump';
import { JournalPage } from './pages/JournalPage';
import { SafetyPage, quickExitNames } from './pages/SafetyPage';
import { ContentPage } from './pages/ContentPage';
import { defaultScript, pathThrough } from './pages/CrisisPage';

const neutralSite = 'https://weather.com';
const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const passphrase = 'correct horse battery staple 7';

/** The neutral website never really loads in a test: the privacy guard forbids other origins. */
async function serveNeutralSite(page: Page | BrowserContext, origin = neutralSite): Promise<void> {
  await page.route(`${origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather today</h1>' }),
  );
}

test.describe('quick exit, online', () => {
  test.use({ allowedOrigin: neutralSite, locale: 'en' });

  test('is the first thing in focus order and stays at the top while scrolling', async ({ page }) => {
    const safety = new SafetyPage(page);
    await safety.open('/privacy');
    await page.keyboard.press('Tab');
    await expect(safety.quickExit()).toBeFocused();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const box = await safety.quickExit().boundingBox();
    expect(box?.y).toBeLessThan(16);
    await expect(safety.quickExit()).toBeInViewport();
  });

  test('the button replaces the history entry with the neutral website, and Back shows no app content', async ({ page }) => {
    await serveNeutralSite(page);
    const safety = new SafetyPage(page);
    await safety.open('/');
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(safety.heading('Settings')).toBeVisible();
    const historyBefore = await page.evaluate(() => history.length);

    await safety.quickExit().click();
    await page.waitForURL(`${neutralSite}/`);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);

    await page.goBack();
    await expect(safety.heading('Calculator')).toBeVisible();
    await expect(page.getByText('What do you need right now?')).toHaveCount(0);
    await expect(safety.quickExit()).toHaveCount(0);
    await expect(page).toHaveTitle('Calculator');
  });

  test('lock and quick exit in one tab act in every other open tab of the app', async ({ page, context }) => {
    await serveNeutralSite(context);
    const first = new JournalPage(page);
    await first.setUp(passphrase);
    await first.checkIn('Good');
    await expect(first.entries()).toHaveCount(1);
    const second = new JournalPage(await context.newPage());
    await second.open();
    await second.unlock(passphrase);
    await expect(second.entries()).toHaveCount(1);

    await first.lock();
    await expect(second.heading('Your journal is locked')).toBeVisible();
    await expect(second.entries()).toHaveCount(0);

    await second.unlock(passphrase);
    await expect(second.entries()).toHaveCount(1);
    await new SafetyPage(page).quickExit().click();
    await page.waitForURL(`${neutralSite}/`);
    await second.page.waitForURL(`${neutralSite}/`);
  });

  test('Shift three times within five seconds exits, from anywhere on the page', async ({ page }) => {
    await serveNeutralSite(page);
    const safety = new SafetyPage(page);
    await safety.openSettings();
    await page.getByLabel('Website for quick exit').focus();
    await safety.pressShift(3);
    await page.waitForURL(`${neutralSite}/`);
  });

  test.describe('keyboard sequences that must not exit', () => {
    test('two presses', async ({ page }) => {
      const safety = new SafetyPage(page);
      await safety.open('/');
      await safety.pressShift(2);
      expect(await safety.hasExitStarted()).toBe(false);
      await expect(safety.heading('What do you need right now?')).toBeVisible();
    });

    test('three presses spread over more than five seconds', async ({ page }) => {
      await serveNeutralSite(page);
      await page.clock.install();
      const safety = new SafetyPage(page);
      await safety.open('/');
      await safety.pressShift(2);
      await page.clock.fastForward(5_100);
      await safety.pressShift(1);
      expect(await safety.hasExitStarted()).toBe(false);
      await expect(safety.heading('What do you need right now?')).toBeVisible();
      // Only the latest press is inside the window: a fourth is still not enough, a fifth completes it,
      // so the shortcut was listening all along.
      await safety.pressShift(1);
      expect(await safety.hasExitStarted()).toBe(false);
      await safety.pressShift(1);
      await page.waitForURL(`${neutralSite}/`);
    });

    test('Shift used with another key, as when typing capitals', async ({ page }) => {
      const safety = new SafetyPage(page);
      await safety.openSettings();
      const field = page.getByLabel('Website for quick exit');
      await field.fill('');
      for (const letter of ['A', 'B', 'C', 'D']) {
        await page.keyboard.down('Shift');
        await page.keyboard.press(`Key${letter}`);
        await page.keyboard.up('Shift');
      }
      await expect(field).toHaveValue('ABCD');
      await safety.pressShift(2);
      await page.keyboard.press('KeyE');
      await safety.pressShift(1);
      expect(await safety.hasExitStarted()).toBe(false);
      await expect(safety.heading('Settings')).toBeVisible();
    });
  });
});

test.describe('quick exit to a chosen website', () => {
  test.use({ allowedOrigin: 'https://news.example', locale: 'en' });

  test('uses the website chosen in Settings', async ({ page }) => {
    await serveNeutralSite(page, 'https://news.example');
    const safety = new SafetyPage(page);
    await safety.openSettings();
    await safety.saveNeutralSite('http://news.example/');
    await expect(page.getByText('Enter a web address that starts with https://')).toBeVisible();
    await safety.saveNeutralSite('https://news.example/today');
    await expect(page.getByText('Saved. Quick exit will open this website.')).toBeVisible();
    await safety.quickExit().click();
    await page.waitForURL('https://news.example/today');
  });
});

test.describe('quick exit, offline', () => {
  test.use({ locale: 'en' });

  test('shows the built-in calculator, which works, and Back does not return to the app', async ({ page, context }) => {
    const safety = new SafetyPage(page);
    await safety.open('/');
    await waitForOfflineReady(page);
    await page.reload();
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(safety.heading('Settings')).toBeVisible();
    await goOffline(context);

    await safety.quickExit().click();
    await page.waitForURL('**/calc');
    await expect(safety.heading('Calculator')).toBeVisible();
    await expect(page).toHaveTitle('Calculator');
    await safety.pressCalculatorKeys(['1', '2', '×', '3', '=']);
    await expect(safety.calculatorDisplay()).toHaveText('36');

    await page.goBack();
    await expect(safety.heading('Calculator')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Settings' })).toHaveCount(0);
  });

  test('locks the journal: opening the app again needs the passphrase and shows no entry', async ({ page, context }) => {
    const journal = new JournalPage(page);
    await journal.open('/');
    await waitForOfflineReady(page);
    await page.reload();
    await journal.setUp('correct horse battery staple 7');
    await journal.checkIn('Good');
    await expect(journal.entries()).toHaveCount(1);
    await goOffline(context);

    await new SafetyPage(page).quickExit().click();
    await page.waitForURL('**/calc');

    const reopened = new JournalPage(await context.newPage());
    await reopened.open('/journal');
    await expect(reopened.heading('Your journal is locked')).toBeVisible();
    await expect(reopened.entries()).toHaveCount(0);
    await reopened.unlock('correct horse battery staple 7');
    await expect(reopened.entries()).toHaveCount(1);
  });

  test.describe('with the built-in content sync failing offline', () => {
    test.use({ allowedConsoleError: /ERR_INTERNET_DISCONNECTED/ });

    test('clears a crisis run waiting to be resumed, even when quick exit is used on another screen', async ({ page, context }) => {
      const crisis = await installCrisisThenGoOffline(page, context, 'en');
      const script = defaultScript('general-distress', 'en');
      const [firstMove] = pathThrough(script, 'no');
      if (!firstMove) throw new Error('the script has no first step');
      const situations = await crisis.scripts().count();
      expect(situations).toBeGreaterThan(1);
      await crisis.script(script.title).click();
      await crisis.take(firstMove);
      expect(await page.evaluate(() => sessionStorage.getItem('companera.crisis.run.v1'))).not.toBeNull();

      // A fresh load of the home screen: the crisis code has not run in this page.
      const safety = new SafetyPage(page);
      await safety.open('/');
      // Chromium's offline emulation is lost by this load (the service worker serves "/" into a page
      // already at "/"; navigator.onLine reads true). A real phone in airplane mode stays offline:
      // switch the emulation off and on so the page is told again.
      await context.setOffline(false);
      await goOffline(context);
      await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
      await safety.quickExit().click();
      await page.waitForURL('**/calc');

      await page.goto('/crisis');
      // The picker again, with every situation, rather than the step the run had reached.
      await expect(crisis.scripts()).toHaveCount(situations);
      await expect(crisis.stepText()).toHaveCount(0);
    });
  });

  test('the keyboard shortcut works offline too', async ({ page, context }) => {
    const safety = new SafetyPage(page);
    await safety.open('/');
    await waitForOfflineReady(page);
    await goOffline(context);
    await safety.pressShift(3);
    await page.waitForURL('**/calc');
    await expect(safety.heading('Calculator')).toBeVisible();
  });
});

test.describe('quick exit in every language', () => {
  for (const [locale, name] of [
    ['es-419', quickExitNames.es],
    ['fr-CA', quickExitNames.fr],
  ] as const) {
    test(`is named "${name}" in ${locale}`, async ({ browser, server }) => {
      const context = await browser.newContext({ locale, baseURL: server.origin });
      const page = await context.newPage();
      const safety = new SafetyPage(page, name);
      await safety.open('/');
      await page.keyboard.press('Tab');
      await expect(safety.quickExit()).toBeFocused();
      await context.close();
    });
  }
});

test.describe('delete all my data', () => {
  test.use({ locale: 'en' });
  const marker = 'MARKER-issue8-wipe-7f3a';

  test('leaves nothing but what the fresh start recreates, and built-in content works again', async ({ page }) => {
    const content = new ContentPage(page);
    await content.open();
    await expect(content.installedPack(/Thoughts of suicide/)).toBeVisible();
    await waitForOfflineReady(page);

    await page.evaluate(async (text) => {
      localStorage.setItem('companera.marker', text);
      sessionStorage.setItem('companera.marker', text);
      const cache = await caches.open('companera-runtime-test');
      await cache.put('/marker', new Response(text));
      const open = (name: string) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name, 1);
          request.onupgradeneeded = () => request.result.createObjectStore('notes');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('open failed'));
        });
      const extra = await open('companera-extra');
      await new Promise<void>((resolve, reject) => {
        const transaction = extra.transaction('notes', 'readwrite');
        transaction.objectStore('notes').put(text, 'note');
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
      });
      extra.close();
    }, marker);
    const before = await dumpBrowserStorage(page);
    expect(findInDump(before, marker).length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(before.indexedDB)).toEqual(expect.arrayContaining(['companera', 'companera-extra']));
    const precacheEntries = Object.entries(before.cacheStorage).find(([name]) => name.startsWith('workbox-precache'))?.[1].length;

    const safety = new SafetyPage(page);
    await safety.openSettings();
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await expect(page.getByText('Delete everything on this phone?')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(findInDump(await dumpBrowserStorage(page), marker).length).toBeGreaterThanOrEqual(4);

    await safety.deleteAllData();
    await page.waitForURL((url) => url.pathname === '/');
    await expect(safety.heading('Your data is deleted')).toBeVisible();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(safety.heading('What do you need right now?')).toBeVisible();

    const after = await dumpBrowserStorage(page);
    expect(findInDump(after, marker)).toEqual([]);
    expect(Object.keys(after.indexedDB).filter((name) => name !== 'companera')).toEqual([]);
    expect(Object.keys(after.localStorage).filter((key) => key !== 'companera.preferences.v1')).toEqual([]);
    expect(after.sessionStorage).toEqual({});
    // Only the app's own public files are kept: the precache, and the built-in packs (for an offline fresh start).
    expect(
      Object.keys(after.cacheStorage).filter((name) => !name.startsWith('workbox-precache') && name !== 'companera-builtin-packs'),
    ).toEqual([]);
    for (const entry of after.cacheStorage['companera-builtin-packs'] ?? [])
      expect(new URL(entry.url).pathname).toMatch(/^\/content\/packs\/[a-z0-9-]+\.json$/);
    // The app's own files stay, so it still opens offline.
    expect(Object.entries(after.cacheStorage).find(([name]) => name.startsWith('workbox-precache'))?.[1].length).toBe(precacheEntries);

    await content.open();
    await expect(content.installedPack(/Thoughts of suicide/)).toBeVisible();
  });
});

test.describe('delete all my data, in the language she chose', () => {
  test.use({ locale: 'en' });

  test('the confirm button looks dangerous, and a "deleted" screen follows in her language, not the phone\'s', async ({ page }) => {
    const safety = new SafetyPage(page);
    await safety.openSettings();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByRole('radio', { name: 'Français' }).check();
    await expect(safety.heading('Paramètres')).toBeVisible();
    await page.getByRole('button', { name: 'Effacer toutes mes données' }).click();
    const confirm = page.getByRole('button', { name: 'Oui, tout effacer' });
    // The urgent fill, the one the crisis action wears (deep red in the dark theme); a plain button wears the brand colour.
    const colours = await confirm.evaluate((button) => {
      const probe = document.createElement('span');
      probe.style.backgroundColor = 'var(--urgent-fill)';
      document.body.append(probe);
      const urgent = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return { button: getComputedStyle(button).backgroundColor, urgent };
    });
    expect(colours.button).toBe(colours.urgent);

    await confirm.click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect(safety.heading('Tes données sont effacées')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
    await expect(page.getByRole('main').getByText(/ne sont plus dans l’app/)).toBeVisible();
    // The language crossed the wipe, and nothing else did.
    const stored = await page.evaluate(() =>
      Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key) ?? ''])),
    );
    expect(Object.keys(stored)).toEqual(['companera.preferences.v1']);
    // (The fresh start may have written its own defaults since, such as the storage answer.)
    const preferences = JSON.parse(stored['companera.preferences.v1'] ?? '{}') as Record<string, unknown>;
    expect(preferences.language).toBe('fr');
    expect(preferences.theme ?? 'system').toBe('system');

    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(safety.heading('De quoi as-tu besoin maintenant?')).toBeFocused();
    // Said once: a reload starts on the home screen.
    await page.reload();
    await expect(safety.heading('De quoi as-tu besoin maintenant?')).toBeVisible();
    await expect(safety.heading('Tes données sont effacées')).toHaveCount(0);
  });
});

test.describe('delete all my data, with the app open in another tab', () => {
  test.use({ locale: 'en' });

  test('the other tab locks at once and starts fresh, with no journal left', async ({ page, context }) => {
    const journal = new JournalPage(page);
    await journal.setUp(passphrase);
    await journal.checkIn('Good');
    const other = new JournalPage(await context.newPage());
    await other.open();
    await other.unlock(passphrase);
    await expect(other.entries()).toHaveCount(1);

    const safety = new SafetyPage(page);
    await safety.openSettings();
    await safety.deleteAllData();
    await page.waitForURL((url) => url.pathname === '/');
    await expect(other.heading('What do you need right now?')).toBeVisible();
    await expect(other.entries()).toHaveCount(0);
    await other.open();
    await expect(other.heading('Lock your journal')).toBeVisible();
  });
});

test.describe('disguise', () => {
  test.use({ locale: 'en' });

  test('is off by default, warns first, and then offers the neutral manifest for install', async ({ page, context }) => {
    const safety = new SafetyPage(page);
    await safety.openSettings();
    const cdp = await context.newCDPSession(page);
    const before = (await cdp.send('Page.getAppManifest')) as { url: string; data?: string };
    expect(before.url).toMatch(/\/manifest\.webmanifest$/);
    expect(JSON.parse(before.data ?? '{}')).toMatchObject({ name: 'Compañera' });
    await expect(page.getByText(/if someone finds out the app is disguised, it can put you at more risk/)).toBeVisible();

    await safety.turnOnDisguise('12');
    await expect(page.getByText('Enter 4 to 8 numbers, with nothing else.')).toBeVisible();
    await safety.turnOnDisguise('2468');
    await expect(page.getByText('The disguise is on.')).toBeVisible();
    await expect(page).toHaveTitle('Calculator');

    await expect
      .poll(async () => ((await cdp.send('Page.getAppManifest')) as { url: string }).url)
      .toMatch(/\/disguise\/manifest-en\.webmanifest$/);
    const offered = (await cdp.send('Page.getAppManifest')) as { data?: string };
    const manifest = JSON.parse(offered.data ?? '{}') as { name: string; short_name: string; start_url: string; icons: { src: string }[] };
    expect(manifest).toMatchObject({ name: 'Calculator', short_name: 'Calculator', start_url: '/calc' });
    expect(manifest.icons.map((icon) => icon.src)).toEqual(expect.arrayContaining(['/disguise/icon-192.png', '/disguise/icon-512.png']));
    for (const icon of manifest.icons) {
      const response = await page.request.get(icon.src);
      expect(response.headers()['content-type']).toBe('image/png');
    }
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/disguise/icon-192.png');
  });

  test('opens on the calculator, and the real app only after the code', async ({ page, context }) => {
    const safety = new SafetyPage(page);
    await safety.openSettings();
    await safety.turnOnDisguise('0427');
    await expect(page.getByText('The disguise is on.')).toBeVisible();
    expect(findInDump(await dumpBrowserStorage(page), '0427'), 'the code is kept only as a digest').toEqual([]);

    const later = await context.newPage();
    const disguised = new SafetyPage(later);
    await disguised.open('/journal');
    await expect(disguised.heading('Calculator')).toBeVisible();
    await expect(disguised.quickExit()).toHaveCount(0);
    // The start screen names itself like the calculator too: what the browser offers to install, the icon, the tab's title.
    await expect(later).toHaveTitle('Calculator');
    await expect(later.locator('link[rel="manifest"]')).toHaveAttribute('href', '/disguise/manifest-en.webmanifest');
    await expect(later.locator('link[rel="icon"]')).toHaveAttribute('href', '/disguise/icon-192.png');
    await expect(later.locator('meta[name="description"]')).toHaveAttribute('content', 'Calculator');
    for (const themeColour of await later.locator('meta[name="theme-color"]').all())
      await expect(themeColour).toHaveAttribute('content', '#44474d');
    const cdp = await context.newCDPSession(later);
    await expect
      .poll(async () => (JSON.parse(((await cdp.send('Page.getAppManifest')) as { data?: string }).data ?? '{}') as { name?: string }).name)
      .toBe('Calculator');
    await disguised.pressCalculatorKeys(['0', '4', '2', '8', '=']);
    await expect(disguised.calculatorDisplay()).toHaveText('428');
    await expect(disguised.heading('Calculator')).toBeVisible();
    await disguised.pressCalculatorKeys(['0', '4', '2', '7', '=']);
    await expect(disguised.heading('What do you need right now?')).toBeVisible();
    await expect(later).toHaveTitle('Calculator');
    // A reload asks for the code again.
    await later.reload();
    await expect(disguised.heading('Calculator')).toBeVisible();
    await disguised.pressCalculatorKeys(['0', '4', '2', '7', '=']);
    await expect(disguised.heading('What do you need right now?')).toBeVisible();

    await later.getByRole('link', { name: 'Settings' }).click();
    await expect(later.getByText(/stays that way after you turn the disguise off/)).toBeVisible();
    await later.getByRole('button', { name: 'Turn off the disguise' }).click();
    await expect(later).toHaveTitle('Compañera');
    // What the build made comes back, although boot.js had disguised this page before the app ran.
    await expect(later.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
    await expect(later.locator('link[rel="icon"]')).toHaveAttribute('href', '/icons/icon-192.png');
    await expect(later.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/icons/apple-touch-icon.png');
    await expect(later.locator('meta[name="description"]')).toHaveAttribute('content', 'Compañera');
    expect(
      await later.locator('meta[name="theme-color"]').evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content'))),
    ).toEqual(['#4a1f6e', '#16101c']);
    await expect
      .poll(async () => (JSON.parse(((await cdp.send('Page.getAppManifest')) as { data?: string }).data ?? '{}') as { name?: string }).name)
      .toBe('Compañera');
    const fresh = new SafetyPage(await context.newPage());
    await fresh.open('/');
    await expect(fresh.heading('What do you need right now?')).toBeVisible();
  });
});

test.describe('what the browser keeps and shows', () => {
  test.use({ locale: 'en' });

  test('the tab history lists neither the journal nor crisis support, and Back and reload still work', async ({ page, context }) => {
    const safety = new SafetyPage(page);
    await safety.open('/');
    await page.getByRole('link', { name: 'My journal' }).click();
    await expect(safety.heading('Lock your journal')).toBeVisible();
    await page.goBack();
    await expect(safety.heading('What do you need right now?')).toBeVisible();
    await page.getByRole('link', { name: 'Crisis support' }).click();
    await expect(safety.heading(/Which country|Crisis support/)).toBeVisible();
    await page.reload();
    await expect(safety.heading(/Which country|Crisis support/)).toBeVisible();
    // Opened straight on the address, the address bar stops showing it.
    await page.goto('/journal');
    await expect(safety.heading('Lock your journal')).toBeVisible();

    const cdp = await context.newCDPSession(page);
    const { entries } = (await cdp.send('Page.getNavigationHistory')) as { entries: { url: string }[] };
    expect(entries.length).toBeGreaterThanOrEqual(3);
    expect(entries.map((entry) => new URL(entry.url).pathname).filter((path) => /journal|crisis/.test(path))).toEqual([]);
  });

  test('inside another page’s frame the app shows nothing and does nothing, even on a host that sends no headers', async ({
    page,
    server,
  }) => {
    const index = await readFile(join(distDir, 'index.html'));
    server.intercept((request, response, path) => {
      if (path === '/framing-page') {
        response
          .writeHead(200, { 'Content-Type': 'text/html' })
          .end(
            '<!doctype html><title>Framing page</title><link rel="icon" href="data:,"><iframe src="/settings" width="400" height="600"></iframe>',
          );
        return true;
      }
      // A plain static host: the app's page with no Content-Security-Policy header, so no frame-ancestors.
      if (request.headers['sec-fetch-dest'] === 'iframe') {
        response.writeHead(200, { 'Content-Type': 'text/html' }).end(index);
        return true;
      }
      return false;
    });
    await page.goto('/framing-page');
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    if (!frame) throw new Error('the frame did not load');
    await expect.poll(() => frame.evaluate(() => document.documentElement.hasAttribute('hidden'))).toBe(true);
    expect(await frame.evaluate(() => document.getElementById('root')?.childElementCount)).toBe(0);
    await expect(page.frameLocator('iframe').getByRole('button', { name: 'Delete all my data' })).toHaveCount(0);
  });
});

test.describe('privacy page', () => {
  test.use({ locale: 'en' });

  test('is linked from Settings and says what is stored, what leaves and what quick exit cannot do', async ({ page }) => {
    const safety = new SafetyPage(page);
    await safety.openSettings();
    await safety.safetySection().getByRole('link', { name: 'What the app keeps and sends' }).click();
    await expect(safety.heading('Privacy and safety')).toBeVisible();
    for (const title of [
      'What stays on this phone',
      'What leaves this phone',
      'What quick exit does and does not do',
      'How to make a backup',
      'How to delete everything',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    }
    await expect(page.getByText(/encrypted with your passphrase/).first()).toBeVisible();
    await expect(page.getByText(/Delete your browser history/)).toBeVisible();
    await expect(page.getByText(/spy apps/)).toBeVisible();
  });
});

for (const locale of ['es-419', 'en', 'fr-CA']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`axe, ${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme });

      test('privacy page, safety settings and the calculator have no WCAG A/AA violation', async ({ page }) => {
        const safety = new SafetyPage(page);
        for (const path of ['/privacy', '/settings', '/calc']) {
          await safety.open(path);
          const results = await new AxeBuilder({ page }).withTags(wcagAA).analyze();
          expect(results.violations.map((violation) => `${path}: ${violation.id} (${violation.nodes.length})`)).toEqual([]);
        }
        // With the delete confirmation open as well.
        await safety.open('/settings');
        await page.getByRole('button', { name: /Delete all my data|Borrar todos mis datos|Effacer toutes mes données/ }).click();
        const results = await new AxeBuilder({ page }).withTags(wcagAA).analyze();
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
      });
    });
  }
}
