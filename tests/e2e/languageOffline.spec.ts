import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { ContentPage } from './pages/ContentPage';
import { CrisisPage, defaultScript, pathThrough, scriptSlugs, type UiLanguage } from './pages/CrisisPage';
import { builtInExercise } from './pages/SelfCarePage';
import { SettingsPage } from './pages/SettingsPage';
import { peru } from './support/crisisOffline';
import { goOffline, waitForOfflineReady } from './support/offline';

const contentDir = join(import.meta.dirname, '../../content');
const exerciseSlugs = ['breathing-slow', 'grounding-54321', 'meditation-short'];
const guideTitle = (language: UiLanguage) =>
  (JSON.parse(readFileSync(join(contentDir, 'guides', `oars.${language}.json`), 'utf8')) as { title: string }).title;
const endonyms = { es: 'Español', fr: 'Français' } as const;

test.use({ locale: 'en' });

test('after one visit in English, offline, Spanish then French have every crisis script, the danger button, the directory, self-care and guides, and a run started in English goes on in Spanish', async ({
  page,
  context,
}) => {
  // One online visit. The packs of every language install in the background; the Content screen shows when.
  const content = new ContentPage(page);
  await content.open();
  await waitForOfflineReady(page);
  for (const language of ['en', 'es', 'fr'] as const) {
    for (const slug of scriptSlugs)
      await expect(content.installedPack(defaultScript(slug, language).title)).toHaveCount(1, { timeout: 30_000 });
  }

  // A Companion starts the panic script in English and gets two steps in.
  const english = new CrisisPage(page, 'en');
  await page.goto('/crisis');
  await english.country(peru.en).click();
  const panic = defaultScript('panic', 'en');
  await english.script(panic.title).click();
  const [first, second, third] = pathThrough(panic, 'no');
  if (!first?.optionLabel || !second || !third) throw new Error('the panic script is shorter than expected');
  await english.option(first.optionLabel).click();
  await expect(english.stepText()).toHaveText(second.step.text);

  await goOffline(context);
  const settings = new SettingsPage(page);
  for (const language of ['es', 'fr'] as const) {
    await settings.open();
    await settings.chooseLanguage(endonyms[language]);
    const crisis = new CrisisPage(page, language);
    await page.goto('/crisis');
    if (language === 'es') {
      // The run goes on at the same step, now in Spanish (the scripts share their step ids).
      const spanishStep = defaultScript('panic', 'es').steps.find((step) => step.id === second.step.id);
      await expect(crisis.stepText()).toHaveText(spanishStep?.text ?? 'missing step');
      await crisis.stop().click();
      await crisis.stopQuestion().getByRole('button', { name: crisis.strings.stopConfirm.stop }).click();
    }
    await expect(crisis.dangerButton()).toBeVisible();
    for (const slug of scriptSlugs) await expect(crisis.script(defaultScript(slug, language).title)).toHaveCount(1);

    // Peru's emergency numbers, from the directory: SAMU ambulance 106 and police 105
    // (gob.pe, "Números de emergencia"), whatever the language.
    await page.goto('/directory');
    await expect(page.getByRole('main').locator('a[href="tel:106"]').first()).toBeVisible();
    await expect(page.getByRole('main').locator('a[href="tel:105"]').first()).toBeVisible();

    await page.goto('/selfcare');
    for (const slug of exerciseSlugs) await expect(page.getByText(builtInExercise(slug, language).title, { exact: true })).toBeVisible();

    await page.goto('/guides');
    await expect(page.getByRole('main').getByText(guideTitle(language), { exact: true }).first()).toBeVisible();
  }
});
