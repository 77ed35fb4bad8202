import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';
import { GuidesPage } from './pages/GuidesPage';
import { VaultScreens } from './pages/DirectoryPage';
import { goOffline, waitForOfflineReady } from './support/offline';
import { dumpBrowserStorage, findInDump } from './support/storageDump';

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('offline: search without accents, read a guide, practise a module without a journal, then save an encrypted reflection; progress survives reload', async ({
  page,
  context,
}) => {
  const passphrase = 'amber river notebook';
  const marker = 'Reflection-marker-5c1e-lantern';
  const guides = new GuidesPage(page);
  const vault = new VaultScreens(page);
  await guides.open();
  await guides.waitForContent();
  await waitForOfflineReady(page);
  await goOffline(context);
  await page.reload();
  await guides.waitForContent();

  // One search box across guides and articles, blind to case and accents (installed in English here).
  await guides.search().fill('SILENCE');
  await expect(guides.main().getByRole('heading', { level: 2, name: /results?$/ })).toBeVisible();
  await guides.link(/Using silence/).click();
  await expect(guides.heading('Using silence')).toBeFocused();
  await expect(guides.reminderCard()).toContainText('Count to ten before you speak.');
  await expect(guides.main().getByRole('heading', { level: 3, name: 'Avoid saying' })).toBeVisible();
  await expect(guides.main().getByText('It adds pressure when she needs space.')).toBeVisible();
  await expect(guides.button('Read aloud')).toBeVisible();
  await guides.link('Back to the guides').click();

  // Without a journal the course works: practice, "done", and progress that outlives a reload.
  await expect(guides.main().getByText('0 of 10 modules done')).toBeVisible();

  // A module on a painful topic shows its content note first; "Skip" moves on.
  await guides.link(/^Module 9: Suicide and crisis/).click();
  await expect(guides.main().getByText(/This module talks about suicide/)).toBeVisible();
  await expect(guides.main().getByRole('heading', { level: 2, name: 'Ask the question directly' })).toHaveCount(0);
  await guides.button('Skip this module').click();
  // Module 10 (self-care after hard sessions) has a content note of its own, with its own way back.
  await expect(guides.heading(/^Module 10:/)).toBeVisible();
  await guides.link('Pause and go back').click();
  const moduleRow = (name: RegExp) =>
    guides
      .main()
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name }) });
  await expect(moduleRow(/^Module 9:/)).toContainText('Skipped');

  await guides.link(/^Module 1: The Companion role/).click();
  await expect(guides.main().getByText(/This module mentions a client who threatens a worker/)).toBeVisible();
  await guides.button('Continue').click();
  await expect(guides.heading('Module 1: The Companion role and its limits')).toBeVisible();
  // The module goes part by part; its choose drills open the practice part.
  await guides.button(/^\d\. Practice$/).click();
  const drill = guides.drill(1);
  await drill.getByRole('button', { name: 'See the feedback' }).click();
  await expect(drill.getByRole('alert')).toHaveText('Choose a response first.');
  await drill.getByRole('radio', { name: /Tell me everything, from the start/ }).check();
  await drill.getByRole('button', { name: 'See the feedback' }).click();
  const feedback = drill.getByRole('listitem');
  await expect(feedback).toHaveCount(3);
  await expect(feedback.filter({ hasText: 'Your choice' })).toContainText('pushing for details can make distress worse');
  await expect(feedback.filter({ hasText: 'Best response' })).toContainText('Are you somewhere safe right now?');
  await expect(feedback.filter({ hasText: 'Best response' })).toContainText('you check safety first');
  await expect(feedback.filter({ hasText: 'Less helpful' })).toHaveCount(2);
  // The reflection is her own words: it waits for the journal, and says so.
  await guides.button(/^\d\. Reflection and sources$/).click();
  await expect(guides.main().getByLabel('Your answer')).toHaveCount(0);
  await expect(guides.main().getByText(/Your reflections are saved only in your private journal/)).toBeVisible();
  await guides.button('Mark this module done').click();
  await expect(guides.main().getByText('You finished this module.')).toBeVisible();

  await page.reload();
  await expect(guides.main().getByText('You finished this module.')).toBeVisible();
  await guides.link('Back to the guides').click();
  await guides.waitForContent();
  await expect(guides.main().getByText('1 of 10 modules done')).toBeVisible();
  await expect(moduleRow(/^Module 1:/)).toContainText('Done');
  await expect(moduleRow(/^Module 2:/)).not.toContainText(/Done|Skipped|Started/);
  // A skip made without a journal is not kept: it could say something about her.
  await expect(moduleRow(/^Module 9:/)).not.toContainText('Skipped');
  await expect(guides.main().getByText(/progress is locked|progress and reflections are locked/i)).toHaveCount(0);

  // "Go to the journal" sets it up, then leads back to the module for the reflection.
  await guides.link(/^Module 1:/).click();
  await guides.link('Go to the journal').click();
  await vault.createFromJournal(passphrase);
  await expect(page.getByRole('heading', { level: 1, name: 'My journal' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Back to the course module' }).click();
  await expect(guides.heading('Module 1: The Companion role and its limits')).toBeFocused();
  await guides.main().getByLabel('Your answer').fill(marker);
  await guides.button('Save my reflection').click();
  await expect(guides.main().getByText(/^Saved at /)).toBeVisible();
  await expect(guides.main().getByText('You finished this module.')).toBeVisible();

  // What she wrote is never in plaintext; which module is done is, and only that.
  await vault.goTo('My journal');
  await vault.lockFromJournal();
  const dump = await dumpBrowserStorage(page);
  expect(findInDump(dump, marker)).toEqual([]);
  // Installed packs and the list of them kept with their manifest are the app's public content, not hers.
  const outsideContent = (places: string[]) =>
    places.filter((place) => !/\.(packs|installedPacks)\[\d+\]|^storage\.cacheStorage\./.test(place));
  expect(outsideContent(findInDump(dump, 'course-01-companion-role'))).toEqual(['storage.localStorage.companera.course.v1']);
  expect(outsideContent(findInDump(dump, 'course-09-suicide-crisis'))).toEqual([]);
  expect(outsideContent(findInDump(dump, 'isSkipped')), 'skips are not in plaintext').toEqual([]);

  // After a reload (which locks the vault) progress shows at once; the reflection once unlocked.
  await page.reload();
  await guides.open();
  await expect(guides.main().getByText('1 of 10 modules done')).toBeVisible();
  await guides.link(/^Module 1:/).click();
  await expect(guides.main().getByText('You finished this module.')).toBeVisible();
  await expect(guides.main().getByText(/Your reflections are locked in your journal/)).toBeVisible();
  await guides.link('Go to the journal').click();
  await vault.unlock(passphrase);
  await page.getByRole('main').getByRole('link', { name: 'Back to the course module' }).click();
  await expect(guides.main().getByLabel('Your answer')).toHaveValue(marker);
});

test('an unknown guide says so and offers the way back', async ({ page }) => {
  const guides = new GuidesPage(page);
  await guides.open('/guides/not-a-guide');
  await expect(guides.main().getByRole('alert')).toContainText('This guide is not here.');
  await guides.link('Back to the guides').click();
  await expect(guides.heading('Listening guides')).toBeFocused();
});

const axeCases = [
  {
    locale: 'es-419',
    listHeading: 'Curso para Compañeras',
    module: /^Módulo 7:/,
    continueLabel: 'Continuar',
    practice: /^\d\. Práctica$/,
    check: 'Ver la retroalimentación',
  },
  {
    locale: 'en',
    listHeading: 'Companion course',
    module: /^Module 7:/,
    continueLabel: 'Continue',
    practice: /^\d\. Practice$/,
    check: 'See the feedback',
  },
  {
    locale: 'fr-CA',
    listHeading: 'Formation des paires aidantes',
    module: /^Module 7 :/,
    continueLabel: 'Continuer',
    practice: /^\d\. Pratique$/,
    check: 'Voir la rétroaction',
  },
];

for (const { locale, listHeading, module, continueLabel, practice, check } of axeCases) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme });
      test('axe finds no WCAG A/AA violation on the list, a content note, a module with feedback and a guide', async ({ page }) => {
        const guides = new GuidesPage(page);
        const violationsOf = async (where: string) =>
          (await new AxeBuilder({ page }).withTags(wcagAA).analyze()).violations.map(
            (violation) => `${where}: ${violation.id} (${violation.nodes.length})`,
          );
        await guides.open();
        await guides.waitForContent(listHeading);
        expect(await violationsOf('list')).toEqual([]);

        await guides.link(module).click();
        await expect(guides.button(continueLabel)).toBeVisible();
        expect(await violationsOf('content note')).toEqual([]);
        await guides.button(continueLabel).click();
        await guides.button(practice).click();
        await guides.main().getByRole('radio').first().check();
        // Every drill on the practice part has its own check button; the first is the radio drill's.
        await guides.main().getByRole('button', { name: check, exact: true }).first().click();
        await expect(guides.main().getByRole('listitem').first()).toBeVisible();
        expect(await violationsOf('module')).toEqual([]);

        await guides.open('/guides/what-to-avoid');
        await expect(guides.main().getByRole('heading', { level: 3 }).first()).toBeVisible();
        expect(await violationsOf('guide')).toEqual([]);
      });
    });
  }
}
