import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';
import { goOffline, waitForOfflineReady } from './support/offline';
import { spokenSoFar, stubSpeech } from './support/speech';
import type { UiLanguage } from './pages/CrisisPage';
import { builtInExercise, SelfCarePage } from './pages/SelfCarePage';

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const browserLocale: Record<UiLanguage, string> = { es: 'es-419', en: 'en', fr: 'fr-CA' };
/** The language tag each exercise must be spoken with: the variety the app writes in. */
const speechLanguage: Record<UiLanguage, string> = { es: 'es-419', en: 'en', fr: 'fr-CA' };
const exerciseSlugs = ['breathing-slow', 'grounding-54321', 'meditation-short'] as const;

for (const language of ['es', 'en', 'fr'] as const) {
  test.describe(`self-care in ${language}, offline`, () => {
    test.use({ locale: browserLocale[language] });

    test('breathing, grounding and the meditation speak each step in their language, and pausing stops the voice', async ({
      page,
      context,
    }) => {
      test.setTimeout(120_000);
      // A voice of another language first: the app must pick the one that matches, not the default.
      await stubSpeech(page, ['de-DE', speechLanguage[language]]);
      await page.clock.install();
      const selfCare = new SelfCarePage(page, language);
      await selfCare.open('/selfcare');
      await expect(selfCare.exercises()).toHaveCount(3, { timeout: 30_000 });
      await waitForOfflineReady(page);
      await goOffline(context);
      await page.reload();
      await expect(selfCare.exercises()).toHaveCount(3);

      for (const slug of exerciseSlugs) {
        const exercise = builtInExercise(slug, language);
        const [first, second] = exercise.steps;
        if (!first || !second) throw new Error(`${exercise.id} needs two steps`);
        const spokenBefore = (await spokenSoFar(page)).length;
        await selfCare.exercise(exercise.title).click();
        await selfCare.speakEachStep().check();
        await selfCare.start().click();
        await expect
          .poll(async () => (await spokenSoFar(page)).slice(spokenBefore))
          .toEqual([{ text: first.text, lang: speechLanguage[language], voice: speechLanguage[language] }]);

        await page.clock.runFor(first.seconds * 1_000);
        await expect(page.getByText(second.text, { exact: true })).toBeVisible();
        await expect
          .poll(async () => (await spokenSoFar(page)).slice(spokenBefore).map((spoken) => spoken.text))
          .toEqual([first.text, second.text]);
        expect((await spokenSoFar(page)).every((spoken) => spoken.lang === speechLanguage[language])).toBe(true);

        await selfCare.pause().click();
        const spokenAtPause = (await spokenSoFar(page)).length;
        await page.clock.runFor(second.seconds * 1_000);
        expect(await spokenSoFar(page)).toHaveLength(spokenAtPause);
        await selfCare.backToList().click();
      }
    });

    test('axe finds no WCAG A/AA violation on an exercise with voice guidance, and on the no-voice message', async ({ page }) => {
      await stubSpeech(page, ['de-DE']);
      const selfCare = new SelfCarePage(page, language);
      await selfCare.open('/selfcare');
      await expect(selfCare.exercises()).toHaveCount(3, { timeout: 30_000 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await selfCare.exercise(builtInExercise('grounding-54321', language).title).click();
        await selfCare.speakEachStep().check();
        await selfCare.start().click();
        // No voice for this language on the phone: the app says so, and how to add one.
        await expect(
          page
            .getByRole('main')
            .getByRole('status')
            .filter({ hasText: /Text|Texto|Synthèse/ }),
        ).toBeVisible();
        await expect(selfCare.speakEachStep()).not.toBeChecked();
        const results = await new AxeBuilder({ page }).withTags(wcagAA).analyze();
        expect(
          results.violations.map(
            (violation) => `${colorScheme}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
        expect(await spokenSoFar(page)).toEqual([]);
        await selfCare.backToList().click();
      }
    });
  });
}
