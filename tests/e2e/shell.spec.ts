import { expect, test } from './support/test';
import { HomePage, mainActions } from './pages/HomePage';
import { SettingsPage } from './pages/SettingsPage';

test.describe('app shell', () => {
  test('home offers seven large main actions, each opening its own screen', async ({ page }) => {
    const home = new HomePage(page);
    await home.open('/');
    await expect(home.actions('Main sections')).toHaveCount(7);
    for (const { name, path } of mainActions) {
      const action = home.action(name);
      const box = await action.boundingBox();
      expect(box?.height, `${name} is a large touch target`).toBeGreaterThanOrEqual(48);
      await action.click();
      await expect.poll(() => home.screenPath()).toBe(path);
      await expect(home.heading()).toBeVisible();
      await page.goBack();
      await expect(home.heading('What do you need right now?')).toBeVisible();
    }
  });

  test('deep links open their screen directly, and unknown ones offer a way home', async ({ page }) => {
    const home = new HomePage(page);
    await home.open('/selfcare');
    await expect(home.heading('Self-care')).toBeVisible();
    await home.open('/directory');
    await expect(home.heading('Directory')).toBeVisible();
    await home.open('/not-a-screen');
    await expect(home.heading('Page not found')).toBeVisible();
    await page.getByRole('link', { name: 'Go to home' }).click();
    await expect(home.heading('What do you need right now?')).toBeVisible();
  });

  for (const width of [320, 1280]) {
    test(`the layout fits a ${width} px wide screen without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width, height: 720 });
      for (const path of ['/', '/settings', '/crisis']) {
        await new HomePage(page).open(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  }

  test('text at 200% stays readable with nothing cut off or hidden', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 900 });
    const home = new HomePage(page);
    await home.open('/');
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const { name } of mainActions) {
      const action = home.action(name);
      await action.scrollIntoViewIfNeeded();
      await expect(action).toBeInViewport();
      const clipped = await action.evaluate((element) => element.scrollWidth > element.clientWidth);
      expect(clipped, `${name} text is not clipped`).toBe(false);
    }
  });

  test('the keyboard reaches everything in order, with a visible focus ring', async ({ page }) => {
    const home = new HomePage(page);
    await home.open('/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Quick exit' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(home.homeLink('Compañera, home')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(home.homeLink('Crisis help')).toBeFocused();
    // Visual order on the home screen: crisis first, settings last.
    for (const name of ['Crisis support', 'Directory', 'Listening guides', 'Self-care', 'My journal', 'My safety plan', 'Settings']) {
      await page.keyboard.press('Tab');
      const action = home.action(name);
      await expect(action).toBeFocused();
      const outline = await action.evaluate((element) => getComputedStyle(element).outlineStyle);
      expect(outline).not.toBe('none');
    }
    await page.keyboard.press('Enter');
    await expect(home.heading('Settings')).toBeFocused();
  });

  test('the screen follows the system theme, and a manual choice overrides it', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const settings = new SettingsPage(page);
    await settings.open();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const darkBackground = await background();
    await settings.themeOption('Light').check();
    const lightBackground = await background();
    expect(lightBackground).not.toBe(darkBackground);
    await page.reload();
    await settings.heading('Settings').waitFor();
    expect(await background()).toBe(lightBackground);
    await settings.themeOption('Same as this phone').check();
    expect(await background()).toBe(darkBackground);
  });

  test('motion is turned off when the person asks for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const home = new HomePage(page);
    await home.open('/');
    const transition = await home.action('Directory').evaluate((element) => getComputedStyle(element).transitionDuration);
    expect(transition).toBe('0s');
  });

  test('Settings shows the answer to the persistent-storage request', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    await expect(settings.storageStatus()).not.toHaveAttribute('data-state', 'unknown');
    await expect(settings.storageStatus()).toHaveText(/Protected|Not protected|cannot protect/);
  });
});
