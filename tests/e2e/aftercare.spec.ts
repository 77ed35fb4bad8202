import { expectNoAxeViolations } from './support/axe';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { installCrisisThenGoOffline } from './support/crisisOffline';
import { dumpBrowserStorage, findInDump } from './support/storageDump';
import { defaultScript, pathThrough, type UiLanguage } from './pages/CrisisPage';
import { AftercarePage } from './pages/AftercarePage';

const passphrase = 'quiet river under stars';

function homeActionName(language: UiLanguage, key: 'journal' | 'crisis'): string {
  const common = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', language, 'common.json'), 'utf8')) as {
    home: Record<string, string>;
  };
  return common.home[key] ?? key;
}

const browserLocale: Record<UiLanguage, string> = { es: 'es-419', en: 'en', fr: 'fr-CA' };

for (const language of ['es', 'fr'] as const) {
  test.describe(`aftercare in ${language}`, () => {
    test.use({ locale: browserLocale[language] });
    test(`${language}: a next contact agreed at the close shows on Home only while unlocked and is marked done; the debrief is kept (offline)`, async ({
      page,
      context,
    }) => {
      test.setTimeout(180_000);
      const who = `Marisol-QFU${language}`;
      const hardWords = `QDB-${language}-long night`;
      const aftercare = new AftercarePage(page, language);
      await installCrisisThenGoOffline(page, context, language);
      await page.setViewportSize({ width: 320, height: 720 });
      await page.goto('/crisis');

      // A run to its close.
      const script = defaultScript('panic', language);
      await aftercare.script(script.title).click();
      await aftercare.runToClose(pathThrough(script, 'no'));

      // Agree a next contact for today: the vault is set up right here first.
      await aftercare.button(aftercare.words.offers.followUp).click();
      await aftercare.setUpVault(passphrase);
      await expect(aftercare.heading(aftercare.words.followUp.title)).toBeVisible();
      await expectNoAxeViolations(page, 'follow-up form');
      await aftercare.field(aftercare.words.followUp.who).fill(who);
      await page.getByRole('main').getByRole('radio', { name: aftercare.words.followUp.ways.call, exact: true }).check();
      await aftercare.button(aftercare.words.followUp.save).click();
      await expect(aftercare.heading(aftercare.strings.close.title)).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: aftercare.words.offers.followUpSaved })).toBeVisible();

      // The debrief, for the Companion herself.
      await aftercare.answerDebrief({ wentWell: 'we breathed together', wasHard: hardWords, needNow: 'sleep' });
      await expect(page.getByRole('status').filter({ hasText: aftercare.words.offers.debriefSaved })).toBeVisible();
      await expectNoAxeViolations(page, 'close view after saving');

      // Home, still unlocked: the next contact is there, in neutral words.
      await aftercare.goHome();
      await expect(aftercare.dueItem(who)).toBeVisible();
      await expectNoAxeViolations(page, 'Home with a next contact due');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);

      // Nothing of it is readable in storage.
      const dump = await dumpBrowserStorage(page);
      for (const needle of [who, hardWords, 'we breathed together']) expect(findInDump(dump, needle), needle).toEqual([]);

      // A cold start locks the vault: Home says nothing about it.
      await page.reload();
      await expect(aftercare.heading()).toBeVisible();
      await page.waitForLoadState('load');
      await expect(page.getByRole('main').getByRole('heading', { name: aftercare.words.due.heading })).toHaveCount(0);
      await expect(page.getByRole('main')).not.toContainText(who);

      // Unlocked again (from the journal), Home shows it; Done takes it away.
      await page
        .getByRole('main')
        .getByRole('link', { name: homeActionName(language, 'journal') })
        .click();
      await aftercare.unlockVault(passphrase);
      await aftercare.goHome();
      const item = aftercare.dueItem(who);
      await expect(item).toBeVisible();
      await item.getByRole('button', { name: aftercare.words.due.done, exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: aftercare.words.due.markedDone })).toBeVisible();
      await expect(aftercare.dueItem(who)).toHaveCount(0);

      // The debrief reads back on its page, by month.
      await page
        .getByRole('main')
        .getByRole('link', { name: homeActionName(language, 'crisis') })
        .click();
      await page.getByRole('main').getByRole('link', { name: aftercare.words.debriefs.title, exact: true }).click();
      await expect(aftercare.heading(aftercare.words.debriefs.title)).toBeVisible();
      await expect(page.getByRole('main')).toContainText(hardWords);
      await expect(page.getByRole('main')).toContainText(aftercare.words.debriefs.hardOne);
      await expectNoAxeViolations(page, 'debriefs page');
    });
  });
}
