import type { Page } from '@playwright/test';
import { DirectoryPage } from './pages/DirectoryPage';
import { expectNoAxeViolations } from './support/axe';
import { goOffline, isServiceWorkerUpdateCheck, waitForOfflineReady } from './support/offline';
import { expect, test } from './support/test';

/*
 * The static emergency pages (scripts/emergency): the crisis picker's danger button links to them,
 * so they must work before, or without, the app's code: with JavaScript off, offline after one
 * visit, readable at 320 px. The facts checked are content/directory/SOURCES.md's, PE
 * r025-emergencias: 106 ambulance (SAMU), 116 fire, 105 police, 110 highway police, in that order.
 */

const peruInOrder = ['tel:106', 'tel:116', 'tel:105', 'tel:110'];

const pages = [
  { language: 'es', lang: 'es-419', heading: 'Números de emergencia', peru: 'Perú', sends: 'Envía: ambulancia' },
  { language: 'en', lang: 'en', heading: 'Emergency numbers', peru: 'Peru', sends: 'Sends: ambulance' },
  { language: 'fr', lang: 'fr-CA', heading: 'Numéros d’urgence', peru: 'Pérou', sends: 'Envoie : ambulance' },
] as const;

/** Peru's emergency numbers, in the order the page gives them. */
async function peruEmergencyNumbers(page: Page): Promise<(string | null)[]> {
  const links = page.locator('#country-pe ul.e a[href^="tel:"]');
  const count = await links.count();
  const hrefs: (string | null)[] = [];
  for (let index = 0; index < count; index += 1) hrefs.push(await links.nth(index).getAttribute('href'));
  return hrefs;
}

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  for (const { language, lang, heading, peru, sends } of pages) {
    test(`the ${language} page opens at Peru and shows its numbers in order, each a call link of 44 px`, async ({ page }) => {
      await page.goto(`/emergency/${language}.html#country-pe`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      const section = page.locator('#country-pe');
      await expect(section.getByRole('heading', { level: 2, name: peru })).toBeInViewport();
      expect(await peruEmergencyNumbers(page)).toEqual(peruInOrder);
      await expect(section.locator('ul.e > li').first()).toContainText(sends);
      for (const href of peruInOrder) {
        const box = await section.locator(`a[href="${href}"]`).boundingBox();
        expect(box?.height, href).toBeGreaterThanOrEqual(44);
      }
      // The jump links and the way back to the app.
      await expect(page.getByRole('navigation').getByRole('link', { name: peru })).toHaveAttribute('href', '#country-pe');
      await expect(page.locator('a[href="/"]')).toHaveCount(1);
    });
  }
});

test('offline after one visit, the directory links to the page, and each page opens at Peru from the service worker, not the app', async ({
  page,
  context,
  server,
}) => {
  const directory = new DirectoryPage(page);
  await directory.open();
  await waitForOfflineReady(page);
  await directory.chooseCountry('Peru');
  await goOffline(context);
  const requestsBefore = server.requestLog.length;
  // From the running app: a plain link, which leaves the app's router for the page itself.
  await page.getByRole('link', { name: /emergency numbers as a simple page/ }).click();
  await expect(page).toHaveURL(/\/emergency\/en\.html#country-pe$/);
  expect(await peruEmergencyNumbers(page)).toEqual(peruInOrder);
  for (const { language, heading } of pages) {
    await page.goto(`/emergency/${language}.html#country-pe`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(await peruEmergencyNumbers(page)).toEqual(peruInOrder);
    // The navigation fallback would have answered with the app's shell, which has no such section.
    await expect(page.locator('#root')).toHaveCount(0);
  }
  const reached = server.requestLog
    .slice(requestsBefore)
    .filter((request) => !isServiceWorkerUpdateCheck(request))
    .map(({ path }) => path);
  expect(reached, 'nothing the pages asked for reached the server while offline').toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`each page passes axe (WCAG 2.2 AA) in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const { language } of pages) {
      await page.goto(`/emergency/${language}.html`);
      await expectNoAxeViolations(page, `/emergency/${language}.html (${colorScheme})`);
    }
  });
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no page scrolls sideways, and the theme follows the system', async ({ page }) => {
    for (const { language } of pages) {
      await page.goto(`/emergency/${language}.html#country-pe`);
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll, `${language} scroll width`).toBeLessThanOrEqual(widths.client);
    }
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
  });
});
