import { expect, test } from './support/test';
import { ContentPage } from './pages/ContentPage';
import { OrgSource } from './support/orgSource';
import { ed25519RefusalCount, refuseEd25519 } from './support/refuseEd25519';

// A tampered manifest is expected to fail here; nothing else may log an error.
test.use({ allowedConsoleError: /Failed to load resource|net::ERR_/ });

/*
 * A browser whose WebCrypto has no Ed25519 (Chrome before 137, Safari before iOS 17, older Android
 * WebViews and Samsung Internet): every Ed25519 call refuses as those browsers do (refuseEd25519.ts),
 * so the only way content can verify is the app's JavaScript verifier.
 */
test('without Ed25519 in WebCrypto, built-in and organisation content verify through the fallback, and a tampered release is still refused', async ({
  page,
  server,
  context,
}) => {
  await context.addInitScript(refuseEd25519);
  const org = await OrgSource.create();
  try {
    await org.publish('Org breathing, first edition');
    org.attachTo(server);
    const content = new ContentPage(page);
    // The refusal above is installed in the page only (init scripts never run in a worker), so the
    // sync runs on the main thread here: its fallback, the same verifier code the worker runs.
    await page.goto('/content?sync=main-thread');
    await content.heading().waitFor();
    await expect(content.installedPack(/Thoughts of suicide/)).toBeVisible();
    await expect(content.installedPack(/Perú · Directory/)).toBeVisible();
    // The browser really refused Ed25519, so the packs were verified by the fallback.
    expect(await page.evaluate(ed25519RefusalCount)).toBeGreaterThan(0);
    await expect(page.getByText('This browser cannot check')).toHaveCount(0);

    await content.addSource(`${server.origin}/org/`, org.publicKeyText);
    await expect(content.installedPack('Org breathing, first edition')).toBeVisible();

    // A newer release whose manifest is changed on the way: its signature no longer matches.
    await org.publish('Breathe slowly, second edition');
    org.faultPath = 'manifest.json';
    org.fault = 'tamper';
    await content.checkForUpdates().click();
    await expect(content.failure()).toContainText('not signed with this source’s key');
    await expect(content.installedPack('Org breathing, first edition')).toBeVisible();
    await expect(content.installedPack(/second edition/)).toHaveCount(0);

    // Untampered, the same release installs through the fallback.
    org.fault = 'none';
    await content.checkForUpdates().click();
    await expect(content.installedPack('Breathe slowly, second edition')).toBeVisible();
  } finally {
    await org.dispose();
  }
});

test('without Ed25519 in the sync worker’s WebCrypto, the worker verifies through the fallback: signed packs install, a tampered manifest is refused', async ({
  page,
  server,
  context,
}) => {
  // The refusal goes into the worker's own script, ahead of the app's code: the sync runs there,
  // and an init script would only reach the page. The page keeps its Ed25519.
  let workerScriptsServed = 0;
  await context.route(/\/assets\/sync\.worker-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    workerScriptsServed++;
    await route.fulfill({ response, body: `(${refuseEd25519.toString()})();\n${await response.text()}` });
  });
  const org = await OrgSource.create();
  try {
    await org.publish('Org breathing, first edition');
    org.attachTo(server);
    const content = new ContentPage(page);
    await page.goto('/content');
    await content.heading().waitFor();
    await expect(content.installedPack(/Thoughts of suicide/)).toBeVisible();
    await expect(content.installedPack(/Perú · Directory/)).toBeVisible();
    await expect(page.getByText('This browser cannot check')).toHaveCount(0);
    expect(workerScriptsServed).toBeGreaterThan(0);
    // The sync ran in the worker (not moved to the page), and the worker's WebCrypto really refused.
    const worker = page.workers().find((candidate) => candidate.url().includes('sync.worker'));
    expect(worker, 'the sync worker').toBeDefined();
    expect(await worker?.evaluate(ed25519RefusalCount)).toBeGreaterThan(0);
    expect(await page.evaluate(ed25519RefusalCount)).toBe(0);

    await content.addSource(`${server.origin}/org/`, org.publicKeyText);
    await expect(content.installedPack('Org breathing, first edition')).toBeVisible();

    await org.publish('Breathe slowly, second edition');
    org.faultPath = 'manifest.json';
    org.fault = 'tamper';
    await content.checkForUpdates().click();
    await expect(content.failure()).toContainText('not signed with this source’s key');
    await expect(content.installedPack('Org breathing, first edition')).toBeVisible();
    await expect(content.installedPack(/second edition/)).toHaveCount(0);

    org.fault = 'none';
    await content.checkForUpdates().click();
    await expect(content.installedPack('Breathe slowly, second edition')).toBeVisible();
    // Still the same worker, still refusing: the fallback did every check above.
    expect(page.workers().filter((candidate) => candidate.url().includes('sync.worker'))).toHaveLength(1);
  } finally {
    await org.dispose();
  }
});
