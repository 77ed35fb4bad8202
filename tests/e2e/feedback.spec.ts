import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { goOffline, waitForOfflineReady } from './support/offline';
import { dumpBrowserStorage, findInDump } from './support/storageDump';
import { expect, test } from './support/test';
import { vaultStrings, type UiLanguage } from './pages/CrisisPage';

const localesDir = join(import.meta.dirname, '../../locales');
type FeedbackStrings = {
  topic: { group: string };
  questions: Record<'useful' | 'safe' | 'clear' | 'again', string>;
  scale: Record<'1' | '2' | '3' | '4' | '5', string>;
  start: { title: string; begin: string };
  form: { title: string; comment: string; send: string; thanks: string; end: string };
  ended: { title: string; seeAll: string };
  list: { title: string };
  export: { withComments: string; save: string; comment: string; header: Record<string, string> };
};
function feedbackStrings(language: UiLanguage): FeedbackStrings {
  return JSON.parse(readFileSync(join(localesDir, language, 'feedback.json'), 'utf8')) as FeedbackStrings;
}
function homeLinkName(language: UiLanguage): string {
  return (JSON.parse(readFileSync(join(localesDir, language, 'common.json'), 'utf8')) as { shell: { homeLink: string } }).shell.homeLink;
}

const browserLocale: Record<UiLanguage, string> = { es: 'es-419', en: 'en', fr: 'fr-CA' };
const passphrase = 'seven lanterns on the quay';

type Person = { useful?: '1' | '2' | '3' | '4' | '5'; safe?: '1' | '2' | '3' | '4' | '5'; comment?: string };

async function answer(form: Locator, words: FeedbackStrings, person: Person): Promise<void> {
  for (const question of ['useful', 'safe'] as const) {
    const point = person[question];
    if (point) await form.getByRole('group', { name: words.questions[question] }).getByRole('radio', { name: words.scale[point] }).check();
  }
  if (person.comment) await form.getByRole('textbox', { name: words.form.comment }).fill(person.comment);
  await form.getByRole('button', { name: words.form.send }).click();
  await expect(form.getByText(words.form.thanks)).toBeVisible();
  // The next person sees a clean form.
  await expect(form.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(form.getByRole('textbox', { name: words.form.comment })).toHaveValue('');
}

async function openOffline(page: Page, context: Parameters<typeof goOffline>[0], path: string): Promise<void> {
  await page.goto('/settings');
  await waitForOfflineReady(page);
  await goOffline(context);
  await page.goto(path);
}

for (const language of ['es', 'en', 'fr'] as const) {
  test.describe(`feedback in ${language}`, () => {
    test.use({ locale: browserLocale[language], viewport: { width: 320, height: 720 } });

    test(`${language}: three participants answer offline on one phone, the facilitator's passphrase ends the round, the CSV holds the counts`, async ({
      page,
      context,
    }) => {
      test.setTimeout(120_000);
      const words = feedbackStrings(language);
      const vault = vaultStrings(language);
      const main = page.getByRole('main');
      await openOffline(page, context, '/feedback/new?for=group:qfb-theme');

      // No vault yet: it is set up right here, then the round's start screen.
      await expect(page.getByRole('heading', { name: vault.setup.title })).toBeVisible();
      await main.getByLabel(vault.setup.passphrase, { exact: true }).fill(passphrase);
      await main.getByLabel(vault.setup.confirm, { exact: true }).fill(passphrase);
      await main.getByRole('button', { name: vault.setup.create }).click();
      await expect(page.getByRole('heading', { name: words.start.title, level: 1 })).toBeVisible();
      await expect(main).toContainText(words.topic.group.replace('{{slug}}', 'qfb-theme'));
      await expectNoAxeViolations(page, 'round start');
      await main.getByRole('button', { name: words.start.begin }).click();

      const form = page.getByRole('dialog', { name: words.form.title });
      await expect(form).toBeVisible();
      // A tap on the app's header lands on the form, and the header's link cannot be clicked.
      const headerBox = await page.locator('header').boundingBox();
      if (!headerBox) throw new Error('the header should be laid out under the form');
      const tapLandsOnForm = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('dialog') != null, {
        x: headerBox.x + 10,
        y: headerBox.y + headerBox.height / 2,
      });
      expect(tapLandsOnForm).toBe(true);
      await expect(page.getByRole('link', { name: homeLinkName(language) }).click({ timeout: 1500 })).rejects.toThrow();
      await expect(form.getByRole('link')).toHaveCount(0);
      for (let press = 0; press < 25; press++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
      // Escape does not close it.
      await page.keyboard.press('Escape');
      await expect(form).toBeVisible();
      await expectNoAxeViolations(page, 'participant form');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

      const marker = `QFB-${language}-comment`;
      await answer(form, words, { useful: '5', safe: '4', comment: `${marker}, "warm" group` });
      await answer(form, words, { useful: '5', safe: '5' });
      await answer(form, words, { useful: '3', comment: `${marker}-2` });

      // Ending needs the facilitator: the vault locks and asks for her passphrase.
      await form.getByRole('button', { name: words.form.end }).click();
      await expect(form).toHaveCount(0);
      await expect(page.getByRole('heading', { name: vault.unlock.title })).toBeVisible();
      await expect(main).not.toContainText(marker);
      await main.getByLabel(vault.unlock.passphrase, { exact: true }).fill(passphrase);
      await main.getByRole('button', { name: vault.unlock.open }).click();
      await expect(page.getByRole('heading', { name: words.ended.title, level: 1 })).toBeVisible();
      await expect(main).toContainText('3');

      await main.getByRole('button', { name: words.ended.seeAll }).click();
      await expect(page.getByRole('heading', { name: words.list.title, level: 1 })).toBeVisible();
      await expect(main).toContainText(marker);
      await expectNoAxeViolations(page, 'feedback list');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

      await main.getByRole('radio', { name: words.export.withComments }).check();
      const downloading = page.waitForEvent('download');
      await main.getByRole('button', { name: words.export.save }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^feedback-\d{4}-\d{2}-\d{2}\.csv$/);
      const path = await download.path();
      const csv = readFileSync(path, 'utf8').split('\r\n');
      const { header } = words.export;
      expect(csv[0]).toBe([header.date, header.topic, header.people, header.question, header.answer, header.count].join(','));
      const useful = words.questions.useful.includes(',') ? `"${words.questions.useful}"` : words.questions.useful;
      const row = (question: string, point: number, count: number) =>
        expect(
          csv.some((line) => line.endsWith(`,group:qfb-theme,3,${question},${point},${count}`)),
          `${question} ${point}`,
        ).toBe(true);
      row(useful, 5, 2);
      row(useful, 3, 1);
      row(useful, 1, 0);
      expect(csv.some((line) => line.endsWith(`,group:qfb-theme,3,${words.export.comment},"${marker}, ""warm"" group",`))).toBe(true);

      // The comments and the counts are only ciphertext in storage.
      const dump = await dumpBrowserStorage(page);
      for (const needle of [marker, 'qfb-theme']) expect(findInDump(dump, needle), needle).toEqual([]);
    });
  });
}

test.describe('feedback: leaving the form', () => {
  test.use({ locale: 'en' });

  test('Back while the form is up locks the vault: the journal then asks for the passphrase', async ({ page, context }) => {
    test.setTimeout(90_000);
    const words = feedbackStrings('en');
    const vault = vaultStrings('en');
    const main = page.getByRole('main');
    await page.goto('/settings');
    await waitForOfflineReady(page);
    await goOffline(context);
    await page.goto('/feedback');
    await main.getByLabel(vault.setup.passphrase, { exact: true }).fill(passphrase);
    await main.getByLabel(vault.setup.confirm, { exact: true }).fill(passphrase);
    await main.getByRole('button', { name: vault.setup.create }).click();
    await expect(page.getByRole('heading', { name: words.list.title, level: 1 })).toBeVisible();
    await page.evaluate(() => {
      window.history.pushState(null, '', '/feedback/new?for=course:course-02-oars');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    // The topic is named by its installed guide's title.
    await expect(main).toContainText('OARS: open questions, affirmations, reflections, summaries');
    await main.getByRole('button', { name: words.start.begin }).click();
    await expect(page.getByRole('dialog', { name: words.form.title })).toBeVisible();

    await page.goBack();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.evaluate(() => {
      window.history.pushState(null, '', '/journal');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.getByRole('heading', { name: vault.unlock.title })).toBeVisible();
  });

  test('a bad `for` parameter gets a clear message', async ({ page }) => {
    await page.goto('/feedback/new?for=group:Not%20a%20slug');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This feedback round cannot start');
    await expect(page.getByRole('alert')).toContainText('does not recognise');
    await expectNoAxeViolations(page, 'bad for parameter');
  });
});
