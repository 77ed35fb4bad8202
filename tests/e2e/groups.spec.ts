import { expectNoAxeViolations } from './support/axe';
import { goOffline, waitForOfflineReady } from './support/offline';
import { expect, test } from './support/test';
import { GroupSessionPage, groupPack, groupStrings, guidesStrings, type GroupLanguage } from './pages/GroupSessionPage';

/*
 * A facilitator runs a whole group session in airplane mode: from the guides list to the theme's
 * plan, the clock through every part, and the link where the group gives its feedback. One theme
 * per language; two of them warn first with their content note.
 */
const runs: { language: GroupLanguage; theme: string }[] = [
  { language: 'en', theme: 'anxiety' },
  { language: 'es', theme: 'suicide' },
  { language: 'fr', theme: 'sexual-violence' },
];

for (const { language, theme } of runs) {
  test.describe(`group session in ${language}`, () => {
    // The narrowest phone we support, in the dark theme a facilitator uses in a dim room.
    test.use({ locale: language, viewport: { width: 320, height: 640 }, colorScheme: 'dark' });

    test(`runs the ${theme} session offline from welcome to the feedback link`, async ({ page, context }) => {
      const strings = groupStrings(language);
      const pack = groupPack(theme, language);
      const guides = guidesStrings(language);
      const session = new GroupSessionPage(page);

      // One online visit installs the app and the packs; everything after runs offline.
      await session.open('/guides');
      await expect(session.main().getByRole('heading', { level: 2, name: guides.categories.group })).toBeVisible({ timeout: 30_000 });
      await waitForOfflineReady(page);
      await goOffline(context);
      await page.reload();
      await expect(session.main().getByRole('heading', { level: 2, name: guides.categories.group })).toBeVisible({ timeout: 30_000 });

      await session.guideLink(pack.title).click();
      // The guide warns first on a painful theme, and offers to wait.
      if (pack.contentNote) await session.button(guides.contentNote.continue).click();
      await session.link(guides.groupSession).click();
      await expect(session.heading(pack.title)).toBeVisible();
      // The painful themes keep their content note in view above the plan.
      if (pack.contentNote) await expect(session.main().getByText(pack.contentNote)).toBeVisible();

      // The plan names every part with its minutes; the shared agreements carry the limit of confidentiality.
      const plan = session.main().getByRole('region', { name: strings.plan.title });
      for (const section of pack.sections) await expect(plan.getByText(section.heading, { exact: true })).toBeVisible();
      await expect(session.currentPart()).toHaveText(strings.welcome.heading);
      await expect(session.main().getByText(strings.welcome.agreements.confidential)).toBeVisible();

      await session.button(strings.clock.start).click();
      await expect(session.button(strings.clock.pause)).toBeVisible();
      // The clock runs: within a few seconds the time left in the ten-minute welcome drops below 10:00.
      await expect(session.timeLeft()).not.toHaveText('10:00', { timeout: 5_000 });
      await expectNoAxeViolations(page, `${language} running session`);
      // Nothing runs off the side at 320 px: the clock and the controls wrap.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

      for (const section of pack.sections) {
        await session.button(strings.clock.next).click();
        await expect(session.currentPart()).toHaveText(section.heading);
      }
      await session.button(strings.clock.next).click();
      await expect(session.currentPart()).toHaveText(strings.debrief.heading);

      // What to do if someone is overwhelmed stays in reach, with the way to the crisis screen.
      await session.main().getByText(strings.overwhelmed.heading, { exact: true }).click();
      await expect(session.link(strings.overwhelmed.crisis)).toBeVisible();
      // She opens crisis support and comes back: the clock is still on the debrief, still running.
      await session.link(strings.overwhelmed.crisis).click();
      // (With no country chosen yet, crisis support asks for it first.)
      await expect(session.currentPart()).toBeHidden();
      await page.goBack();
      await expect(session.currentPart()).toHaveText(strings.debrief.heading);
      await expect(session.button(strings.clock.pause)).toBeVisible();

      await session.button(strings.clock.finish).click();
      await expect(session.link(strings.end.feedback)).toHaveAttribute('href', `/feedback/new?for=group:group-${theme}`);
      await expect(session.main().getByText(strings.debrief.questions.worry)).toBeVisible();
      await expectNoAxeViolations(page, `${language} session end`);
    });
  });
}
