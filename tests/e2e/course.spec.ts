import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { goOffline, waitForOfflineReady } from './support/offline';
import { spokenSoFar, stubSpeech } from './support/speech';
import { dumpBrowserStorage, findInDump } from './support/storageDump';
import type { UiLanguage } from './pages/CrisisPage';
import { GuidesPage } from './pages/GuidesPage';

/*
 * A learner does course module 1 from start to end, offline and without a journal, in each
 * language: every part, every drill kind, the scenario (with a weak choice that loops back) and
 * the role-play read aloud; what she practised survives a reload and shows on the summary.
 * Texts come from the module and the locale files, so the test follows the content, not a copy.
 */

const root = join(import.meta.dirname, '../..');
const slug = 'course-01-companion-role';
const browserLocale: Record<UiLanguage, string> = { es: 'es-419', en: 'en', fr: 'fr-CA' };
const speechLanguage: Record<UiLanguage, string> = { es: 'es-419', en: 'en', fr: 'fr-CA' };

type Strings = Record<string, unknown>;
function readJson(path: string): Strings {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as Strings;
}

/** A locale string by its dotted key, with {{name}} filled in. */
function stringOf(strings: Strings, key: string, values: Record<string, string | number> = {}): string {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Strings | undefined)?.[part], strings);
  if (typeof found !== 'string') throw new Error(`no string ${key}`);
  return found.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(values[name]));
}

/** Pack text as the app shows it before a form of address is chosen: the first (feminine) alternate. */
function shown(text: string): string {
  return text.replace(/\[\[([^|\]]*)\|[^\]]*\]\]/g, '$1');
}

type Module = {
  title: string;
  order: number;
  minutes: number;
  drills: { id: string; options: { text: string; isBest: boolean }[] }[];
  practice: (
    | { id: string; kind: 'spot'; lines: { text: string; isMistake: boolean }[] }
    | { id: string; kind: 'rewrite'; original: string }
    | { id: string; kind: 'order'; steps: { text: string; why: string }[] }
  )[];
  scenario: { start: string; nodes: { id: string; text: string; choices: { text: string; isGood: boolean; next: string }[] }[] };
  roleplay: { roles: { name: string; brief: string }[] };
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const language of ['es', 'en', 'fr'] as const) {
  test.describe(`course module 1 in ${language}, offline`, () => {
    test.use({ locale: browserLocale[language] });

    test('a learner does every part without a journal; progress and the place she left survive a reload; the role-play reads aloud; axe is clean', async ({
      page,
      context,
    }) => {
      test.setTimeout(180_000);
      const guidesStrings = readJson(`locales/${language}/guides.json`);
      const speechStrings = readJson(`locales/${language}/speech.json`);
      const t = (key: string, values?: Record<string, string | number>) => stringOf(guidesStrings, key, values);
      const module = readJson(`content/guides/${slug}.${language}.json`) as unknown as Module;
      const partButton = (part: string) => guides.button(new RegExp(`^\\d\\. ${escape(t(`course.parts.${part}`))}$`));
      const next = (part: string) => guides.button(t('course.parts.next', { part: t(`course.parts.${part}`) })).click();
      const marker = `Rewrite-marker-${language}-7f3a`;

      await stubSpeech(page, ['de-DE', speechLanguage[language]]);
      const guides = new GuidesPage(page);
      await guides.open();
      await guides.waitForContent(t('categories.course'));
      await waitForOfflineReady(page);
      await goOffline(context);
      await page.reload();
      await guides.waitForContent(t('categories.course'));

      // The course lists ten modules, each with its time.
      // "Module 1: …", "Módulo 1: …": the words before the number, then any number.
      const modulePrefix = t('moduleNumber', { number: 1, title: '' }).split('1')[0] ?? '';
      const moduleLinks = guides.main().getByRole('link', { name: new RegExp(`^${escape(modulePrefix)}\\d+`) });
      await expect(moduleLinks).toHaveCount(10);
      const moduleTitle = shown(t('moduleNumber', { number: module.order, title: module.title }));
      const row = guides
        .main()
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: moduleTitle }) });
      await expect(row).toContainText(t('course.minutes', { minutes: module.minutes }));
      await expectNoAxeViolations(page, `${language} course list`);

      // Before it starts: what it touches, with where to turn.
      await guides.link(moduleTitle).click();
      await expect(guides.link(t('course.selfCareLink'))).toHaveAttribute('href', '/selfcare');
      await expect(guides.link(t('course.crisisLink'))).toHaveAttribute('href', '/crisis');
      await expectNoAxeViolations(page, `${language} content note`);
      await guides.button(t('contentNote.continue')).click();
      await expect(guides.heading(moduleTitle)).toBeVisible();

      await next('example');
      await expect(guides.main().getByRole('list', { name: t('course.example.dialogue') })).toContainText(
        t('course.example.speaker', { speaker: t('course.example.speakers.companion') }),
      );
      await next('practice');
      await expect(guides.main().getByRole('heading', { level: 2, name: t('course.parts.practice') })).toBeFocused();

      // Choose the better reply, every drill.
      let number = 0;
      for (const drill of module.drills) {
        number += 1;
        const region = guides.region(`${t('drill.title')} ${number}`);
        const best = drill.options.find((option) => option.isBest);
        if (!best) throw new Error('a drill without a best option');
        await region.getByRole('radio', { name: shown(best.text) }).check();
        await region.getByRole('button', { name: t('drill.check') }).click();
        await expect(region.getByRole('listitem').filter({ hasText: t('drill.yourChoice') })).toContainText(t('drill.best'));
      }
      for (const drill of module.practice) {
        number += 1;
        const region = guides.region(new RegExp(`^${escape(t('drill.title'))} ${number}$`));
        if (drill.kind === 'spot') {
          for (const line of drill.lines.filter((candidate) => candidate.isMistake)) {
            await region.getByRole('checkbox', { name: shown(line.text) }).check();
          }
          await region.getByRole('button', { name: t('drill.check') }).click();
          await expect(region.getByText(t('course.spot.allFound'))).toBeFocused();
        } else if (drill.kind === 'rewrite') {
          await region.getByRole('textbox', { name: t('course.rewrite.label') }).fill(marker);
          await region.getByRole('button', { name: t('course.rewrite.compare') }).click();
          await expect(region.getByRole('heading', { name: t('course.rewrite.checks') })).toBeFocused();
        } else {
          const texts = drill.steps.map((step) => shown(step.text));
          const order = async () => (await region.locator('.course-order-text').allTextContents()).map((text) => text.trim());
          expect(await order()).not.toEqual(texts);
          // With the keyboard only: each right step is brought up to its place.
          for (const [place, text] of texts.entries()) {
            for (let at = (await order()).indexOf(text); at > place; at -= 1) {
              await region.getByRole('button', { name: t('course.order.moveUp', { step: text }) }).press('Enter');
            }
          }
          expect(await order()).toEqual(texts);
          await region.getByRole('button', { name: t('course.order.check') }).click();
          await expect(region.getByText(t('course.order.allRight'))).toBeFocused();
          for (const step of drill.steps) await expect(region.getByText(shown(step.why))).toBeVisible();
        }
      }
      await expectNoAxeViolations(page, `${language} practice with feedback`);

      // The scenario: a weak choice first (it loops back), then good choices to an end.
      await next('scenario');
      const scenario = module.scenario;
      const nodeOf = (id: string) => scenario.nodes.find((node) => node.id === id);
      let node = nodeOf(scenario.start);
      const loop = node?.choices.find((choice) => !choice.isGood && choice.next === scenario.start);
      if (node && loop) {
        await guides.button(shown(loop.text)).click();
        await expect(guides.main().getByText(t('course.scenario.weak'), { exact: true })).toBeFocused();
        await guides.button(t('course.scenario.continue')).click();
        await expect(guides.main().getByText(shown(node.text), { exact: true })).toBeFocused();
      }
      for (let turns = 0; node && node.choices.length > 0 && turns < 12; turns += 1) {
        const good = node.choices.find((choice) => choice.isGood) ?? node.choices[0];
        if (!good) break;
        await guides.button(shown(good.text)).click();
        await guides.button(t('course.scenario.continue')).click();
        node = nodeOf(good.next);
        if (node) await expect(guides.main().getByText(shown(node.text), { exact: true })).toBeFocused();
      }
      await expect(guides.main().getByText(t('course.scenario.ended'))).toBeVisible();
      await expectNoAxeViolations(page, `${language} scenario end`);

      // The role-play: the second player's card reads her own role aloud.
      await next('roleplay');
      const second = module.roleplay.roles[1];
      if (!second) throw new Error('a role-play needs two roles');
      const roleHeading = shown(t('course.roleplay.role', { number: 2, name: second.name }));
      const spokenBefore = (await spokenSoFar(page)).length;
      await guides
        .region(roleHeading)
        .getByRole('button', { name: stringOf(speechStrings, 'read') })
        .click();
      await expect
        .poll(async () => (await spokenSoFar(page)).slice(spokenBefore))
        .toEqual([{ text: `${roleHeading}\n\n${shown(second.brief)}`, lang: speechLanguage[language], voice: speechLanguage[language] }]);
      await guides.button(t('course.roleplay.done')).click();
      await expect(guides.main().getByText(t('course.roleplay.marked'))).toBeVisible();
      await expectNoAxeViolations(page, `${language} role-play`);

      await next('finish');
      await expect(guides.link(t('course.feedback'))).toHaveAttribute('href', `/feedback/new?for=course:${slug}`);
      await guides.button(t('finish.markDone')).click();
      await expect(guides.main().getByText(t('finish.done'))).toBeVisible();

      // After a reload, with no journal: the same part, and the progress.
      await page.reload();
      await expect(guides.main().getByText(t('course.parts.resumed'))).toBeVisible();
      await expect(partButton('finish')).toHaveAttribute('aria-current', 'step');
      await expect(guides.main().getByText(t('finish.done'))).toBeVisible();
      await guides.link(t('course.summaryLink')).click();
      await expect(guides.heading(t('course.summary.title'))).toBeVisible();
      const summary = guides
        .main()
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: moduleTitle }) });
      await expect(summary).toContainText(t('course.summary.done'));
      const total = module.drills.length + module.practice.length;
      await expect(summary).toContainText(t('course.practised', { answered: total, total }));
      await expect(summary).toContainText(t('course.summary.scenarioDone'));
      await expect(summary).toContainText(t('course.summary.rolePlayDone'));
      await expect(guides.button(t('course.summary.copy'))).toBeVisible();
      await expectNoAxeViolations(page, `${language} summary`);

      await guides.link(t('course.summary.back')).click();
      await guides.waitForContent(t('categories.course'));
      await expect(guides.main().getByText(t('courseProgress', { done: 1, total: 10 }))).toBeVisible();

      // What she typed was never kept; only public ids are.
      const dump = await dumpBrowserStorage(page);
      expect(findInDump(dump, marker)).toEqual([]);
    });
  });
}
