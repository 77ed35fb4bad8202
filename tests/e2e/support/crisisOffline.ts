import type { BrowserContext, Page } from '@playwright/test';
import { CrisisPage, scriptSlugs, type UiLanguage } from '../pages/CrisisPage';
import { goOffline, waitForOfflineReady } from './offline';
import { expect } from './test';

export const peru: Record<UiLanguage, string> = { es: 'Perú', en: 'Peru', fr: 'Pérou' };

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
  await goOffline(context);
  return crisis;
}
