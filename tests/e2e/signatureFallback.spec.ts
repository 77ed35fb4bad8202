import { expect, test } from './support/test';
import { ContentPage } from './pages/ContentPage';
import { OrgSource } from './support/orgSource';

// A tampered manifest is expected to fail here; nothing else may log an error.
test.use({ allowedConsoleError: /Failed to load resource|net::ERR_/ });

/*
 * A browser whose WebCrypto has no Ed25519 (Chrome before 137, Safari before iOS 17, older Android
 * WebViews and Samsung Internet): every Ed25519 call refuses as those browsers do, so the only way
 * content can verify is the app's JavaScript verifier.
 */
test('without Ed25519 in WebCrypto, built-in and organisation content verify through the fallback, and a tampered release is still refused', async ({
  page,
  server,
  context,
}) => {
  await context.addInitScript(() => {
    const subtle = globalThis.crypto.subtle;
    const refusals = { count: 0 };
    Object.defineProperty(globalThis, '__ed25519Refusals', { value: refusals });
    const isEd25519 = (algorithm: unknown) =>
      (typeof algorithm === 'string' ? algorithm : (algorithm as { name?: unknown } | null)?.name) === 'Ed25519';
    for (const method of ['importKey', 'verify', 'sign', 'generateKey'] as const) {
      const original = subtle[method].bind(subtle) as (...args: unknown[]) => Promise<unknown>;
      const position = method === 'importKey' ? 2 : 0;
      Object.defineProperty(subtle, method, {
        value: (...args: unknown[]) => {
          if (!isEd25519(args[position])) return original(...args);
          refusals.count++;
          return Promise.reject(new DOMException('Unrecognized name.', 'NotSupportedError'));
        },
      });
    }
  });
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
    await expect(content.installedPack('Perú')).toBeVisible();
    // The browser really refused Ed25519, so the packs were verified by the fallback.
    expect(
      await page.evaluate(() => (globalThis as unknown as { __ed25519Refusals: { count: number } }).__ed25519Refusals.count),
    ).toBeGreaterThan(0);
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
