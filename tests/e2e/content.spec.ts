import { join } from 'node:path';
import { expect, test } from './support/test';
import { ContentPage } from './pages/ContentPage';
import { goOffline, goOnline, waitForOfflineReady } from './support/offline';
import { OrgSource, type Fault } from './support/orgSource';
import { CrisisPage, defaultScript } from './pages/CrisisPage';

// Failing downloads are expected here; Chromium reports each one in the console.
test.use({ allowedConsoleError: /Failed to load resource|net::ERR_/ });

test.describe('built-in content', () => {
  test('installs on first run through the verifier, and again offline from the service worker cache', async ({ page, context }) => {
    const content = new ContentPage(page);
    await content.open();
    await expect(content.installedPack(/Thoughts of suicide/)).toBeVisible();
    await expect(content.installedPack(/Perú · Directory/)).toBeVisible();
    // Every language, so switching language offline loses nothing (languageOffline.spec.ts); the
    // person's own comes first, the others right after.
    await expect(content.installedPack('Pensamientos de suicidio')).toHaveCount(1, { timeout: 30_000 });
    await expect(content.installedPack('Idées suicidaires')).toHaveCount(1);
    await waitForOfflineReady(page);

    // A fresh start with no connection: the database is gone, the service worker is not.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase('companera');
          request.onsuccess = () => resolve();
          request.onblocked = () => resolve();
        }),
    );
    await goOffline(context);
    await page.reload();
    await expect(content.installedPack(/Thoughts of suicide/)).toBeVisible();
    await expect(content.installedPack(/Canada · Directory/)).toBeVisible();
  });
});

test('a first visit fetches the built-in packs as one file per language (and one for the directories), not one per pack', async ({
  page,
  context,
}) => {
  const packRequests: string[] = [];
  context.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/content/packs/')) packRequests.push(pathname);
  });
  const content = new ContentPage(page);
  await content.open();
  await expect(content.installedPack('Idées suicidaires')).toHaveCount(1, { timeout: 30_000 });
  await expect(content.installedPack(/Perú · Directory/)).toBeVisible();
  await expect(content.installedPack('Pensamientos de suicidio')).toHaveCount(1);
  expect(packRequests.map((path) => path.replace(/-[0-9a-f]{16}\.bundle$/, '.bundle')).sort()).toEqual([
    '/content/packs/en.bundle',
    '/content/packs/es.bundle',
    '/content/packs/fr.bundle',
    '/content/packs/mul.bundle',
  ]);
});

test.describe('built-in content, off the main thread', () => {
  // The sync's code on the main thread: loaded only when no worker could take the sync.
  const inThreadSync = /\/assets\/syncController-[^/]+\.js$/;

  test('downloads, checks and installs in a Web Worker; the page never loads the sync itself', async ({ page }) => {
    const workers: string[] = [];
    const pageScripts: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    page.on('request', (request) => {
      if (request.resourceType() === 'script') pageScripts.push(request.url());
    });
    const content = new ContentPage(page);
    await content.open();
    await expect(content.installedPack('Idées suicidaires')).toHaveCount(1, { timeout: 30_000 });
    await expect(content.installedPack(/Perú · Directory/)).toBeVisible();
    expect(workers.filter((url) => /\/assets\/sync\.worker-[^/]+\.js$/.test(url))).toHaveLength(1);
    expect(pageScripts.filter((url) => inThreadSync.test(url))).toEqual([]);
  });

  test.describe('when the worker cannot start', () => {
    test.use({ allowedConsoleError: /sync\.worker|Failed to load resource|net::ERR_/ });

    test('the same sync runs on the main thread, and every pack still installs', async ({ page }) => {
      await page.route(/\/assets\/sync\.worker-[^/]+\.js$/, (route) => route.abort());
      const pageScripts: string[] = [];
      page.on('request', (request) => pageScripts.push(request.url()));
      const content = new ContentPage(page);
      await content.open();
      await expect(content.installedPack('Idées suicidaires')).toHaveCount(1, { timeout: 30_000 });
      await expect(content.installedPack('Pensamientos de suicidio')).toHaveCount(1);
      await expect(content.installedPack(/Perú · Directory/)).toBeVisible();
      expect(pageScripts.filter((url) => inThreadSync.test(url))).toHaveLength(1);
    });
  });
});

test.describe('an organisation source', () => {
  let org: OrgSource;

  test.beforeEach(async ({ page, server }) => {
    org = await OrgSource.create();
    await org.publish('Org breathing, first edition');
    org.attachTo(server);
    const content = new ContentPage(page);
    await content.open();
    await expect(content.installedPack(/Thoughts of suicide/)).toBeVisible();
    const fingerprint = await content.addSource(`${server.origin}/org/`, org.publicKeyText);
    expect(fingerprint).toMatch(/([0-9A-F]{4} ){7}[0-9A-F]{4}/);
    // Checked once the built-in packs of the other languages have installed.
    await expect(content.installedPack('Org breathing, first edition')).toBeVisible({ timeout: 60_000 });
  });

  test.afterEach(async () => {
    await org.dispose();
  });

  test('a newer release installs, and "Check for updates" after that downloads no pack again', async ({ page, server }) => {
    const content = new ContentPage(page);
    await org.publish('Org breathing, second edition');
    await content.checkForUpdates().click();
    await expect(content.installedPack('Org breathing, second edition')).toBeVisible();
    await expect(content.installedPack('Org breathing, first edition')).toHaveCount(0);

    const before = server.requests.length;
    await content.checkForUpdates().click();
    await expect(page.getByText('Everything is up to date.')).toBeVisible();
    const fetched = server.requests.slice(before);
    expect(fetched.filter((path) => path.startsWith('/org/packs/'))).toEqual([]);
  });

  test('shows what it downloads and how much, with a progress bar in bytes', async ({ page }) => {
    const content = new ContentPage(page);
    await org.publish('Org breathing, second edition');
    org.fault = 'slow';
    await content.checkForUpdates().click();
    const progress = page.getByRole('progressbar', { name: 'Download progress' });
    await expect(page.getByText(/Downloading 1 pack, [\d.]+ kB/)).toBeVisible();
    await expect(progress).toBeVisible();
    // The bar starts at nothing and moves as bytes arrive (updated a few times a second, not per chunk).
    const reading = () => progress.evaluate((bar: HTMLProgressElement) => ({ received: bar.value, total: bar.max }));
    await expect.poll(async () => (await reading()).received).toBeGreaterThan(0);
    const { received, total } = await reading();
    expect(received).toBeLessThan(total);
    await expect(content.installedPack('Org breathing, second edition')).toBeVisible();
  });

  const faults: { fault: Fault; message: RegExp }[] = [
    { fault: 'drop', message: /The download did not finish/ },
    { fault: 'server-error', message: /The server had a problem/ },
    { fault: 'truncate', message: /arrived incomplete or changed on the way/ },
    { fault: 'tamper', message: /arrived incomplete or changed on the way/ },
  ];
  for (const { fault, message } of faults) {
    test(`a pack download that hits "${fault}" installs nothing, keeps the old content working offline, and a later good update installs`, async ({
      page,
      context,
    }) => {
      const content = new ContentPage(page);
      await org.publish('Org breathing, second edition');
      org.fault = fault;
      await content.checkForUpdates().click();
      await expect(content.failure()).toContainText(message);
      await expect(content.failure()).toContainText('Nothing was lost');
      await expect(content.installedPack('Org breathing, first edition')).toBeVisible();
      await expect(content.installedPack('Org breathing, second edition')).toHaveCount(0);

      await waitForOfflineReady(page);
      await goOffline(context);
      await page.reload();
      await expect(content.installedPack('Org breathing, first edition')).toBeVisible();
      await expect(content.installedPack(/Thoughts of suicide/)).toBeVisible();

      await goOnline(context);
      org.fault = 'none';
      await content.checkForUpdates().click();
      await expect(content.installedPack('Org breathing, second edition')).toBeVisible();
    });
  }

  test('a download that stalls times out, installs nothing, and a later good update installs', async ({ page }) => {
    await page.clock.install();
    // The test's clock drives the page's timers only; a worker keeps real time. Here the sync runs
    // on the main thread (its fallback, the same code) so the stall timer can be fast-forwarded.
    await page.goto('/content?sync=main-thread');
    const content = new ContentPage(page);
    // The check every start makes, over before the fault is set.
    await expect(page.getByText('Everything is up to date.')).toBeVisible({ timeout: 30_000 });
    await org.publish('Org breathing, second edition');
    org.fault = 'stall';
    await content.checkForUpdates().click();
    // Past the stall timeout and both retry waits, three times over.
    for (let attempt = 0; attempt < 8 && !(await content.failure().isVisible()); attempt++) {
      await page.clock.fastForward(25_000);
      // Give the page a moment of real time to react to the jump; stop as soon as the failure shows.
      await content
        .failure()
        .waitFor({ timeout: 1_000 })
        .catch(() => undefined);
    }
    await expect(content.failure()).toContainText('The connection stalled');
    await expect(content.installedPack('Org breathing, first edition')).toBeVisible();
    org.fault = 'none';
    await content.checkForUpdates().click();
    await expect(content.installedPack('Org breathing, second edition')).toBeVisible();
  });

  test('a manifest signed with another key is refused', async ({ page }) => {
    const content = new ContentPage(page);
    const impostor = await OrgSource.create();
    try {
      await impostor.publish('Org breathing, forged', { outDir: org.releaseDir });
    } finally {
      await impostor.dispose();
    }
    await content.checkForUpdates().click();
    await expect(content.failure()).toContainText('not signed with this source’s key');
    await expect(content.installedPack('Org breathing, first edition')).toBeVisible();
  });

  test('an older release served again is refused (rollback)', async ({ page, server }) => {
    const content = new ContentPage(page);
    const firstRelease = await org.snapshot('first-release');
    await org.publish('Org breathing, second edition');
    await content.checkForUpdates().click();
    await expect(content.installedPack('Org breathing, second edition')).toBeVisible();

    org.attachTo(server, () => firstRelease);
    await content.checkForUpdates().click();
    await expect(content.failure()).toContainText('older than what you have');
    await expect(content.installedPack('Org breathing, second edition')).toBeVisible();
  });

  test('an expired release is refused and the current content stays', async ({ page }) => {
    const content = new ContentPage(page);
    // Published a year ago for 30 days: signed and newer, but expired.
    await org.publish('Org breathing, stale edition', { now: new Date(Date.now() - 365 * 24 * 60 * 60 * 1000) });
    await content.checkForUpdates().click();
    await expect(content.failure()).toContainText(`${new URL(page.url()).host}/org: The source’s latest update has expired`);
    await expect(content.installedPack('Org breathing, first edition')).toBeVisible();
  });

  test('removing the source removes its packs and keeps the built-in ones', async ({ page }) => {
    const content = new ContentPage(page);
    await page.getByRole('button', { name: 'Remove this source' }).click();
    await page
      .getByRole('group', { name: 'Remove this source and all its packs?' })
      .getByRole('button', { name: 'Remove this source' })
      .click();
    await expect(content.installedPack('Org breathing, first edition')).toHaveCount(0);
    await expect(content.installedPack(/Thoughts of suicide/)).toBeVisible();
  });
});

test('each failing source is named with its real cause and changes nothing; offline it waits for a connection; an update that does not fit is refused and the old content still works', async ({
  page,
  context,
  server,
}) => {
  test.setTimeout(120_000); // one journey through every failure, after the first install of every language
  const org = await OrgSource.create();
  const impostor = await OrgSource.create();
  try {
    await org.publish('Org breathing, first edition');
    const laterDir = await org.publish('Org breathing, later', { outDir: join(org.releaseDir, 'later') });
    org.attachTo(server);
    const host = new URL(server.origin).host;
    const content = new ContentPage(page);
    await content.open();
    await content.addSource(`${server.origin}/org/missing/`, org.publicKeyText);
    // Checked once the other languages' built-in packs have installed.
    await expect(content.failure()).toContainText(`${host}/org/missing: Nothing was found at this address`, { timeout: 60_000 });
    org.fault = 'html';
    org.faultPath = 'site/';
    await content.addSource(`${server.origin}/org/site/`, org.publicKeyText);
    await expect(content.failure()).toContainText(`${host}/org/site: This address is not a content source`);
    await content.addSource(`${server.origin}/org/`, impostor.publicKeyText);
    await expect(content.failure()).toContainText(`${host}/org: The update is not signed with this source’s key`);
    await expect(content.failure()).not.toContainText('Built into the app');
    // "Last check" only for a source that was reached.
    await expect(content.source(`${host}/org/missing`)).toContainText('Last checkNever');
    await expect(content.source(`${host}/org/site`)).not.toContainText('Last checkNever');
    await expect(content.installedPack(/Org breathing/)).toHaveCount(0);
    await content.failure().getByRole('button', { name: 'Try again' }).click();
    await expect(content.failure()).toContainText(`${host}/org/missing: Nothing was found at this address`);

    // Offline: said plainly, no endless "checking"; back online, it is checked and installs.
    await waitForOfflineReady(page);
    await goOffline(context);
    await content.addSource(`${server.origin}/org/later/`, org.publicKeyText);
    await expect(page.getByRole('status').filter({ hasText: 'You are offline: it will be checked when you are online.' })).toBeVisible();
    await expect(content.source(`${host}/org/later`)).toContainText('Not checked: it will be checked when you are online.');
    await expect(page.getByText('Checking for updates…')).toHaveCount(0);
    await goOnline(context);
    await expect(content.installedPack('Org breathing, later')).toBeVisible({ timeout: 30_000 });

    // Storage: the browser says there is almost no room left; the next update is refused before downloading.
    await org.publish('Org breathing, too big for the phone', { outDir: laterDir });
    await page.addInitScript(() => {
      StorageManager.prototype.estimate = () => Promise.resolve({ quota: 50_000_000, usage: 49_999_000 });
    });
    // The faked estimate exists in the page only (init scripts never run in a worker): the sync runs
    // on the main thread here, its fallback and the same code, so that it meets the full phone.
    await page.goto('/content?sync=main-thread');
    await expect(content.failure()).toContainText(`${host}/org/later: Not enough storage space`, { timeout: 30_000 });
    await expect(content.installedPack('Org breathing, later')).toBeVisible();
    await expect(content.installedPack('Org breathing, too big for the phone')).toHaveCount(0);
    const crisis = new CrisisPage(page, 'en');
    await page.goto('/crisis');
    await crisis.country('Peru').click();
    await crisis.script(defaultScript('panic', 'en').title).click();
    await expect(crisis.stepText()).toHaveText(defaultScript('panic', 'en').steps[0]?.text ?? 'missing');
  } finally {
    await org.dispose();
    await impostor.dispose();
  }
});

test('past the built-in release’s expiry date, with an organisation source that cannot be reached, lost built-in packs install again', async ({
  page,
  server,
}) => {
  // The build signs its built-in release for 180 days; this is well past that.
  test.setTimeout(120_000);
  await page.clock.setFixedTime(new Date('2027-06-15T12:00:00Z'));
  const org = await OrgSource.create();
  try {
    org.attachTo(server);
    const host = new URL(server.origin).host;
    const content = new ContentPage(page);
    await content.open();
    await expect(content.installedPack(/Thoughts of suicide/)).toBeVisible({ timeout: 30_000 });
    await content.addSource(`${server.origin}/org/gone/`, org.publicKeyText);
    await expect(page.getByRole('status').filter({ hasText: 'Source added' })).toBeVisible();
    // Once the first check has ended, the line no longer says it is still checking.
    await expect(page.getByRole('status').filter({ hasText: 'Source added' })).toHaveText(/first check has finished/, { timeout: 30_000 });

    // The browser evicts the built-in packs (or storage is cleared): they come back though the org source fails.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open('companera');
          opening.onsuccess = () => {
            const database = opening.result;
            const transaction = database.transaction(['packs', 'manifests'], 'readwrite');
            transaction.objectStore('packs').openCursor().onsuccess = (event) => {
              const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
              if (!cursor) return;
              if ((cursor.value as { sourceId: string }).sourceId === 'builtin') cursor.delete();
              cursor.continue();
            };
            transaction.objectStore('manifests').delete('builtin');
            transaction.oncomplete = () => {
              database.close();
              resolve();
            };
            transaction.onerror = () => reject(new Error('could not clear the built-in packs'));
          };
        }),
    );
    await page.reload();
    await expect(content.installedPack(/Thoughts of suicide/)).toBeVisible({ timeout: 45_000 });
    // Each source's status is its own: the org source says why it failed, the built-in one nothing of it.
    await expect(content.source(`${host}/org/gone`)).toContainText('Nothing was found at this address');
    await expect(content.source('Built into the app')).not.toContainText('Nothing was found');
    await expect(content.source('Built into the app')).not.toContainText('May be out of date');
  } finally {
    await org.dispose();
  }
});

test('a source address that is not https, or a bad key, gets a clear message and adds nothing', async ({ page }) => {
  const content = new ContentPage(page);
  await content.open();
  await page.getByLabel('Address (https://…)').fill('http://example.org/packs/');
  await page.getByLabel('Public key').fill('not a key');
  await page.getByRole('button', { name: 'Check this source' }).click();
  await expect(page.getByRole('alert')).toHaveText('The address must start with https://.');
  await page.getByLabel('Address (https://…)').fill('https://example.org/packs/');
  await page.getByRole('button', { name: 'Check this source' }).click();
  await expect(page.getByRole('alert')).toHaveText('This public key is not valid. Copy it again from your organisation.');
  await expect(page.getByRole('button', { name: 'Add source' })).toHaveCount(0);
});

test.describe('with Save-Data on', () => {
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) });
    });
  });

  test('asks before downloading from an organisation, and downloads only when the person agrees', async ({ page, server }) => {
    const org = await OrgSource.create();
    try {
      await org.publish('Org breathing, first edition');
      org.attachTo(server);
      const content = new ContentPage(page);
      await content.open();
      await expect(content.installedPack(/Thoughts of suicide/)).toBeVisible(); // built-in packs never wait
      await content.addSource(`${server.origin}/org/`, org.publicKeyText);
      const question = page.getByRole('status').filter({ hasText: 'Your phone is saving data' });
      await expect(question).toContainText(/1 pack is ready to download \([\d.]+ kB\)/, { timeout: 60_000 });
      await question.getByRole('button', { name: 'Not now' }).click();
      await expect(content.installedPack('Org breathing, first edition')).toHaveCount(0);

      await content.checkForUpdates().click();
      await page.getByRole('button', { name: 'Download', exact: true }).click();
      await expect(content.installedPack('Org breathing, first edition')).toBeVisible();
    } finally {
      await org.dispose();
    }
  });
});
