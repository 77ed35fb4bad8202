import { expect, test, nextDistDir } from './support/test';
import { HomePage } from './pages/HomePage';
import { JournalPage } from './pages/JournalPage';
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
  // The new worker precaches the whole next build first: slow on a busy 2-core machine.
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  // The new worker is installed and waiting; give it every chance to take over, then check it did not.
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
  expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
  await expect(page.getByText('Version local')).toBeVisible();

  await prompt.getByRole('button', { name: 'Update now' }).click();
  // The new worker activates, takes over and the page reloads from it: as slow under load as the install.
  await expect(page.getByText('Version next')).toBeVisible({ timeout: 30_000 });
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

test('"Update now" in one tab never reloads another tab that holds an unsaved journal entry', async ({ page, context, server }) => {
  const settings = new HomePage(page);
  await settings.open('/settings');
  await waitForOfflineReady(page);
  await page.reload();
  const journal = new JournalPage(await context.newPage());
  await journal.setUp('correct horse battery staple 7');
  await journal.link('Write more').click();
  await journal.heading('New entry').waitFor();
  const text = journal.field('What happened? What is on your mind?');
  await text.fill('Half a thought, not saved yet');
  expect(await journal.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  server.setRoot(nextDistDir);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await page.getByRole('region', { name: 'Update available' }).getByRole('button', { name: 'Update now' }).click({ timeout: 30_000 });
  await expect(page.getByText('Version next')).toBeVisible({ timeout: 30_000 });

  // The other tab keeps the words, and asks to save them before it restarts.
  const prompt = journal.page.getByRole('region', { name: 'Update available' });
  await expect(prompt.getByText(/Save what you are writing here first/)).toBeVisible();
  await expect(text).toHaveValue('Half a thought, not saved yet');
  await prompt.getByRole('button', { name: 'Update now' }).click();
  await expect(journal.heading('Your journal is locked')).toBeVisible();
});
