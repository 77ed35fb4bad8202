import { expect, test } from './support/test';
import { ContentPage } from './pages/ContentPage';
import { HomePage, mainActions } from './pages/HomePage';
import { goOffline, isServiceWorkerUpdateCheck, waitForOfflineReady } from './support/offline';

test.describe('offline', () => {
  test('after one online visit, every route and every language loads in airplane mode', async ({ page, context, server }) => {
    const home = new HomePage(page);
    await home.open('/');
    await waitForOfflineReady(page);
    await expect(page.getByRole('status').filter({ hasText: 'Ready to work offline' })).toBeVisible();
    // Let the first visit finish installing the built-in content, as a person's first visit would.
    const content = new ContentPage(page);
    await content.open();
    await expect(content.installedPack(/Thoughts of suicide/)).toBeVisible();

    await goOffline(context);
    const requestsBefore = server.requestLog.length;
    for (const { path } of [{ path: '/' }, ...mainActions]) {
      await page.goto(path);
      await expect(home.heading(), path).toBeVisible();
      await expect(page.getByText('Page not found')).toHaveCount(0);
    }
    // A language never used online still loads from the precache.
    await page.goto('/settings');
    await page.getByRole('radio', { name: 'Français' }).check();
    await expect(home.heading('Paramètres')).toBeVisible();
    await page.goto('/crisis');
    await expect(home.heading()).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Aide en crise' })).toBeVisible();
    const pageRequests = server.requestLog
      .slice(requestsBefore)
      .filter((request) => !isServiceWorkerUpdateCheck(request))
      .map(({ path }) => path);
    expect(pageRequests, 'nothing the app asked for reached the server while offline').toEqual([]);
  });

  test('cut off right after the first visit, with no reload, every screen still opens from the app', async ({ page, context, server }) => {
    const home = new HomePage(page);
    await home.open('/');
    await waitForOfflineReady(page);
    // The page of the first visit is the service worker's as soon as it is installed.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await goOffline(context);
    const requestsBefore = server.requestLog.length;
    for (const { name } of mainActions) {
      // In the app, not a new page load: each screen's code and strings are fetched now, offline.
      await home.actions().filter({ hasText: name }).first().click();
      await expect(home.heading(), name).toBeVisible();
      await expect(page.getByText('Something went wrong')).toHaveCount(0);
      await page.getByRole('link', { name: 'Compañera, home' }).click();
    }
    const pageRequests = server.requestLog
      .slice(requestsBefore)
      .filter((request) => !isServiceWorkerUpdateCheck(request))
      .map(({ path }) => path);
    expect(pageRequests, 'nothing the app asked for reached the server while offline').toEqual([]);
  });

  test('the "Ready to work offline" notice shows only once', async ({ page }) => {
    const home = new HomePage(page);
    await home.open('/');
    await waitForOfflineReady(page);
    const notice = page.getByRole('status').filter({ hasText: 'Ready to work offline' });
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'OK' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(home.heading()).toBeVisible();
    await expect(page.getByText('Ready to work offline')).toHaveCount(0);
  });

  for (const width of [360, 320]) {
    test.describe(`at ${width} px`, () => {
      test.use({ viewport: { width, height: 740 } });

      test('the "Ready to work offline" notice covers none of the home cards, and can be dismissed', async ({ page }) => {
        const home = new HomePage(page);
        await home.open('/');
        await waitForOfflineReady(page);
        const notice = page.getByRole('status').filter({ hasText: 'Ready to work offline' });
        await expect(notice).toBeVisible();
        // Whatever the scroll position, no card shares a pixel with the notice.
        for (const scrollTo of ['top', 'notice'] as const) {
          if (scrollTo === 'notice') await notice.scrollIntoViewIfNeeded();
          const noticeBox = await notice.boundingBox();
          expect(noticeBox).not.toBeNull();
          for (const card of await home.actions(/./).all()) {
            const cardBox = await card.boundingBox();
            if (!noticeBox || !cardBox) continue;
            const overlaps =
              cardBox.x < noticeBox.x + noticeBox.width &&
              noticeBox.x < cardBox.x + cardBox.width &&
              cardBox.y < noticeBox.y + noticeBox.height &&
              noticeBox.y < cardBox.y + cardBox.height;
            expect(overlaps, `${await card.innerText()} (${scrollTo})`).toBe(false);
          }
        }
        await notice.getByRole('button', { name: 'OK' }).click();
        await expect(notice).toHaveCount(0);
      });
    });
  }
});
