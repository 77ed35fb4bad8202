import { expect, test } from './support/test';
import { HomePage } from './pages/HomePage';
import { SettingsPage } from './pages/SettingsPage';

test.describe('language', () => {
  test.describe('on a phone in a language we do not offer', () => {
    test.use({ locale: 'pt-BR' });

    test('starts in Spanish, then es → fr → en each survive a reload, and <html lang> follows', async ({ page }) => {
      const settings = new SettingsPage(page);
      await new HomePage(page).open('/');
      await expect(settings.heading('¿Qué necesitas ahora?')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'es-419');

      await settings.open();
      await settings.chooseLanguage('Français');
      await expect(settings.heading('Paramètres')).toBeVisible();
      await page.reload();
      await expect(settings.heading('Paramètres')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
      await expect(settings.languageOption('Français')).toBeChecked();

      await settings.chooseLanguage('English');
      await page.reload();
      await expect(settings.heading('Settings')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await new HomePage(page).open('/');
      await expect(page.getByRole('link', { name: 'Crisis support' })).toBeVisible();
    });
  });

  test.describe('on a phone set to Canadian French', () => {
    test.use({ locale: 'fr-CA' });

    test('starts in French', async ({ page }) => {
      const home = new HomePage(page);
      await home.open('/');
      await expect(home.action('Soutien en crise')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
    });
  });
});
