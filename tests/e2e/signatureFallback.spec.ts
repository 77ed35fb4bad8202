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

/** The built-in release is installed, and nothing tells her the browser cannot check it. */
async function expectBuiltInInstalled(content: ContentPage): Promise<void> {
  await content.heading().waitFor();
  await expect(content.installedPack(/Thoughts of suicide/)).toBeVisible();
  await expect(content.installedPack(/Perú · Directory/)).toBeVisible();
  await expect(content.page.getByText('This browser cannot check')).toHaveCount(0);
}

/**
 * An organisation's signed release installs; its next release, with the manifest changed on the
 * way, is refused and the installed pack stays; the same release untampered installs.
 */
async function expectOrgReleasesChecked(content: ContentPage, org: OrgSource, origin: string): Promise<void> {
  await content.addSource(`${origin}/org/`, org.publicKeyText);
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
}

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
    await expectBuiltInInstalled(content);
    // The browser really refused Ed25519, so the packs were verified by the fallback.
    expect(await page.evaluate(ed25519RefusalCount)).toBeGreaterThan(0);
    await expectOrgReleasesChecked(content, org, server.origin);
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
  const syncWorkers = () => page.workers().filter((candidate) => candidate.url().includes('sync.worker'));
  const org = await OrgSource.create();
  try {
    await org.publish('Org breathing, first edition');
    org.attachTo(server);
    const content = new ContentPage(page);
    await page.goto('/content');
    await expectBuiltInInstalled(content);
    expect(workerScriptsServed).toBeGreaterThan(0);
    // The sync ran in the worker (not moved to the page), and the worker's WebCrypto really refused.
    expect(syncWorkers(), 'the sync worker').toHaveLength(1);
    expect(await syncWorkers()[0]?.evaluate(ed25519RefusalCount)).toBeGreaterThan(0);
    expect(await page.evaluate(ed25519RefusalCount)).toBe(0);
    await expectOrgReleasesChecked(content, org, server.origin);
    // Still the same worker, still refusing: the fallback did every check above.
    expect(syncWorkers()).toHaveLength(1);
  } finally {
    await org.dispose();
  }
});
