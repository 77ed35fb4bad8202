import { expectNoAxeViolations } from './support/axe';
import { installCrisisThenGoOffline } from './support/crisisOffline';
import { expect, test } from './support/test';
import { CardsPage } from './pages/CardsPage';
import type { UiLanguage } from './pages/CrisisPage';

/** The pages of a PDF as Chromium writes them: one "/Type /Page" object each (not "/Pages", the tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** Every page's size in points, from its MediaBox. */
function pdfPageSizes(pdf: Buffer): { width: number; height: number }[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((match) => ({
    width: Number(match[3]) - Number(match[1]),
    height: Number(match[4]) - Number(match[2]),
  }));
}

// A6 is 105 × 148 mm: 297.64 × 419.53 pt.
const a6 = { width: 297.6, height: 419.5 };

/** Prints the page as Chromium does and checks one A6 sheet per card page shown: no page spills onto a second sheet. */
async function expectOneA6PagePerCard(cards: CardsPage): Promise<void> {
  const shown = await cards.printedPages().count();
  expect(shown).toBeGreaterThanOrEqual(4);
  const pdf = await cards.page.pdf({ width: '105mm', height: '148mm', preferCSSPageSize: true });
  expect(pdfPageCount(pdf), 'one printed page per card page shown').toBe(shown);
  const sizes = pdfPageSizes(pdf);
  expect(sizes).toHaveLength(shown);
  for (const size of sizes) {
    // Chromium rounds the MediaBox to whole points.
    expect(Math.abs(size.width - a6.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(size.height - a6.height)).toBeLessThanOrEqual(1);
  }
}

const locales: Record<UiLanguage, string> = { es: 'es-419', en: 'en-US', fr: 'fr-CA' };
const peruRights: Record<UiLanguage, RegExp> = { es: /^Perú/, en: /^Peru: your rights/, fr: /^Pérou/ };

for (const language of ['es', 'en', 'fr'] as const) {
  test.describe(`the cards page in ${language}, offline`, () => {
    // Spanish on a 320 px phone, French in the dark theme: the screen must pass in both.
    test.use({
      locale: locales[language],
      ...(language === 'es' ? { viewport: { width: 320, height: 720 } } : {}),
      ...(language === 'fr' ? { colorScheme: 'dark' as const } : {}),
    });

    test('prints one A6 page per card shown, for her country and another, and passes axe', async ({ page, context }) => {
      test.setTimeout(150_000);
      // One online visit installs the app and every language's packs and chooses Peru; then offline.
      await installCrisisThenGoOffline(page, context, language);
      const cards = new CardsPage(page, language);
      await cards.open('/cards');
      await expect(cards.heading(cards.strings.title)).toBeVisible();
      await expect(cards.countryPicker()).toHaveValue('PE');
      await expect(cards.languagePicker()).toHaveValue(language);
      await expect(cards.printedPages().filter({ hasText: '106' }).first()).toBeVisible();
      await expect(
        cards
          .printedPages()
          .filter({ has: page.getByRole('heading', { name: peruRights[language] }) })
          .first(),
      ).toBeVisible();
      await expect(cards.printButton()).toBeVisible();
      await expectNoAxeViolations(page, `cards (${language})`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'no sideways scroll').toBeLessThanOrEqual(
        0,
      );

      await expectOneA6PagePerCard(cards);

      // Canada: a long list of numbers (her province's and national ones) and a long rights text.
      await cards.countryPicker().selectOption('CA');
      await expect(cards.printedPages().filter({ hasText: '911' }).first()).toBeVisible();
      await expectOneA6PagePerCard(cards);

      // Cards in another language than the screen's: each page says its language.
      const other = language === 'es' ? 'en' : 'es';
      await cards.languagePicker().selectOption(other);
      await expect(cards.printedPages().first()).toHaveAttribute('lang', other === 'es' ? 'es-419' : 'en');
      await expect(cards.heading(cards.strings.title)).toBeVisible();
    });
  });
}
