import { expect, test, nextDistDir } from './support/test';
import { HomePage } from './pages/HomePage';
import { waitForOfflineReady } from './support/offline';

test('a new build served to an open app asks before updating and never reloads by itself', async ({ page, server }) => {
  const home = new HomePage(page);
  await home.open('/settings');
  await waitForOfflineReady(page);
  // A returning visitor: this page load is controlled by the installed service worker.
  await page.reload();
  await expect(page.getByText('Version local')).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // A marker that a reload would wipe out.
  await page.evaluate(() => {
    (window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true;
  });

  server.setRoot(nextDistDir);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });

  const prompt = page.getByRole('region', { name: 'Update available' });
  await expect(prompt).toBeVisible();
  // The new worker is installed and waiting; give it every chance to take over, then check it did not.
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
  expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
  await expect(page.getByText('Version local')).toBeVisible();

  await prompt.getByRole('button', { name: 'Update now' }).click();
  await expect(page.getByText('Version next')).toBeVisible();
});

test('"Later" hides the prompt and keeps the current version running', async ({ page, server }) => {
  const home = new HomePage(page);
  await home.open('/settings');
  await waitForOfflineReady(page);
  server.setRoot(nextDistDir);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const prompt = page.getByRole('region', { name: 'Update available' });
  await prompt.getByRole('button', { name: 'Later' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(page.getByText('Version local')).toBeVisible();
});
