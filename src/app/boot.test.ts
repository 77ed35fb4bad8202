import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/*
 * public/boot.js repeats, in a few lines of plain script, the app's rules for what the first screen
 * is (and public/disguise.js its rule for the disguise's names). Run against the same stored values, it must only ever show a prerender the app would show
 * itself: same screen, same language, same theme, never over the calculator (disguise, /calc,
 * quick exit), the "deleted" screen or a crisis run to resume.
 */
const bootSource = readFileSync(join(import.meta.dirname, '../../public/boot.js'), 'utf8');
const disguiseSource = readFileSync(join(import.meta.dirname, '../../public/disguise.js'), 'utf8');
const languages = ['es', 'en', 'fr'] as const;
const appName = 'Compañera';
const neutralNames = Object.fromEntries(
  languages.map((language) => {
    const common = JSON.parse(readFileSync(join(import.meta.dirname, `../../locales/${language}/common.json`), 'utf8')) as {
      shell: { neutralName: string };
    };
    return [language, common.shell.neutralName];
  }),
) as Record<(typeof languages)[number], string>;
/**
 * index.html's head as the build leaves it, up to public/disguise.js: vite-plugin-pwa adds the manifest
 * link, then the build the script with the neutral names on its tag, and the title after it
 * (scripts/prerender/vitePlugin.ts withDisguiseScript).
 */
const indexHead = new DOMParser().parseFromString(readFileSync(join(import.meta.dirname, '../../index.html'), 'utf8'), 'text/html').head;
const builtTitle = indexHead.querySelector('title')?.outerHTML ?? '';
const headUpToScript =
  indexHead.innerHTML.replace(builtTitle, '') +
  '<link rel="manifest" href="/manifest.webmanifest">' +
  `<script src="/disguise.js"${languages.map((language) => ` data-neutral-name-${language}="${neutralNames[language]}"`).join('')}></script>`;
const builtHead = headUpToScript + builtTitle;
const paths = ['/', '/crisis'] as const;

const seal = { salt: 'c2FsdHNhbHQ=', digest: 'ZGlnZXN0' };
const storedPreferences = [
  null,
  'not json',
  'null',
  JSON.stringify({ language: 'fr' }),
  JSON.stringify({ language: 'en', theme: 'dark', country: 'PE' }),
  JSON.stringify({ language: 'es', theme: 'light', country: 'CA', subdivision: 'CA-QC', addressForm: 'feminine' }),
  JSON.stringify({ language: 'es', country: 'PE', addressForm: 'masculine' }),
  JSON.stringify({ language: 'fr', country: 'PE', addressForm: 'neutral' }),
  JSON.stringify({ language: 'de', theme: 'sepia', country: 'pe' }),
  JSON.stringify({ theme: 'system', country: 'GT', addressForm: 'other' }),
];
const storedSafety = [
  null,
  'not json',
  JSON.stringify({ neutralUrl: 'https://example.org/', isDisguised: true, disguiseCodeSeal: seal }),
  JSON.stringify({ neutralUrl: 'https://example.org/', isDisguised: false, disguiseCodeSeal: seal }),
  JSON.stringify({ isDisguised: true }),
  JSON.stringify({ isDisguised: 'yes', disguiseCodeSeal: seal }),
];
// `isBack`: the page was reached with Back or Forward, as after a quick exit (session.ts isHistoryTraversal).
const sessions: readonly { storage: Record<string, string>; isBack?: boolean }[] = [
  { storage: {} },
  { storage: { 'companera.exited': '1' } },
  { storage: { 'companera.exited': '1' }, isBack: true },
  { storage: {}, isBack: true },
  { storage: { 'companera.deleted': '1' } },
  { storage: { 'companera.crisis.run.v1': '{"scriptId":"pfa-panic-en","path":[]}' } },
];
const addresses: readonly { path: string; state?: object }[] = [
  { path: '/' },
  { path: '/crisis' },
  { path: '/', state: { screenPath: '/crisis' } },
  { path: '/calc' },
  { path: '/journal' },
];
const deviceLanguages = [['fr-CA', 'en'], ['de-DE']];

function setUp(preferences: string | null, safety: string | null, session: (typeof sessions)[number], address: (typeof addresses)[number]) {
  const { storage, isBack } = session;
  const navigation = [{ type: isBack ? 'back_forward' : 'navigate' }] as unknown as PerformanceEntryList;
  vi.spyOn(performance, 'getEntriesByType').mockImplementation((type) => (type === 'navigation' ? navigation : []));
  localStorage.clear();
  sessionStorage.clear();
  if (preferences !== null) localStorage.setItem('companera.preferences.v1', preferences);
  if (safety !== null) localStorage.setItem('companera.safety.v1', safety);
  for (const [key, value] of Object.entries(storage)) sessionStorage.setItem(key, value);
  window.history.replaceState(address.state ?? null, '', address.path);
  delete document.documentElement.dataset.theme;
  document.documentElement.lang = 'es-419';
  // As the parser has it when disguise.js runs: the title is still to come.
  document.head.innerHTML = headUpToScript;
  const templates = languages.flatMap((language) =>
    paths.map((path) => `<template data-prerender="${language} ${path}"><p>${language} ${path}</p></template>`),
  );
  document.body.innerHTML = `<div id="root"></div>${templates.join('')}`;
}

/** What the page says about itself: the tab's title and what the disguise swaps in the head. */
function pageNames(): { title: string; head: string[] } {
  return { title: document.title, head: [...document.head.querySelectorAll('link, meta')].map((element) => element.outerHTML) };
}

function runBoot(): { shown: string | null; theme: string | undefined; lang: string } {
  // The files are classic scripts for <script> tags: running their text, as the browser does, is the point.
  // disguise.js at the end of the head, then boot.js at the end of the body, as the page runs them.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  (new Function(disguiseSource) as () => void)();
  // Then the parser reaches the build's title.
  document.head.insertAdjacentHTML('beforeend', builtTitle);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  (new Function(bootSource) as () => void)();
  const root = document.getElementById('root');
  const shown = root?.textContent ? root.textContent : null;
  expect(shown === null ? null : shown).toBe(root?.getAttribute('data-prerendered') ?? null);
  return { shown, theme: document.documentElement.dataset.theme, lang: document.documentElement.lang };
}

/** What the app itself shows first, read through its own modules from the same storage. */
async function appsFirstScreen(): Promise<{
  path: string;
  language: string;
  theme: string | undefined;
  lang: string;
  isSame: (path: string) => boolean;
  names: ReturnType<typeof pageNames>;
}> {
  vi.resetModules();
  const { getPreferences } = await import('../prefs/preferences');
  const { detectLanguage, htmlLangFor } = await import('../i18n/languages');
  const { applyTheme } = await import('./theme');
  const { currentPath } = await import('../ui/router');
  const { shouldShowNeutralScreen } = await import('../features/safety/neutralGate');
  const { takeWipeDone } = await import('../features/safety/wipeDone');
  const { readSavedRun } = await import('../features/crisis/resumeStore');
  const { addressFormOf } = await import('../ui/packText');
  const { applyDisguiseBeforeRender } = await import('../features/safety/disguise');
  const preferences = getPreferences();
  const language = preferences.language ?? detectLanguage(navigator.languages);
  // As main.tsx does before the first render, on the head the build made.
  document.head.innerHTML = builtHead;
  applyDisguiseBeforeRender(language, neutralNames[language]);
  const names = pageNames();
  delete document.documentElement.dataset.theme;
  applyTheme(preferences.theme);
  const path = currentPath();
  const isSame = (shown: string) => {
    if (shouldShowNeutralScreen(path) || takeWipeDone()) return false;
    if (shown === `${language} /`) return path === '/';
    // The crisis list, not the country question (a country chosen), not a run resumed, in the default form of address.
    return (
      shown === `${language} /crisis` &&
      path === '/crisis' &&
      preferences.country !== undefined &&
      readSavedRun() === undefined &&
      addressFormOf(preferences) === 'feminine'
    );
  };
  return { path, language, theme: document.documentElement.dataset.theme, lang: htmlLangFor(language), isSame, names };
}

describe('public/boot.js', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
    sessionStorage.clear();
  });

  it('shows a prerender only where the app shows the same screen, and sets the language and theme the app sets', async () => {
    let shownCount = 0;
    let disguisedCount = 0;
    let round = 0;
    for (const preferences of storedPreferences) {
      // The phone's languages matter only where no language is stored: alternate them.
      const device = deviceLanguages[round++ % deviceLanguages.length] ?? [];
      vi.spyOn(navigator, 'languages', 'get').mockReturnValue(device);
      for (const safety of storedSafety)
        for (const session of sessions)
          for (const address of addresses) {
            setUp(preferences, safety, session, address);
            const boot = runBoot();
            const bootNames = pageNames();
            const app = await appsFirstScreen();
            const where = JSON.stringify({ device, preferences, safety, session, address, shown: boot.shown });
            // Disguised exactly where the app disguises, with the same neutral name, icon and manifest.
            expect(bootNames, where).toEqual(app.names);
            if (app.names.title !== appName) disguisedCount += 1;
            if (boot.shown !== null) {
              shownCount += 1;
              expect(app.isSame(boot.shown), where).toBe(true);
            }
            if (preferences !== 'not json') {
              expect(boot.lang, where).toBe(app.lang);
              expect(boot.theme, where).toBe(app.theme);
            }
          }
    }
    // Not a rule that holds by showing nothing: the plain cases do get their prerender.
    expect(shownCount).toBeGreaterThan(30);
    expect(disguisedCount).toBeGreaterThan(30);
  }, 120_000);

  it("shows Home in the phone's language on a first visit, and the crisis list once a country is chosen", () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-CA']);
    setUp(null, null, { storage: {} }, { path: '/' });
    expect(runBoot()).toEqual({ shown: 'fr /', theme: undefined, lang: 'fr-CA' });
    setUp(
      JSON.stringify({ language: 'en', theme: 'dark', country: 'PE' }),
      null,
      { storage: {} },
      { path: '/', state: { screenPath: '/crisis' } },
    );
    expect(runBoot()).toEqual({ shown: 'en /crisis', theme: 'dark', lang: 'en' });
    setUp(JSON.stringify({ language: 'en' }), null, { storage: {} }, { path: '/crisis' });
    expect(runBoot().shown).toBeNull();
  });

  it('leaves #root empty with the disguise on, even before the code was ever entered', () => {
    setUp(
      JSON.stringify({ language: 'es', country: 'PE' }),
      JSON.stringify({ isDisguised: true, disguiseCodeSeal: seal }),
      { storage: {} },
      { path: '/' },
    );
    expect(runBoot().shown).toBeNull();
    expect(document.getElementById('root')?.childNodes).toHaveLength(0);
  });

  describe('with the disguise on', () => {
    const storedSafetyValues: (string | null)[] = [
      ...storedSafety,
      'null',
      '[]',
      '"on"',
      '',
      JSON.stringify([{ isDisguised: true, disguiseCodeSeal: seal }]),
      JSON.stringify({ isDisguised: true, disguiseCodeSeal: seal }),
      JSON.stringify({ neutralUrl: 'http://example.org/', isDisguised: true, disguiseCodeSeal: seal, extra: 1 }),
      JSON.stringify({ isDisguised: 1, disguiseCodeSeal: seal }),
      JSON.stringify({ isDisguised: true, disguiseCodeSeal: null }),
      JSON.stringify({ isDisguised: true, disguiseCodeSeal: [seal.salt, seal.digest] }),
      JSON.stringify({ isDisguised: true, disguiseCodeSeal: { salt: seal.salt } }),
      JSON.stringify({ isDisguised: true, disguiseCodeSeal: { salt: 'not base64!', digest: seal.digest } }),
      JSON.stringify({ isDisguised: true, disguiseCodeSeal: { salt: seal.salt, digest: '' } }),
      JSON.stringify({ isDisguised: true, disguiseCodeSeal: { salt: 'A'.repeat(100), digest: seal.digest } }),
      JSON.stringify({ isDisguised: true, disguiseCodeSeal: { salt: 'A'.repeat(101), digest: seal.digest } }),
      JSON.stringify({ isDisguised: true, disguiseCodeSeal: { salt: 'YQ===', digest: seal.digest } }),
      JSON.stringify({ isDisguised: true, disguiseCodeSeal: { salt: 'YQ==\n', digest: seal.digest } }),
      JSON.stringify({ isDisguised: true, disguiseCodeSeal: { salt: 42, digest: seal.digest } }),
      JSON.stringify({ isDisguised: true, disguiseCodeSeal: { ...seal, extra: 'x' } }),
    ];

    it("names the page as the app does on every kind of stored setting, in each language, before the app's code runs", async () => {
      let disguised = 0;
      for (const safety of storedSafetyValues)
        for (const language of languages) {
          setUp(JSON.stringify({ language }), safety, { storage: {} }, { path: '/journal' });
          runBoot();
          const bootNames = pageNames();
          const app = await appsFirstScreen();
          expect(bootNames, JSON.stringify({ safety, language })).toEqual(app.names);
          if (app.names.title === neutralNames[language]) disguised += 1;
        }
      expect(disguised).toBe(3 * 5);
    }, 60_000);

    it('names the tab, the icon, the theme colour, the description and the manifest like the calculator, before the title and the body exist', async () => {
      setUp(
        JSON.stringify({ language: 'fr' }),
        JSON.stringify({ isDisguised: true, disguiseCodeSeal: seal }),
        { storage: {} },
        { path: '/' },
      );
      // Run where the page runs it: in the head, with no body parsed yet.
      const body = document.body;
      body.remove();
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      (new Function(disguiseSource) as () => void)();
      expect(document.title).toBe(neutralNames.fr);
      // The build's title, parsed after the script, names nothing and is taken out: one title is left.
      const titles = document.getElementsByTagName('title');
      document.head.insertAdjacentHTML('beforeend', builtTitle);
      expect(document.title).toBe(neutralNames.fr);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect([...titles].map((title) => title.textContent)).toEqual([neutralNames.fr]);
      document.documentElement.append(body);
      const value = (selector: string, attribute: string) =>
        [...document.head.querySelectorAll(selector)].map((element) => element.getAttribute(attribute));
      expect(value('link[rel="manifest"]', 'href')).toEqual(['/disguise/manifest-fr.webmanifest']);
      expect(value('link[rel="icon"]', 'href')).toEqual(['/disguise/icon-192.png']);
      expect(value('link[rel="apple-touch-icon"]', 'href')).toEqual(['/disguise/apple-touch-icon.png']);
      expect(value('meta[name="theme-color"]', 'content')).toEqual(['#44474d', '#44474d']);
      expect(value('meta[name="description"]', 'content')).toEqual([neutralNames.fr]);
    });

    it('turned off in Settings, gives back exactly what the build made, although boot.js disguised the page first', async () => {
      setUp(JSON.stringify({ language: 'en' }), null, { storage: {} }, { path: '/' });
      const built = [...document.head.querySelectorAll('link, meta')].map((element) => element.outerHTML);
      setUp(
        JSON.stringify({ language: 'en' }),
        JSON.stringify({ isDisguised: true, disguiseCodeSeal: seal }),
        { storage: {} },
        { path: '/' },
      );
      runBoot();
      vi.resetModules();
      const { applyDisguise } = await import('../features/safety/disguise');
      // The shell disguises on the first render (QuickExit), then she turns the disguise off in Settings.
      applyDisguise(true, 'en', neutralNames.en);
      applyDisguise(false, 'en', neutralNames.en);
      const restored = [...document.head.querySelectorAll('link, meta')].map((element) =>
        element.outerHTML.replace(/ data-undisguised="[^"]*"/, ''),
      );
      expect(restored).toEqual(built);
      // And on again, in another language.
      applyDisguise(true, 'fr', neutralNames.fr);
      expect(document.head.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe('/disguise/manifest-fr.webmanifest');
      applyDisguise(false, 'fr', neutralNames.fr);
      expect(document.head.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe('/manifest.webmanifest');
    });

    it('leaves the title as it is when storage cannot be read, as the app cannot disguise then either', () => {
      setUp(
        JSON.stringify({ language: 'en' }),
        JSON.stringify({ isDisguised: true, disguiseCodeSeal: seal }),
        { storage: {} },
        { path: '/' },
      );
      vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
        throw new DOMException('blocked', 'SecurityError');
      });
      expect(() => runBoot()).not.toThrow();
      expect(document.title).toBe(appName);
    });
  });

  it("shows nothing inside another page's frame, where the app shows nothing either (main.tsx)", () => {
    setUp(JSON.stringify({ language: 'es', country: 'PE' }), null, { storage: {} }, { path: '/' });
    vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
    expect(runBoot().shown).toBeNull();
  });

  it("links the danger button to her country's numbers on the emergency page before the app runs", () => {
    setUp(JSON.stringify({ language: 'es', country: 'PE' }), null, { storage: {} }, { path: '/crisis' });
    const template = document.querySelector<HTMLTemplateElement>('template[data-prerender="es /crisis"]');
    if (template) template.innerHTML = '<a class="crisis-danger" href="/emergency/es.html">es /crisis</a>';
    runBoot();
    expect(document.querySelector('#root a.crisis-danger')?.getAttribute('href')).toBe('/emergency/es.html#country-pe');
  });

  describe('a tap on a button of the screen before React has taken it over', () => {
    const situation = 'I am afraid someone will hurt me';
    /** Boots the crisis list with one situation, and counts clicks the way React's root listener would see them. */
    function bootWithSituation(screen = `<label><input type="checkbox"> Water</label><button type="button">${situation}</button>`): {
      root: HTMLElement;
      clicksSeenByReact: () => number;
      taps: () => string[];
    } {
      performance.clearMarks('companera:hydrated');
      setUp(JSON.stringify({ language: 'es', country: 'PE' }), null, { storage: {} }, { path: '/crisis' });
      const template = document.querySelector<HTMLTemplateElement>('template[data-prerender="es /crisis"]');
      if (template) template.innerHTML = `<main id="main">${screen}</main>`;
      // The file is a classic script for a <script> tag: running its text, as the browser does, is the point.
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      (new Function(bootSource) as () => void)();
      const root = document.getElementById('root');
      if (!root?.querySelector('button')) throw new Error('boot.js showed no prerender');
      let seen = 0;
      const taps: string[] = [];
      root.addEventListener('click', (event) => {
        seen += 1;
        if (event.target instanceof HTMLButtonElement) taps.push(event.target.isConnected ? event.target.textContent : 'detached');
        if (event.target instanceof HTMLInputElement) taps.push(`ticked ${String(event.target.checked)}`);
      });
      return { root, clicksSeenByReact: () => seen, taps: () => taps };
    }
    function takeOver(): void {
      performance.mark('companera:hydrated');
      window.dispatchEvent(new Event('companera:hydrated'));
    }

    it('is held, then given to the same button once the screen works, and later taps pass straight through', () => {
      const { root, clicksSeenByReact, taps } = bootWithSituation();
      const button = root.querySelector('button');
      const tap = new MouseEvent('click', { bubbles: true, cancelable: true });
      button?.dispatchEvent(tap);
      expect(tap.defaultPrevented).toBe(true);
      expect(clicksSeenByReact()).toBe(0);

      takeOver();
      expect(taps()).toEqual([situation]);
      button?.click();
      expect(taps()).toEqual([situation, situation]);
    });

    it('goes to the button that says the same when React drew the screen afresh, and is not given twice', () => {
      const { root, taps } = bootWithSituation();
      root.querySelector('button')?.click();
      expect(taps()).toEqual([]);
      const main = root.querySelector('main');
      if (main) main.innerHTML = `<button type="button">Another situation</button><button type="button">${situation}</button>`;
      takeOver();
      expect(taps()).toEqual([situation]);
      window.dispatchEvent(new Event('companera:hydrated'));
      expect(taps()).toEqual([situation]);
    });

    it('leaves a tick box unticked until the app ticks it, then gives the ticks and the situation in the order she made them', () => {
      const { root, taps } = bootWithSituation();
      const box = root.querySelector('input');
      box?.click();
      expect(box?.checked).toBe(false);
      root.querySelector('button')?.click();
      expect(taps()).toEqual([]);
      takeOver();
      expect(taps()).toEqual(['ticked true', situation]);
      expect(box?.checked).toBe(true);
    });

    it('marks a held tap as taken, and counts a second tap on the same tick box as the same wish', () => {
      const { root, taps } = bootWithSituation();
      const box = root.querySelector('input');
      box?.click();
      expect(box?.getAttribute('aria-busy')).toBe('true');
      box?.click();
      takeOver();
      expect(taps()).toEqual(['ticked true']);
      expect(box?.hasAttribute('aria-busy')).toBe(false);
    });

    it('never holds a tap on what React drew itself, such as the screen that says something failed', () => {
      const { root, taps } = bootWithSituation();
      const main = root.querySelector('main');
      if (main) main.innerHTML = '<button type="button">Go home</button>';
      root.querySelector('button')?.click();
      expect(taps()).toEqual(['Go home']);
    });

    it('keeps only the last of several taps, as she changed her mind', () => {
      const { root, taps } = bootWithSituation('<button type="button">first</button><button type="button">second</button>');
      const [first, second] = root.querySelectorAll('button');
      first?.click();
      second?.click();
      expect(first?.hasAttribute('aria-busy')).toBe(false);
      takeOver();
      expect(taps()).toEqual(['second']);
    });
  });

  it("loads the screen's own stylesheet and keeps the screen invisible until it is in", () => {
    setUp(JSON.stringify({ language: 'es', country: 'PE' }), null, { storage: {} }, { path: '/crisis' });
    document.querySelector('template[data-prerender="es /crisis"]')?.setAttribute('data-css', '/assets/crisis.css');
    runBoot();
    const root = document.getElementById('root');
    const link = document.head.querySelector<HTMLLinkElement>('link[rel="stylesheet"][href="/assets/crisis.css"]');
    expect(root?.hasAttribute('data-styling')).toBe(true);
    link?.dispatchEvent(new Event('load'));
    expect(root?.hasAttribute('data-styling')).toBe(false);
  });
});
