import { expect, test } from './support/test';
import { HomePage } from './pages/HomePage';
import { waitForOfflineReady } from './support/offline';
import { dumpBrowserStorage, findInDump } from './support/storageDump';

test('the storage dump sees every store the app writes to', async ({ page }) => {
  await new HomePage(page).open('/');
  await waitForOfflineReady(page);
  await page.evaluate(() => sessionStorage.setItem('probe', 'session-marker-5d1'));
  const dump = await dumpBrowserStorage(page);

  expect(Object.keys(dump.localStorage)).toContain('companera.preferences.v1');
  expect(findInDump(dump, 'session-marker-5d1')).toEqual(['storage.sessionStorage.probe']);
  const precache = Object.entries(dump.cacheStorage).find(([name]) => name.includes('precache'));
  expect(precache?.[1].some((entry) => new URL(entry.url).pathname === '/index.html')).toBe(true);
  expect(findInDump(dump, 'no-such-marker-93f')).toEqual([]);
});

test('the only thing stored before any feature is used is the device preferences', async ({ page }) => {
  await new HomePage(page).open('/');
  const dump = await dumpBrowserStorage(page);
  expect(Object.keys(dump.localStorage)).toEqual(['companera.preferences.v1']);
  expect(JSON.parse(dump.localStorage['companera.preferences.v1'] ?? '{}')).toEqual({
    language: 'en',
    theme: 'system',
    storagePersistence: expect.stringMatching(/granted|denied|unsupported/) as unknown,
    hasSeenOfflineReady: expect.any(Boolean) as unknown,
    contentCountries: [],
  });
});
