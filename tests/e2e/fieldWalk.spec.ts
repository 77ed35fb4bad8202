import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { AppShell } from './pages/AppShell';

/*
 * What a field walk on a small phone checks, screen by screen, in each language at 320 and 360 px
 * wide: nothing scrolls sideways, every control is big enough to hit, and no accessible name reads
 * an emoji aloud ("grinning face, Very bad").
 *
 * Sizes (WCAG 2.5.8 asks 24 px at least; we aim at 44 where nothing constrains the control):
 * - A control "stands alone" unless it is inline in a sentence: a link whose nearest block holds
 *   text outside the link (a link inside a paragraph of prose). A control that stands alone is at
 *   least 44x44 px.
 * - A link inline in a sentence is at least 24 px wide; its height is the text's (WCAG exempts it).
 * - A control in a table shares its row with its peers (a calendar's seven days leave 41 px each on
 *   a 320 px screen): it is at least 24x24 px.
 * - A checkbox or radio is at least 24x24 px itself (so it never shrinks beside a long label),
 *   and its label, which is what a finger hits, stands alone.
 */

type Screen = { path: string; ready?: string; prepare?: (page: Page) => Promise<void> };

const screens: Screen[] = [
  { path: '/' },
  { path: '/journal' },
  { path: '/settings' },
  { path: '/privacy' },
  // Built-in packs install in the background; each content screen waits for what they bring.
  { path: '/directory', ready: 'option[value="PE"]', prepare: showPeru },
  { path: '/directory/r027-linea-100' },
  { path: '/crisis', ready: '.crisis-script' },
  { path: '/selfcare', ready: 'main button' },
  { path: '/guides', ready: '.guide-link' },
  { path: '/guides/course-01-companion-role' },
  { path: '/guides/course-01-companion-role', prepare: (page) => openModulePart(page, 2) },
  { path: '/guides/course-01-companion-role', prepare: (page) => openModulePart(page, 3) },
  { path: '/guides/course/summary' },
];
// The open journal's screens, reached by its own links: a page load would lock it.
const journalScreens = ['/journal/calendar', '/journal/trends', '/journal/settings', '/journal', '/journal/new'];
const widths = [320, 360];
const passphrase = 'a long walk in the rain';
const emoji = /\p{Extended_Pictographic}/u;

type Problem = string;

/** The directory lists places once a country is chosen; Peru's list is long and varied. */
async function showPeru(page: Page): Promise<void> {
  await page.locator('select:has(option[value="PE"])').selectOption('PE');
  await page.locator('.directory-entry-name').first().waitFor();
}

/** A course module's part (0 = what to know), past its content note the first time: practice drills, the scenario. */
async function openModulePart(page: Page, index: number): Promise<void> {
  const note = page.locator('.guide-content-note .guide-actions .button').first();
  await page.locator('.guide-content-note, .course-part').first().waitFor();
  if (await note.isVisible()) await note.click();
  await page.locator('.course-part').nth(index).click();
  await page.locator('.course-part-current').nth(0).waitFor();
}

/** Every visible control on the screen that is too small for what it is, described for the report. */
async function smallTargets(page: Page): Promise<Problem[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const blockDisplays = new Set(['block', 'flex', 'grid', 'list-item', 'table-cell', 'flow-root']);
    const describe = (element: Element, box: DOMRect) =>
      `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 40)}" ${Math.round(box.width)}x${Math.round(box.height)}`;
    const isInlineInSentence = (element: Element): boolean => {
      if (element.tagName !== 'A') return false;
      let block = element.parentElement;
      while (block && !blockDisplays.has(getComputedStyle(block).display)) block = block.parentElement;
      if (!block) return false;
      const ownText = element.textContent.trim();
      return block.textContent.trim().length > ownText.length;
    };
    const controls = document.querySelectorAll(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])',
    );
    for (const element of controls) {
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      // The skip link waits above the page until it is focused (then it is 48 px tall).
      if (box.bottom + window.scrollY <= 0) continue;
      const input = element instanceof HTMLInputElement ? element : undefined;
      if (input && (input.type === 'checkbox' || input.type === 'radio')) {
        if (box.width < 24 || box.height < 24) problems.push(`box ${describe(element, box)}`);
        const label = input.closest('label') ?? (input.id ? document.querySelector(`label[for="${input.id}"]`) : null);
        const labelBox = label?.getBoundingClientRect();
        if (labelBox && labelBox.height < 44) problems.push(`label ${describe(label as Element, labelBox)}`);
        continue;
      }
      if (isInlineInSentence(element)) {
        if (box.width < 24) problems.push(`inline ${describe(element, box)}`);
        continue;
      }
      const minimum = element.closest('table') ? 24 : 44;
      if (box.width < minimum || box.height < minimum) problems.push(describe(element, box));
    }
    return problems;
  });
}

/** Elements wider than the screen, when the page scrolls sideways. */
async function overflow(page: Page): Promise<Problem[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const wide = [...document.body.querySelectorAll('*')].filter(
      (element) => element.getBoundingClientRect().right > root.clientWidth + 0.5,
    );
    // The innermost ones name the cause; their ancestors are wide only because of them.
    const innermost = wide.filter((element) => !wide.some((other) => other !== element && element.contains(other)));
    return [
      `page is ${root.scrollWidth} px wide`,
      ...innermost.slice(0, 5).map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    ];
  });
}

/** Accessible names (as the accessibility tree gives them) that contain an emoji. */
async function emojiNames(page: Page): Promise<Problem[]> {
  const tree = await page.locator('body').ariaSnapshot();
  return tree
    .split('\n')
    .filter((line) => /^\s*- [\w-]+ "/.test(line))
    .filter((line) => emoji.test(/"(.*)"/.exec(line)?.[1] ?? ''))
    .map((line) => line.trim());
}

/** Creates the journal on first visit, unlocks it after that; no words, so it reads the same in every language. */
async function openJournal(page: Page, shell: AppShell): Promise<void> {
  await shell.open('/journal');
  const passphraseFields = page.locator('input[type="password"]');
  await passphraseFields.first().waitFor();
  const isSetup = (await passphraseFields.count()) > 1;
  for (const field of await passphraseFields.all()) await field.fill(passphrase);
  await passphraseFields.last().press('Enter');
  await page.locator('.journal-nav').waitFor();
  if (isSetup) {
    // One check-in, so the calendar and trends draw something.
    await page.locator('.mood-option:has(input[value="4"])').click();
    await page.locator('form:has(.mood-option) button[type="submit"]').click();
    await page.locator('a[href^="/journal/entry/"]').first().waitFor();
  }
}

/** Chart labels smaller than 12 px as drawn (the charts scale with the screen). */
async function smallChartText(page: Page): Promise<Problem[]> {
  return page.locator('svg.trend-chart text').evaluateAll((labels) =>
    labels
      .map((label) => ({
        text: label.textContent,
        size: Number.parseFloat(getComputedStyle(label).fontSize) * ((label as SVGTextElement).getScreenCTM()?.a ?? 1),
      }))
      .filter((label) => label.size < 12)
      .map((label) => `"${label.text}" ${label.size.toFixed(1)} px`),
  );
}

/** The header's name, "Compañera", on one line: a narrow header once broke it mid-word. */
async function isAppNameOnOneLine(page: Page): Promise<boolean> {
  return page.locator('.app-name').evaluate((name) => {
    const range = document.createRange();
    range.selectNodeContents(name);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size === 1;
  });
}

for (const locale of ['es-419', 'en', 'fr-CA']) {
  test.describe(locale, () => {
    test.use({ locale });

    test('every main screen fits 320 and 360 px, with targets big enough and names without emoji', async ({ page }) => {
      // Fifteen screens, each loaded once and checked at both widths (a resize, not a reload):
      // about 35 s on a quiet 2-core machine, much of it the first sync and the journal's key.
      test.setTimeout(120_000);
      const shell = new AppShell(page);
      const problems: string[] = [];
      const checkAtEachWidth = async (path: string) => {
        for (const width of widths) {
          await page.setViewportSize({ width, height: 740 });
          const where = `${width} px ${path}`;
          for (const problem of await overflow(page)) problems.push(`${where}: overflow: ${problem}`);
          for (const problem of await smallTargets(page)) problems.push(`${where}: small target: ${problem}`);
          for (const problem of await emojiNames(page)) problems.push(`${where}: emoji in name: ${problem}`);
          for (const problem of await smallChartText(page)) problems.push(`${where}: chart text: ${problem}`);
          if (!(await isAppNameOnOneLine(page))) problems.push(`${where}: the app's name breaks across lines`);
        }
      };
      await page.setViewportSize({ width: widths[0] ?? 320, height: 740 });
      for (const screen of screens) {
        await shell.open(screen.path);
        if (screen.ready) await page.locator(screen.ready).first().waitFor({ state: 'attached', timeout: 30_000 });
        await screen.prepare?.(page);
        await checkAtEachWidth(screen.path);
      }
      await openJournal(page, shell);
      for (const path of journalScreens) {
        await page.locator(`a[href="${path}"]`).first().click();
        await shell.heading().waitFor();
        await checkAtEachWidth(path);
      }
      expect(problems).toEqual([]);
    });
  });
}

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  // It promises a screen less visible to people nearby: no bright header, no bright crisis card.
  // (Contrast of the text on them is axe's to check, in a11y.spec.)
  test('keeps the header, the crisis action and the crisis card dark', async ({ page }) => {
    await new AppShell(page).open('/');
    const luminances = await page.locator('.app-header, .header-crisis, .main-action-urgent').evaluateAll((elements) =>
      elements.map((element) => {
        const [red = 0, green = 0, blue = 0] = (getComputedStyle(element).backgroundColor.match(/\d+(\.\d+)?/g) ?? []).map(Number);
        const linear = (channel: number) => (channel / 255 <= 0.04045 ? channel / 255 / 12.92 : ((channel / 255 + 0.055) / 1.055) ** 2.4);
        return {
          element: element.getAttribute('class') ?? '',
          luminance: 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue),
        };
      }),
    );
    expect(luminances).toHaveLength(3);
    for (const { element, luminance } of luminances) expect(luminance, element).toBeLessThan(0.1);
  });
});
