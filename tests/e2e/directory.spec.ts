import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';
import { DirectoryPage, VaultScreens } from './pages/DirectoryPage';
import { SettingsPage } from './pages/SettingsPage';
import { goOffline, waitForOfflineReady } from './support/offline';
import { dumpBrowserStorage, findInDump } from './support/storageDump';

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('offline: pick Peru, find Línea 100 by "violencia", call tel:100; then in French find Québec without the accent', async ({
  page,
  context,
}) => {
  const directory = new DirectoryPage(page);
  await directory.open();
  await directory.waitForCountry('Peru');
  await waitForOfflineReady(page);
  await goOffline(context);
  await page.reload();

  await directory.chooseCountry('Peru');
  const emergency = directory.section('Emergency numbers');
  await expect(directory.callLink(/^Call 106\b.*SAMU/)).toHaveAttribute('href', 'tel:106');
  await expect(emergency).toBeVisible();

  await directory.search().fill('violencia');
  const results = directory.section('Places that help');
  await expect(directory.entryNames(results)).toHaveCount(1);
  await directory.entryLink(results, /Línea 100/).click();

  await expect(directory.heading(/Línea 100/)).toBeFocused();
  await expect(page).toHaveURL(/\/directory\/r027-linea-100$/);
  await expect(directory.callLink('Call 100')).toHaveAttribute('href', 'tel:100');
  await expect(page.getByText('Last checked November 2026').first()).toBeVisible();
  await expect(page.getByText('Not confirmed by phone').first()).toBeVisible();

  // Back to the list: the search is still there, and the country is remembered across a reload.
  await page.getByRole('link', { name: 'Back to the directory' }).click();
  await expect(directory.search()).toHaveValue('violencia');
  await page.reload();
  await expect(directory.countrySelect()).toHaveValue('PE');
  await expect(directory.search(), 'a search is never stored').toHaveValue('');

  const settings = new SettingsPage(page);
  await settings.open();
  await settings.chooseLanguage('Français');
  await directory.open();
  await expect(directory.heading('Répertoire')).toBeVisible();
  await directory.chooseCountry('Canada', 'Pays');
  // Her province first: other provinces' services are listed only when she asks.
  await page.getByRole('combobox', { name: 'Ta région' }).selectOption('CA-QC');
  await directory.search('Rechercher').fill('quebec');
  const found = directory.entryNames(directory.section('Endroits qui aident'));
  await expect(found.first()).toBeVisible();
  await expect(found.filter({ hasText: '1-866-APPELLE' })).toHaveCount(1);
  await expect(found.filter({ hasText: 'SOS violence conjugale' })).toHaveCount(1);
  await expect(found.filter({ hasText: /Toronto|Victoria|HealthLink/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Appeler le 1-866-APPELLE (1-866-277-3553)' })).toHaveAttribute('href', 'tel:18662773553');
});

test('a saved place and a personal contact are encrypted, shown first after unlocking, and survive lock and reload', async ({
  page,
  context,
}) => {
  const passphrase = 'quiet harbour lantern';
  const contactName = 'Marisol-Quispe-7f3a';
  const directory = new DirectoryPage(page);
  const vault = new VaultScreens(page);
  await directory.open();
  await directory.waitForCountry('Peru');
  await waitForOfflineReady(page);
  await goOffline(context);
  await page.reload();

  await page.getByRole('link', { name: 'Set up in My journal' }).click();
  await vault.createFromJournal(passphrase);
  await vault.goTo('Directory');
  await directory.chooseCountry('Peru');
  await directory.search().fill('violencia');
  await directory.entryLink(directory.section('Places that help'), /Línea 100/).click();
  await page.getByRole('button', { name: 'Save to my list' }).click();
  await expect(page.getByText('Saved to your list.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove from my list' })).toBeVisible();

  await page.getByRole('link', { name: 'Back to the directory' }).click();
  const saved = directory.section('Saved by you');
  await expect(saved.getByRole('heading', { level: 4, name: /Línea 100/ })).toBeVisible();
  await saved.getByText('Add a contact').click();
  await saved.getByRole('button', { name: 'Save contact' }).click();
  await expect(saved.getByText('Type a name.')).toBeVisible();
  await saved.getByLabel('Name').fill(contactName);
  await saved.getByLabel('Phone number').fill('+51 987 654 321');
  await saved.getByRole('radio', { name: 'A lawyer' }).check();
  await saved.getByRole('button', { name: 'Save contact' }).click();
  await expect(saved.getByText('Contact saved.')).toBeVisible();
  await expect(saved.getByRole('link', { name: 'Call +51987654321' })).toHaveAttribute('href', 'tel:+51987654321');

  await vault.goTo('My journal');
  await vault.lockFromJournal();
  const dump = await dumpBrowserStorage(page);
  expect(findInDump(dump, contactName)).toEqual([]);
  expect(findInDump(dump, '987654321')).toEqual([]);

  await page.reload();
  await directory.open();
  await expect(page.getByText('Your saved places and contacts are locked.')).toBeVisible();
  await expect(directory.section('Saved by you')).toHaveCount(0);
  await page.getByRole('link', { name: 'Unlock in My journal' }).click();
  await vault.unlock(passphrase);
  await vault.goTo('Directory');
  await expect(saved.getByRole('heading', { level: 4, name: /Línea 100/ })).toBeVisible();
  await expect(saved.getByRole('heading', { level: 4, name: contactName })).toBeVisible();
  // Shown first: the saved list comes before the country choice and the emergency numbers.
  const order = await page.getByRole('main').evaluate((main) => [...main.querySelectorAll('h2')].map((heading) => heading.textContent));
  expect(order[0]).toBe('Saved by you');
  const axe = await new AxeBuilder({ page }).withTags(wcagAA).analyze();
  expect(axe.violations.map((violation) => `${violation.id} (${violation.nodes.length})`)).toEqual([]);
});

for (const locale of ['es-419', 'en', 'fr-CA']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme });
      test('axe finds no WCAG A/AA violation on the list and on an entry', async ({ page }) => {
        const directory = new DirectoryPage(page);
        await directory.open();
        const countrySelect = page.getByRole('combobox').first();
        await expect(countrySelect.locator('option[value="GT"]')).toBeAttached({ timeout: 30_000 });
        await countrySelect.selectOption('GT');
        await expect(page.getByRole('region').first()).toBeVisible();
        const onList = await new AxeBuilder({ page }).withTags(wcagAA).analyze();
        expect(onList.violations.map((violation) => `list: ${violation.id} (${violation.nodes.length})`)).toEqual([]);

        await directory.open('/directory/r027-linea-100');
        await expect(page.getByRole('link', { name: /100$/ }).first()).toBeVisible();
        const onEntry = await new AxeBuilder({ page }).withTags(wcagAA).analyze();
        expect(onEntry.violations.map((violation) => `entry: ${violation.id} (${violation.nodes.length})`)).toEqual([]);
      });
    });
  }
}
