import { expect, test } from './support/test';
import { HomePage } from './pages/HomePage';
import { SafetyPlanPage } from './pages/SafetyPlanPage';
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

test('a safety plan is in no storage dump, unlocked or locked: only its ciphertext is kept', async ({ page }) => {
  test.setTimeout(90_000);
  const marker = 'QSP-plan-marker-8842';
  const passphrase = 'lantern cobalt river nine';
  const plan = new SafetyPlanPage(page);
  await plan.open();
  await plan.setUpVault(passphrase);
  await plan.button(plan.strings.start).click();
  await plan.stepField('warningSigns').fill(`I stop answering ${marker}`);
  await plan.button(plan.strings.contact.addHelper).click();
  await page.getByRole('group', { name: 'Person 1' }).getByRole('textbox', { name: plan.strings.contact.name }).fill(`Ana ${marker}`);
  await plan.save();
  await expect(page.getByRole('main')).toContainText(marker);

  expect(findInDump(await dumpBrowserStorage(page), marker), 'while open').toEqual([]);
  await plan.lock();
  const dump = await dumpBrowserStorage(page);
  expect(findInDump(dump, marker), 'after locking').toEqual([]);
  expect(findInDump(dump, passphrase)).toEqual([]);
  const rows = (dump.indexedDB.companera?.vaultRecords ?? []) as { kind: string }[];
  expect(rows.filter((row) => row.kind === 'safety-plan')).toHaveLength(1);
});
