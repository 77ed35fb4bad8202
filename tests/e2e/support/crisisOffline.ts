import type { BrowserContext, Page } from '@playwright/test';
import { CrisisPage, scriptSlugs, type UiLanguage } from '../pages/CrisisPage';
import { goOffline, waitForOfflineReady } from './offline';
import { expect } from './test';

export const peru: Record<UiLanguage, string> = { es: 'Perú', en: 'Peru', fr: 'Pérou' };

/** How many crisis scripts, in any language, the phone's database holds. */
function installedScriptCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const opening = indexedDB.open('companera');
        opening.onerror = () => reject(new Error('could not open the database'));
        opening.onsuccess = () => {
          const database = opening.result;
          const counting = database.transaction('packs').objectStore('packs').index('kind').count('pfa-script');
          counting.onsuccess = () => {
            database.close();
            resolve(counting.result);
          };
          counting.onerror = () => reject(new Error('could not count the packs'));
        };
      }),
  );
}

/**
 * One online visit to crisis support: the service worker installs, the built-in packs sync and
 * Peru is chosen. Then the network is cut, so everything after runs offline.
 */
export async function installCrisisThenGoOffline(page: Page, context: BrowserContext, language: UiLanguage): Promise<CrisisPage> {
  const crisis = new CrisisPage(page, language);
  await page.goto('/crisis');
  await expect(crisis.heading(crisis.strings.country.title)).toBeVisible({ timeout: 30_000 });
  await waitForOfflineReady(page);
  await crisis.country(peru[language]).click();
  await expect(crisis.scripts()).toHaveCount(scriptSlugs.length, { timeout: 30_000 });
  // The person's language installs first and the other two right after (sync.ts): cutting the
  // network before they finish would fail their downloads, which is not what these tests check.
  await expect.poll(() => installedScriptCount(page), { timeout: 60_000 }).toBe(scriptSlugs.length * 3);
  await goOffline(context);
  return crisis;
}
