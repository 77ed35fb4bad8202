import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';
import { GuidesPage } from './pages/GuidesPage';
import { VaultScreens } from './pages/DirectoryPage';
import { goOffline, waitForOfflineReady } from './support/offline';
import { dumpBrowserStorage, findInDump } from './support/storageDump';

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('offline: search without accents, read a guide, practise a module, save an encrypted reflection, progress survives reload', async ({ page, context }) => {
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

  // Progress and reflections need the vault; without one the course says so and points to the journal.
  await expect(guides.main().getByText(/saved only in your private journal/)).toBeVisible();
  await guides.link('Go to the journal').click();
  await vault.createFromJournal(passphrase);
  await expect(page.getByRole('heading', { level: 1, name: 'My journal' })).toBeVisible();
  await guides.goToFromHome();
  await expect(guides.main().getByText('0 of 10 modules done')).toBeVisible();

  // A module on a painful topic shows its content note first; "Skip" moves on and is remembered.
  await guides.link(/^Module 8: Talking about suicide/).click();
  await expect(guides.main().getByText(/This module talks about suicide/)).toBeVisible();
  await expect(guides.main().getByRole('heading', { level: 2, name: 'Asking and staying' })).toHaveCount(0);
  await guides.button('Skip this module').click();
  await expect(guides.heading(/^Module 9:/)).toBeVisible();
  await guides.link('Back to the guides').click();

  await guides.link(/^Module 1: The Companion role/).click();
  await expect(guides.heading('Module 1: The Companion role')).toBeFocused();
  const drill = guides.drill(1);
  await drill.getByRole('button', { name: 'See the feedback' }).click();
  await expect(drill.getByRole('alert')).toHaveText('Choose a response first.');
  await drill.getByRole('radio', { name: /Tell her exactly what she must do next/ }).check();
  await drill.getByRole('button', { name: 'See the feedback' }).click();
  const feedback = drill.getByRole('listitem');
  await expect(feedback).toHaveCount(3);
  await expect(feedback.filter({ hasText: 'Your choice' })).toContainText('it takes the choice away from her');
  await expect(feedback.filter({ hasText: 'Best response' })).toContainText('Ask if she is safe right now');
  await expect(feedback.filter({ hasText: 'Best response' })).toContainText('safety and urgent needs come first');
  await expect(feedback.filter({ hasText: 'Less helpful' })).toHaveCount(2);

  await guides.main().getByLabel('Your answer').fill(marker);
  await guides.button('Save my reflection').click();
  await expect(guides.main().getByText(/^Saved at /)).toBeVisible();
  await guides.button('Mark this module done').click();
  await expect(guides.main().getByText('You finished this module.')).toBeVisible();

  await guides.link('Back to the guides').click();
  await expect(guides.main().getByText('1 of 10 modules done')).toBeVisible();
  const moduleRow = (name: RegExp) => guides.main().getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
  await expect(moduleRow(/^Module 1:/)).toContainText('Done');
  await expect(moduleRow(/^Module 8:/)).toContainText('Skipped');
  await expect(moduleRow(/^Module 2:/)).not.toContainText(/Done|Skipped|Started/);

  // Nothing the person wrote, nor which modules they studied, is stored in plaintext.
  await vault.goTo('My journal');
  await vault.lockFromJournal();
  const dump = await dumpBrowserStorage(page);
  expect(findInDump(dump, marker)).toEqual([]);
  // The module's name is in the public content pack and the precache; it must be nowhere else.
  const outsideContent = (places: string[]) => places.filter((place) => !/\.packs\[\d+\]|^storage\.cacheStorage\./.test(place));
  expect(findInDump(dump, 'course-01-companion-role')).not.toEqual([]);
  expect(outsideContent(findInDump(dump, 'course-01-companion-role'))).toEqual([]);
  expect(outsideContent(findInDump(dump, 'course-08-suicide'))).toEqual([]);
  expect(outsideContent(findInDump(dump, 'isDone')), 'progress is not in plaintext').toEqual([]);

  // After a reload (which locks the vault) progress and the reflection come back once unlocked.
  await page.reload();
  await guides.open();
  await expect(guides.main().getByText(/locked in your journal/)).toBeVisible();
  await expect(guides.main().getByText(/modules done/)).toHaveCount(0);
  await guides.link('Go to the journal').click();
  await vault.unlock(passphrase);
  await expect(page.getByRole('heading', { level: 1, name: 'My journal' })).toBeVisible();
  await guides.goToFromHome();
  await expect(guides.main().getByText('1 of 10 modules done')).toBeVisible();
  await guides.link(/^Module 1:/).click();
  await expect(guides.main().getByLabel('Your answer')).toHaveValue(marker);
  await expect(guides.main().getByText('You finished this module.')).toBeVisible();
});

test('an unknown guide says so and offers the way back', async ({ page }) => {
  const guides = new GuidesPage(page);
  await guides.open('/guides/not-a-guide');
  await expect(guides.main().getByRole('alert')).toContainText('This guide is not here.');
  await guides.link('Back to the guides').click();
  await expect(guides.heading('Listening guides')).toBeFocused();
});

const axeCases = [
  { locale: 'es-419', listHeading: 'Curso para Compañeras', module: /^Módulo 7:/, continueLabel: 'Continuar', check: 'Ver la retroalimentación' },
  { locale: 'en', listHeading: 'Companion course', module: /^Module 7:/, continueLabel: 'Continue', check: 'See the feedback' },
  { locale: 'fr-CA', listHeading: 'Formation des paires aidantes', module: /^Module 7 :/, continueLabel: 'Continuer', check: 'Voir la rétroaction' },
];

for (const { locale, listHeading, module, continueLabel, check } of axeCases) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme });
      test('axe finds no WCAG A/AA violation on the list, a content note, a module with feedback and a guide', async ({ page }) => {
        const guides = new GuidesPage(page);
        const violationsOf = async (where: string) =>
          (await new AxeBuilder({ page }).withTags(wcagAA).analyze()).violations.map((violation) => `${where}: ${violation.id} (${violation.nodes.length})`);
        await guides.open();
        await guides.waitForContent(listHeading);
        expect(await violationsOf('list')).toEqual([]);

        await guides.link(module).click();
        await expect(guides.button(continueLabel)).toBeVisible();
        expect(await violationsOf('content note')).toEqual([]);
        await guides.button(continueLabel).click();
        await guides.main().getByRole('radio').first().check();
        await guides.button(check).click();
        await expect(guides.main().getByRole('listitem').first()).toBeVisible();
        expect(await violationsOf('module')).toEqual([]);

        await guides.open('/guides/what-to-avoid');
        await expect(guides.main().getByRole('heading', { level: 3 }).first()).toBeVisible();
        expect(await violationsOf('guide')).toEqual([]);
      });
    });
  }
}
