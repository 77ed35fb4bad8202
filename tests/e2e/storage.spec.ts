import { expect, test } from './support/test';
import { HomePage } from './pages/HomePage';
import { SafetyPlanPage } from './pages/SafetyPlanPage';
import { waitForOfflineReady } from './support/offline';
import { dumpBrowserStorage, findInDump } from './support/storageDump';
import { installCrisisThenGoOffline } from './support/crisisOffline';
import { defaultScript, pathThrough } from './pages/CrisisPage';
import { AftercarePage } from './pages/AftercarePage';

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

test('follow-up and debrief markers never reach storage in plaintext; their rows are ciphertext', async ({ page, context }) => {
  test.setTimeout(120_000);
  const followUpMarker = 'QFU-who-6120';
  const debriefMarker = 'QDB-answer-7731';
  const aftercare = new AftercarePage(page, 'en');
  await installCrisisThenGoOffline(page, context, 'en');
  await page.goto('/crisis');
  const script = defaultScript('panic', 'en');
  await aftercare.script(script.title).click();
  await aftercare.runToClose(pathThrough(script, 'no'));
  await aftercare.button(aftercare.words.offers.followUp).click();
  await aftercare.setUpVault('storage marker passphrase');
  await aftercare.field(aftercare.words.followUp.who).fill(followUpMarker);
  await aftercare.button(aftercare.words.followUp.save).click();
  await aftercare.answerDebrief({ wentWell: `${debriefMarker}-well`, wasHard: `${debriefMarker}-hard`, needNow: `${debriefMarker}-need` });

  const dump = await dumpBrowserStorage(page);
  for (const needle of [followUpMarker, debriefMarker]) expect(findInDump(dump, needle), needle).toEqual([]);
  const rows = (dump.indexedDB.companera?.vaultRecords ?? []) as Record<string, unknown>[];
  for (const kind of ['follow-up', 'companion-debrief']) {
    const ofKind = rows.filter((row) => row.kind === kind);
    expect(ofKind, kind).toHaveLength(1);
    expect(ofKind[0]).toMatchObject({ ciphertext: expect.any(Array), iv: expect.any(Array) });
  }
  // Reminders are off until she turns them on: nothing of aftercare in localStorage either.
  expect(Object.keys(dump.localStorage).filter((key) => key.includes('reminder'))).toEqual([]);
});
